package com.trengo.client.webhook;

import java.util.Optional;

/** A message event: {@link InboundMessage}, {@link OutboundMessage} or {@link InternalNote}. */
public abstract class MessageEvent extends WebhookEvent {
  private final long messageId;
  private final long ticketId;
  private final Optional<String> message;

  MessageEvent(PayloadReader fields) {
    super(fields);
    this.messageId = fields.requiredId("message_id");
    this.ticketId = fields.requiredId("ticket_id");
    this.message = fields.optionalText("message");
  }

  /** The message ({@code message_id}). */
  public long messageId() {
    return messageId;
  }

  /** The ticket the message belongs to ({@code ticket_id}). */
  public long ticketId() {
    return ticketId;
  }

  /** The message's content ({@code message}); empty when there is none, e.g. an attachment only. */
  public Optional<String> message() {
    return message;
  }
}
