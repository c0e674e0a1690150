package com.trengo.client.builder;

import com.trengo.client.model.AttachContactToProfileRequest;

/**
 * Builds a validated {@link AttachContactToProfileRequest}. {@code profiles().attachContact(..)}
 * applies these same checks; build one yourself only for the generated {@code ProfilesApi}.
 *
 * <pre>{@code
 * AttachContactToProfileRequest body =
 *     AttachContactToProfile.builder().contactId(5001L).type("EMAIL").build();
 * }</pre>
 */
public final class AttachContactToProfile {
  private AttachContactToProfile() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long contactId;
    private String type;

    private Builder() {}

    /** The contact to attach. Required, positive. */
    public Builder contactId(Long contactId) {
      this.contactId = contactId;
      return this;
    }

    /**
     * The channel type the contact is attached as, e.g. {@code EMAIL}, {@code WA_BUSINESS}, {@code
     * VOIP}. Required, not blank. Any other value is sent as given: the list of channel types is
     * open, and a type Trengo adds later must not be refused here.
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public AttachContactToProfileRequest build() {
      Checks checks = new Checks("AttachContactToProfileRequest");
      checks.requiredId("contact_id", contactId);
      checks.requiredText("type", type);
      checks.throwIfFailed();
      return new AttachContactToProfileRequest().contactId(contactId).type(type);
    }
  }
}
