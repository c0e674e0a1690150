package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/** {@code OUTBOUND}: an agent's message was sent to a contact. */
public final class OutboundMessage extends ContactMessage {
  private final Agent agent;

  OutboundMessage(PayloadReader fields) {
    super(fields);
    this.agent = new Agent(fields);
  }

  /** The agent who sent it ({@code user_id}). */
  public OptionalLong userId() {
    return agent.id;
  }

  /** The agent's name ({@code user_name}). */
  public Optional<String> userName() {
    return agent.name;
  }

  /** The agent's email address ({@code user_email}). */
  public Optional<String> userEmail() {
    return agent.email;
  }
}
