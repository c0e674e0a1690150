package com.trengo.client.builder;

import com.trengo.client.model.AssignTicketRequest;

/**
 * Builds a validated {@link AssignTicketRequest}, for {@code tickets().assign(..)}: a user, a team,
 * or both.
 *
 * <pre>{@code
 * trengo.tickets().assign(ticketId, AssignTicket.builder().userId(3L).build());
 * }</pre>
 */
public final class AssignTicket {
  private AssignTicket() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long userId;
    private Long teamId;

    private Builder() {}

    /** The user to assign the ticket to. Positive; this or {@link #teamId(Long)} is required. */
    public Builder userId(Long userId) {
      this.userId = userId;
      return this;
    }

    /** The team to assign the ticket to. Positive; this or {@link #userId(Long)} is required. */
    public Builder teamId(Long teamId) {
      this.teamId = teamId;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field; both
     *     {@code user_id} and {@code team_id} when neither was given
     */
    public AssignTicketRequest build() {
      Checks checks = new Checks("AssignTicketRequest");
      if (userId == null && teamId == null) {
        checks.fail("user_id", null, "is required when team_id is not given");
        checks.fail("team_id", null, "is required when user_id is not given");
      }
      checks.optionalId("user_id", userId);
      checks.optionalId("team_id", teamId);
      checks.throwIfFailed();
      return new AssignTicketRequest().userId(userId).teamId(teamId);
    }
  }
}
