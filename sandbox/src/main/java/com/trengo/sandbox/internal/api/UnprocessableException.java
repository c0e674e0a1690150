package com.trengo.sandbox.internal.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An invalid body: 422 with Laravel's {@code {"message": ..., "errors": {field: [...]}}}. */
public final class UnprocessableException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** Laravel's message for a failed validation. */
  public static final String MESSAGE = "The given data was invalid.";

  private final LinkedHashMap<String, List<String>> errors;

  /** @param errors the messages for each invalid field, in the order the fields were checked */
  public UnprocessableException(Map<String, List<String>> errors) {
    super(MESSAGE + " " + errors);
    this.errors = new LinkedHashMap<>(errors);
  }

  /** One invalid field. */
  public static UnprocessableException of(String field, String message) {
    return new UnprocessableException(Map.of(field, List.of(message)));
  }

  @Override
  public ApiResponse toResponse() {
    JsonObject fields = new JsonObject();
    errors.forEach(
        (field, messages) -> {
          JsonArray array = new JsonArray();
          messages.forEach(array::add);
          fields.add(field, array);
        });
    JsonObject body = new JsonObject();
    body.addProperty("message", MESSAGE);
    body.add("errors", fields);
    return new ApiResponse(422, body);
  }
}
