package com.trengo.client.builder;

import com.trengo.client.model.AssignTicketRequest;

/**
 * Builds a validated {@link AssignTicketRequest}, for {@code tickets().assign(..)}: to a user or to a
 * team, exactly one of them, as Trengo's {@code type} says.
 *
 * <pre>{@code
 * trengo.tickets().assign(ticketId, AssignTicket.toUser(3L).build());
 * trengo.tickets().assign(ticketId, AssignTicket.toTeam(7L).note("Escalated").build());
 * }</pre>
 */
public final class AssignTicket {
  private AssignTicket() {}

  /** A builder for an assignment to the user {@code userId}. */
  public static Builder toUser(Long userId) {
    return builder().userId(userId);
  }

  /** A builder for an assignment to the team {@code teamId}. */
  public static Builder toTeam(Long teamId) {
    return builder().teamId(teamId);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long userId;
    private Long teamId;
    private String note;

    private Builder() {}

    /** The user to assign the ticket to. Positive; exactly one of this and {@link #teamId(Long)}. */
    public Builder userId(Long userId) {
      this.userId = userId;
      return this;
    }

    /** The team to assign the ticket to. Positive; exactly one of this and {@link #userId(Long)}. */
    public Builder teamId(Long teamId) {
      this.teamId = teamId;
      return this;
    }

    /** A note to leave with the assignment. Optional; when given, not blank. */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * The request: {@code type} {@code user} with the user, or {@code team} with the team, and every
     * other field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field; both
     *     {@code user_id} and {@code team_id} when neither or both were given
     */
    public AssignTicketRequest build() {
      Checks checks = new Checks("AssignTicketRequest");
      if (userId == null && teamId == null) {
        checks.fail("user_id", null, "is required when team_id is not given");
        checks.fail("team_id", null, "is required when user_id is not given");
      } else if (userId != null && teamId != null) {
        // Trengo assigns to one of them, chosen by type; sending both would leave the other unsaid.
        checks.fail("user_id", userId, "must not be given with team_id: a ticket is assigned to a user or a team");
        checks.fail("team_id", teamId, "must not be given with user_id: a ticket is assigned to a user or a team");
      }
      checks.optionalId("user_id", userId);
      checks.optionalId("team_id", teamId);
      checks.optionalText("note", note);
      checks.throwIfFailed();
      return new AssignTicketRequest()
          .type(userId != null ? AssignTicketRequest.TypeEnum.USER : AssignTicketRequest.TypeEnum.TEAM)
          .userId(userId)
          .teamId(teamId)
          .note(note);
    }
  }
}
