package com.trengo.client.webhook;

/**
 * An event about a ticket: created, assigned, closed, reopened, merged, labelled, marked or
 * unmarked as spam. Register {@code on(TicketEvent.class, ..)} to receive all of them.
 */
public abstract class TicketEvent extends WebhookEvent {
  private final long ticketId;

  TicketEvent(PayloadReader fields) {
    super(fields);
    this.ticketId = fields.requiredId("ticket_id");
  }

  /** The ticket ({@code ticket_id}). */
  public long ticketId() {
    return ticketId;
  }
}
