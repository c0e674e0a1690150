package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/** {@code NOTE}: an agent wrote an internal note on a ticket. */
public final class InternalNote extends MessageEvent {
  private final OptionalLong userId;
  private final Optional<String> userName;
  private final Optional<String> userEmail;

  InternalNote(PayloadReader fields) {
    super(fields);
    this.userId = fields.optionalId("user_id");
    this.userName = fields.optionalText("user_name");
    this.userEmail = fields.optionalText("user_email");
  }

  /** The agent who wrote it ({@code user_id}). */
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
