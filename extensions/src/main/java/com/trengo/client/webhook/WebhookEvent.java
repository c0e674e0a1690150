package com.trengo.client.webhook;

import com.trengo.client.error.FieldError;
import java.util.List;
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
  /**
   * The field a delivery names its event type in, e.g. {@code event_type=OUTBOUND}: sent by Trengo
   * (a real delivery captured in 2025 ends with it, and starts with {@code type=OUTBOUND}), though
   * missing from its published payload list, so older deliveries may lack it. When a body names its
   * event, that name decides the event's class: it is covered by the signature, so it is Trengo's
   * word, and it stays right when a webhook's type was changed after the receiver was configured.
   * Otherwise the type of the webhook the delivery came to decides. {@code type} is kept as an
   * ordinary field: on message events it may be the message's own type.
   */
  public static final String EVENT_TYPE_FIELD = "event_type";

  private final OpenEnum<WebhookEventType> type;
  private final WebhookPayload payload;

  WebhookEvent(PayloadReader fields) {
    this.type = fields.type();
    this.payload = fields.payload();
  }

  /**
   * Reads a verified body as an event of {@code type}, the type of the webhook that received it
   * (e.g. {@code "TICKET_CLOSED"}; a type this version does not know gives an {@link
   * UnknownWebhookEvent}), unless the body names its event itself: see {@link #EVENT_TYPE_FIELD}.
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

  /**
   * Reads a verified body as the event it names in {@link #EVENT_TYPE_FIELD}, for when the webhook's
   * type is not known here.
   *
   * @throws WebhookPayloadException the body does not decode, names no event type, or a typed field
   *     is missing or bad
   */
  public static WebhookEvent parse(byte[] body, String contentType) {
    return parse((OpenEnum<WebhookEventType>) null, body, contentType);
  }

  /**
   * The one rule for which event a body is: the type it names in {@link #EVENT_TYPE_FIELD}, else
   * {@code webhookType} (the type of the webhook it came to; null when not known).
   */
  static WebhookEvent parse(OpenEnum<WebhookEventType> webhookType, byte[] body, String contentType) {
    Objects.requireNonNull(body, "body == null");
    WebhookPayload payload = PayloadDecoder.decode(body, contentType);
    PayloadReader fields = new PayloadReader(typeOf(payload, webhookType), payload);
    WebhookEvent event = fields.type().known().read(fields);
    fields.throwIfFailed();
    return event;
  }

  private static OpenEnum<WebhookEventType> typeOf(WebhookPayload payload, OpenEnum<WebhookEventType> webhookType) {
    List<String> named = payload.getAll(EVENT_TYPE_FIELD);
    if (named.size() > 1) {
      throw new WebhookPayloadException(webhookType == null ? "webhook" : webhookType.raw(), List.of(
          FieldError.of(EVENT_TYPE_FIELD, String.join(",", named), "is sent " + named.size() + " times")));
    }
    if (!named.isEmpty() && !named.get(0).isBlank()) {
      return OpenEnum.of(WebhookEventType.class, named.get(0));
    }
    if (webhookType == null) {
      throw new WebhookPayloadException("webhook", List.of(FieldError.of(EVENT_TYPE_FIELD, null,
          "is required when the webhook's type is not given (give it with the signing secret)")));
    }
    return webhookType;
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
