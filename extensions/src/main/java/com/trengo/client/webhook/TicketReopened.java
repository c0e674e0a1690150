package com.trengo.client.webhook;

import java.util.Optional;

/** {@code TICKET_REOPENED}: a closed ticket was reopened. */
public final class TicketReopened extends TicketEvent {
  private final Optional<OpenEnum<TicketStatus>> status;

  TicketReopened(PayloadReader fields) {
    super(fields);
    this.status = fields.optionalEnum("status", TicketStatus.class);
  }

  /** The ticket's status now: {@code OPEN} or {@code ASSIGNED} ({@code status}). */
  public Optional<OpenEnum<TicketStatus>> status() {
    return status;
  }
}
