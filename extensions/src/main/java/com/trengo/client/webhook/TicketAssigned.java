package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/** {@code TICKET_ASSIGNED}: a ticket was assigned to an agent or a team. */
public final class TicketAssigned extends TicketEvent {
  private final Agent agent;
  private final OptionalLong teamId;
  private final Optional<String> teamName;
  private final Optional<OpenEnum<AssigneeType>> assignedTo;

  TicketAssigned(PayloadReader fields) {
    super(fields);
    this.agent = new Agent(fields);
    this.teamId = fields.optionalId("team_id");
    this.teamName = fields.optionalText("team_name");
    this.assignedTo = fields.optionalEnum("assigned_to", AssigneeType.class);
  }

  /** The agent it was assigned to ({@code user_id}). */
  public OptionalLong userId() {
    return agent.id;
  }

  /** The agent's name ({@code user_name}). */
  public Optional<String> userName() {
    return agent.name;
  }

  /** The agent's email address ({@code user_email}). */
  public Optional<String> userEmail() {
    return agent.email;
  }

  /** The team it was assigned to ({@code team_id}). */
  public OptionalLong teamId() {
    return teamId;
  }

  /** The team's name ({@code team_name}). */
  public Optional<String> teamName() {
    return teamName;
  }

  /** Whether it went to a {@code USER} or a {@code TEAM} ({@code assigned_to}). */
  public Optional<OpenEnum<AssigneeType>> assignedTo() {
    return assignedTo;
  }
}
