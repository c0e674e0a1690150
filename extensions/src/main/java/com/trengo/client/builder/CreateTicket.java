package com.trengo.client.builder;

import com.trengo.client.model.CreateTicketRequest;

/**
 * Builds a validated {@link CreateTicketRequest}, for {@code tickets().create(..)}.
 *
 * <pre>{@code
 * trengo.tickets().create(CreateTicket.builder()
 *     .channelId(12L).contactIdentifier("+31612345678").subject("Hello").build());
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
    private String contactIdentifier;
    private String subject;
    private Long delegateToUserId;
    private Long delegateToTeamId;

    private Builder() {}

    /** The channel to open the ticket on. Required, positive. */
    public Builder channelId(Long channelId) {
      this.channelId = channelId;
      return this;
    }

    /**
     * The contact's identifier on the channel. Required; checked as {@link
     * CreateContact.Builder#identifier(String)} is.
     */
    public Builder contactIdentifier(String contactIdentifier) {
      this.contactIdentifier = contactIdentifier;
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
      checks.requiredContactIdentifier("contact_identifier", contactIdentifier);
      checks.optionalText("subject", subject);
      checks.optionalId("delegate_to_user_id", delegateToUserId);
      checks.optionalId("delegate_to_team_id", delegateToTeamId);
      checks.throwIfFailed();
      return new CreateTicketRequest()
          .channelId(channelId)
          .contactIdentifier(contactIdentifier)
          .subject(subject)
          .delegateToUserId(delegateToUserId)
          .delegateToTeamId(delegateToTeamId);
    }
  }
}
