package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/** {@code NOTE}: an agent wrote an internal note on a ticket. */
public final class InternalNote extends MessageEvent {
  private final Agent agent;

  InternalNote(PayloadReader fields) {
    super(fields);
    this.agent = new Agent(fields);
  }

  /** The agent who wrote it ({@code user_id}). */
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
