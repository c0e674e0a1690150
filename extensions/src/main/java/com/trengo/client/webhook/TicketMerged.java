package com.trengo.client.webhook;

/** {@code TICKET_MERGED}: another ticket was merged into {@linkplain #ticketId() this one} and deleted. */
public final class TicketMerged extends TicketEvent {
  private final long mergedAndDeletedTicketId;

  TicketMerged(PayloadReader fields) {
    super(fields);
    this.mergedAndDeletedTicketId = fields.requiredId("merged_and_deleted_ticket_id");
  }

  /** The ticket that was merged into this one, and deleted ({@code merged_and_deleted_ticket_id}). */
  public long mergedAndDeletedTicketId() {
    return mergedAndDeletedTicketId;
  }
}
