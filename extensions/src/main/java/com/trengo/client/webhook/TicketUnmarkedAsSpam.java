package com.trengo.client.webhook;

/** {@code TICKET_UNMARKED_AS_SPAM}: a ticket was unmarked as spam. Carries the {@linkplain #ticketId() ticket id}. */
public final class TicketUnmarkedAsSpam extends TicketEvent {
  TicketUnmarkedAsSpam(PayloadReader fields) {
    super(fields);
  }
}
