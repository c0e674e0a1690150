package com.trengo.client.webhook;

/** {@code TICKET_CREATED}: a ticket was created. Carries the {@linkplain #ticketId() ticket id}. */
public final class TicketCreated extends TicketEvent {
  TicketCreated(PayloadReader fields) {
    super(fields);
  }
}
