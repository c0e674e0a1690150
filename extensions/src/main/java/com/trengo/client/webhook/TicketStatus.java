package com.trengo.client.webhook;

/** A ticket's status as a webhook reports it ({@code status} of {@link TicketReopened}: OPEN or ASSIGNED). */
public enum TicketStatus {
  /** Open and unassigned. */
  OPEN,
  /** Assigned to an agent or a team. */
  ASSIGNED,
  /** Closed. */
  CLOSED,
  /** Marked invalid, e.g. as spam. */
  INVALID,
  /** A value this version does not know; {@link OpenEnum#raw()} has it. */
  UNRECOGNIZED
}
