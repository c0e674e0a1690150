package com.trengo.client.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request built with a {@code com.trengo.client.builder} builder was invalid, so it was never
 * sent. {@link #errors()} lists every field that failed, not only the first, e.g. {@code invalid
 * CreateContactRequest: identifier="+12" is not a valid phone number; channel_id=0 must be positive}.
 */
public final class TrengoValidationException extends TrengoException {
  private static final long serialVersionUID = 1L;

  // ArrayList, not List: a concrete serializable type, so the exception serializes whole.
  private final ArrayList<FieldError> errors;

  /**
   * Creates the exception for the request named {@code request} (e.g. {@code
   * "CreateContactRequest"}) with at least one error.
   */
  public TrengoValidationException(String request, List<FieldError> errors) {
    super(message(request, errors));
    this.errors = new ArrayList<>(List.copyOf(errors));
  }

  /** Every field that failed, in the order the request's fields are checked. Unmodifiable. */
  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  private static String message(String request, List<FieldError> errors) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(errors, "errors == null");
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("errors is empty");
    }
    return "invalid " + request + ": "
        + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}
