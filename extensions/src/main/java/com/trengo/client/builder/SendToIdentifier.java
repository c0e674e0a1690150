package com.trengo.client.builder;

import com.trengo.client.model.SendQuickMessageRequest;

/**
 * Builds a validated {@link SendQuickMessageRequest}, for {@code messages().sendToIdentifier(..)}: a
 * message to an e-mail address or phone number on a channel, without a ticket (Trengo finds or makes the
 * contact and the ticket).
 *
 * <pre>{@code
 * trengo.messages().sendToIdentifier(SendToIdentifier.builder()
 *     .channelId(12L).contactIdentifier("ada@example.com").contactName("Ada Lovelace")
 *     .message("Your order has shipped.").emailSubject("Order #1042").build());
 * }</pre>
 */
public final class SendToIdentifier {
  private SendToIdentifier() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long channelId;
    private String contactIdentifier;
    private String contactName;
    private String message;
    private String emailSubject;

    private Builder() {}

    /** The channel to send on; it decides what the identifier is. Required, positive. */
    public Builder channelId(Long channelId) {
      this.channelId = channelId;
      return this;
    }

    /**
     * Where to send: an e-mail address for an e-mail channel, a phone number for WhatsApp, SMS and
     * voice. Required; checked as {@link CreateContact.Builder#identifier(String)} checks it.
     */
    public Builder contactIdentifier(String contactIdentifier) {
      this.contactIdentifier = contactIdentifier;
      return this;
    }

    /** The contact's name, used only when the contact does not exist yet. Optional; not blank. */
    public Builder contactName(String contactName) {
      this.contactName = contactName;
      return this;
    }

    /** The text to send. Required, not blank. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** The subject, used only on an e-mail channel. Optional; not blank. */
    public Builder emailSubject(String emailSubject) {
      this.emailSubject = emailSubject;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public SendQuickMessageRequest build() {
      Checks checks = new Checks("SendQuickMessageRequest");
      checks.requiredId("channel_id", channelId);
      checks.requiredContactIdentifier("contact_identifier", contactIdentifier);
      checks.optionalText("contact_name", contactName);
      checks.requiredText("message", message);
      checks.optionalText("email_subject", emailSubject);
      checks.throwIfFailed();
      return new SendQuickMessageRequest()
          .channelId(channelId)
          .contactIdentifier(contactIdentifier)
          .contactName(contactName)
          .message(message)
          .emailSubject(emailSubject);
    }
  }
}
