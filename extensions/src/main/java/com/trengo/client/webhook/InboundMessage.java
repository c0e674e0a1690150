package com.trengo.client.webhook;

import java.util.OptionalLong;

/** {@code INBOUND}: a contact's message was received. */
public final class InboundMessage extends ContactMessage {
  private final OptionalLong parentMessageId;
  private final OptionalLong parentTicketId;

  InboundMessage(PayloadReader fields) {
    super(fields);
    this.parentMessageId = fields.optionalId("parent_message_id");
    this.parentTicketId = fields.optionalId("parent_ticket_id");
  }

  /** The message this one replies or reacts to, on WhatsApp ({@code parent_message_id}). */
  public OptionalLong parentMessageId() {
    return parentMessageId;
  }

  /** The ticket of the message this one replies or reacts to, on WhatsApp ({@code parent_ticket_id}). */
  public OptionalLong parentTicketId() {
    return parentTicketId;
  }
}
