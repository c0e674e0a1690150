package com.trengo.client.webhook;

/** Who a ticket was assigned to ({@code assigned_to} of {@link TicketAssigned}). */
public enum AssigneeType {
  /** An agent: {@link TicketAssigned#userId()} says which. */
  USER,
  /** A team: {@link TicketAssigned#teamId()} says which. */
  TEAM,
  /** A value this version does not know; {@link OpenEnum#raw()} has it. */
  UNRECOGNIZED
}
