package com.trengo.client.builder;

import com.trengo.client.model.CreateTicketRequest;

/**
 * Builds a validated {@link CreateTicketRequest}, for {@code tickets().create(..)}: a ticket on a
 * channel with a contact, named by its id. To open one for an identifier, use {@code
 * tickets().openFor(..)}, which gets or creates the contact first.
 *
 * <pre>{@code
 * trengo.tickets().create(CreateTicket.builder()
 *     .channelId(12L).contactId(5001L).subject("Hello").build());
 * }</pre>
 */
public final class CreateTicket {
  private CreateTicket() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long channelId;
    private Long contactId;
    private String subject;
    private Long delegateToUserId;
    private Long delegateToTeamId;

    private Builder() {}

    /** The channel to open the ticket on. Required, positive. */
    public Builder channelId(Long channelId) {
      this.channelId = channelId;
      return this;
    }

    /** The contact the ticket is with. Required, positive. */
    public Builder contactId(Long contactId) {
      this.contactId = contactId;
      return this;
    }

    /** The ticket's subject. Optional; when given, not blank. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** The user to assign the new ticket to. Optional; when given, positive. */
    public Builder delegateToUserId(Long userId) {
      this.delegateToUserId = userId;
      return this;
    }

    /** The team to assign the new ticket to. Optional; when given, positive. */
    public Builder delegateToTeamId(Long teamId) {
      this.delegateToTeamId = teamId;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public CreateTicketRequest build() {
      Checks checks = new Checks("CreateTicketRequest");
      checks.requiredId("channel_id", channelId);
      checks.requiredId("contact_id", contactId);
      checks.optionalText("subject", subject);
      checks.optionalId("delegate_to_user_id", delegateToUserId);
      checks.optionalId("delegate_to_team_id", delegateToTeamId);
      checks.throwIfFailed();
      return new CreateTicketRequest()
          .channelId(channelId)
          .contactId(contactId)
          .subject(subject)
          .delegateToUserId(delegateToUserId)
          .delegateToTeamId(delegateToTeamId);
    }
  }
}
