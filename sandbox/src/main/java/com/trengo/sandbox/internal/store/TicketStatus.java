package com.trengo.sandbox.internal.store;

/** The statuses the contract knows for a ticket. */
public enum TicketStatus {
  /** New or unassigned. */
  OPEN,
  /** Assigned to a user or team. */
  ASSIGNED,
  /** Closed. */
  CLOSED,
  /** Marked invalid (spam). */
  INVALID
}
