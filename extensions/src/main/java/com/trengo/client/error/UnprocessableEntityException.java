package com.trengo.client.error;

import java.util.List;
import java.util.Map;

/**
 * 422 Unprocessable Entity: the server validated the request body and rejected it. {@link
 * #errors()} gives the messages per field, parsed from Trengo's Laravel-style body {@code {"message":
 * "...", "errors": {"field": ["..."]}}}.
 */
public final class UnprocessableEntityException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<String>> errors;

  UnprocessableEntityException(ErrorResponse response) {
    super(response);
    this.errors = response.parsed().fieldErrors();
  }

  /**
   * The validation messages by field name as the API names it (e.g. {@code "identifier"}), in the
   * order the server sent them; empty when the body had none. Unmodifiable.
   */
  public Map<String, List<String>> errors() {
    return errors == null ? Map.of() : errors;
  }
}
