package com.trengo.client.webhook;

import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A delivery's body could not be read as its event type: not decodable in its content type, or a
 * field the event types is missing or has a value of the wrong kind. {@link #errors()} names every
 * such field with its value, e.g. {@code invalid TICKET_CLOSED payload: ticket_id="12a" is not an
 * id (digits only)}. Answer with 400; the raw body is still yours to log or store.
 */
public final class WebhookPayloadException extends TrengoException {
  private static final long serialVersionUID = 1L;

  // ArrayList, not List: a concrete serializable type, so the exception serializes whole.
  private final ArrayList<FieldError> errors;

  WebhookPayloadException(String message) {
    super(message);
    this.errors = new ArrayList<>();
  }

  WebhookPayloadException(String type, List<FieldError> errors) {
    super("invalid " + type + " payload: "
        + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = new ArrayList<>(errors);
  }

  /** Every field that failed, in the order checked; empty when the body itself could not be decoded. */
  public List<FieldError> errors() {
    return List.copyOf(errors);
  }
}
