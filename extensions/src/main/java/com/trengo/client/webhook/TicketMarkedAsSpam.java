package com.trengo.client.webhook;

/** {@code TICKET_MARKED_AS_SPAM}: a ticket was marked as spam. Carries the {@linkplain #ticketId() ticket id}. */
public final class TicketMarkedAsSpam extends TicketEvent {
  TicketMarkedAsSpam(PayloadReader fields) {
    super(fields);
  }
}
