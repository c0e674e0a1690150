package com.trengo.client.webhook;

import java.util.Objects;

/**
 * One webhook delivery, read as its event type: a subclass per type with typed fields ({@link
 * TicketClosed}, {@link InboundMessage}, ...), and {@link UnknownWebhookEvent} for a type this
 * version does not know. Every field of the body, known or not, stays in {@link #payload()}.
 *
 * <p>Read a body only after {@linkplain WebhookVerifier verifying} it; {@link WebhookReceiver} does
 * both. Immutable.
 */
public abstract class WebhookEvent {
  private final OpenEnum<WebhookEventType> type;
  private final WebhookPayload payload;

  WebhookEvent(PayloadReader fields) {
    this.type = fields.type();
    this.payload = fields.payload();
  }

  /**
   * Reads a verified body as an event of {@code type}, the type of the webhook that received it
   * (e.g. {@code "TICKET_CLOSED"}; a type this version does not know gives an {@link
   * UnknownWebhookEvent}).
   *
   * @param contentType the request's {@code Content-Type}: form-encoded (Trengo's, and the
   *     assumption when null) or JSON
   * @throws WebhookPayloadException the body does not decode, or a typed field is missing or bad
   */
  public static WebhookEvent parse(String type, byte[] body, String contentType) {
    return parse(checkedType(type), body, contentType);
  }

  /**
   * Reads a verified body as an event of {@code type}; see {@link #parse(String, byte[], String)}.
   *
   * @throws IllegalArgumentException for {@link WebhookEventType#UNRECOGNIZED}: give its name as a string
   */
  public static WebhookEvent parse(WebhookEventType type, byte[] body, String contentType) {
    return parse(checkedType(type), body, contentType);
  }

  static WebhookEvent parse(OpenEnum<WebhookEventType> type, byte[] body, String contentType) {
    Objects.requireNonNull(body, "body == null");
    PayloadReader fields = new PayloadReader(type, PayloadDecoder.decode(body, contentType));
    WebhookEvent event = type.known().read(fields);
    fields.throwIfFailed();
    return event;
  }

  static OpenEnum<WebhookEventType> checkedType(String type) {
    Objects.requireNonNull(type, "type == null");
    if (type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank");
    }
    return OpenEnum.of(WebhookEventType.class, type);
  }

  static OpenEnum<WebhookEventType> checkedType(WebhookEventType type) {
    Objects.requireNonNull(type, "type == null");
    if (type == WebhookEventType.UNRECOGNIZED) {
      throw new IllegalArgumentException("UNRECOGNIZED is not a webhook type: give the type's name as a string");
    }
    return OpenEnum.of(WebhookEventType.class, type.name());
  }

  /** The webhook's type, e.g. {@code TICKET_CLOSED}; for an {@link UnknownWebhookEvent}, the type as given. */
  public final OpenEnum<WebhookEventType> type() {
    return type;
  }

  /** Every field of the body as sent, including those no getter reads. */
  public final WebhookPayload payload() {
    return payload;
  }

  /** Equal when of the same type with the same fields. */
  @Override
  public final boolean equals(Object o) {
    return o instanceof WebhookEvent && ((WebhookEvent) o).type.equals(type) && ((WebhookEvent) o).payload.equals(payload);
  }

  @Override
  public final int hashCode() {
    return 31 * type.hashCode() + payload.hashCode();
  }

  /**
   * The type, the field names and the values of ids, e.g. {@code TICKET_CLOSED{ticket_id=123}}; other
   * values (message text, names, email addresses) are left out of log lines by default.
   */
  @Override
  public final String toString() {
    return type.raw() + payload;
  }
}
