package com.trengo.client.builder;

import com.trengo.client.model.CreateContactOnChannelRequest;

/**
 * Builds a validated {@link CreateContactOnChannelRequest}, for {@code
 * contacts().createOnChannel(channelId, ..)}. The channel is in the path, not the body.
 *
 * <pre>{@code
 * trengo.contacts().createOnChannel(12, CreateContactOnChannel.builder()
 *     .identifier("+31612345678").name("Ada Lovelace").build());
 * }</pre>
 */
public final class CreateContactOnChannel {
  private CreateContactOnChannel() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String identifier;
    private String name;

    private Builder() {}

    /**
     * The contact's address on the channel: an email address for email channels, a phone number
     * for WhatsApp, SMS and voice. Required; checked as {@link CreateContact.Builder#identifier(String)}
     * is.
     */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /** The contact's full name. Optional; when given, not blank. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public CreateContactOnChannelRequest build() {
      Checks checks = new Checks("CreateContactOnChannelRequest");
      checks.requiredContactIdentifier("identifier", identifier);
      checks.optionalText("name", name);
      checks.throwIfFailed();
      return new CreateContactOnChannelRequest().identifier(identifier).name(name);
    }
  }
}
