package com.trengo.client.builder;

import com.trengo.client.model.CreateContactRequest;

/**
 * Builds a validated {@link CreateContactRequest}, for {@code contacts().create(..)} and {@code
 * contacts().update(..)}.
 *
 * <pre>{@code
 * trengo.contacts().create(CreateContact.builder()
 *     .name("Ada Lovelace").identifier("+31612345678").channelId(12L).build());
 * }</pre>
 */
public final class CreateContact {
  private CreateContact() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String name;
    private String identifier;
    private Long channelId;
    private String email;
    private String phone;

    private Builder() {}

    /** The contact's name. Required, not blank. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * How the channel reaches the contact. Required. A phone number ('+' or digits only) must be a
     * valid one in E.164 form, an email address (an '@' after the first character) a valid one; any
     * other non-blank id, such as a chat or social id ({@code "fb_12345"}), is accepted as given. For
     * a channel whose own ids are all digits, build {@link CreateContactRequest} directly.
     */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /** The channel the contact belongs to. Required, positive. */
    public Builder channelId(Long channelId) {
      this.channelId = channelId;
      return this;
    }

    /** The contact's email address. Optional; when given, a valid address. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** The contact's phone number. Optional; when given, valid and in E.164 form ('+' or digits only). */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public CreateContactRequest build() {
      Checks checks = new Checks("CreateContactRequest");
      checks.requiredText("name", name);
      checks.requiredContactIdentifier("identifier", identifier);
      checks.requiredId("channel_id", channelId);
      checks.optionalEmail("email", email);
      checks.optionalPhone("phone", phone);
      checks.throwIfFailed();
      return new CreateContactRequest()
          .name(name).identifier(identifier).channelId(channelId).email(email).phone(phone);
    }
  }
}
