package com.trengo.client.webhook;

/** {@code TICKET_CLOSED}: a ticket was closed. Carries the {@linkplain #ticketId() ticket id}. */
public final class TicketClosed extends TicketEvent {
  TicketClosed(PayloadReader fields) {
    super(fields);
  }
}
