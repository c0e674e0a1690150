package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/** {@code OUTBOUND}: an agent's message was sent to a contact. */
public final class OutboundMessage extends ContactMessage {
  private final OptionalLong userId;
  private final Optional<String> userName;
  private final Optional<String> userEmail;

  OutboundMessage(PayloadReader fields) {
    super(fields);
    this.userId = fields.optionalId("user_id");
    this.userName = fields.optionalText("user_name");
    this.userEmail = fields.optionalText("user_email");
  }

  /** The agent who sent it ({@code user_id}). */
  public OptionalLong userId() {
    return userId;
  }

  /** The agent's name ({@code user_name}). */
  public Optional<String> userName() {
    return userName;
  }

  /** The agent's email address ({@code user_email}). */
  public Optional<String> userEmail() {
    return userEmail;
  }
}
