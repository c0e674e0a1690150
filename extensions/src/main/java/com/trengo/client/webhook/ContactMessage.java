package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/** A message exchanged with a contact on a channel: {@link InboundMessage} or {@link OutboundMessage}. */
public abstract class ContactMessage extends MessageEvent {
  private final OptionalLong contactId;
  private final Optional<String> contactName;
  private final Optional<String> contactEmail;
  private final Optional<String> contactIdentifier;
  private final OptionalLong channelId;

  ContactMessage(PayloadReader fields) {
    super(fields);
    this.contactId = fields.optionalId("contact_id");
    this.contactName = fields.optionalText("contact_name");
    this.contactEmail = fields.optionalText("contact_email");
    this.contactIdentifier = fields.optionalText("contact_identifier");
    this.channelId = fields.optionalId("channel_id");
  }

  /** The contact ({@code contact_id}). */
  public OptionalLong contactId() {
    return contactId;
  }

  /** The contact's name ({@code contact_name}). */
  public Optional<String> contactName() {
    return contactName;
  }

  /** The contact's email address, if it has one ({@code contact_email}). */
  public Optional<String> contactEmail() {
    return contactEmail;
  }

  /** The contact's phone number, if it has one ({@code contact_identifier}). */
  public Optional<String> contactIdentifier() {
    return contactIdentifier;
  }

  /** The channel the message went through ({@code channel_id}). */
  public OptionalLong channelId() {
    return channelId;
  }
}
