package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The agent an event names ({@code user_id}, {@code user_name}, {@code user_email}, each optional), read
 * one way for every event that carries one: notes, outbound messages, assignments and calls.
 */
final class Agent {
  final OptionalLong id;
  final Optional<String> name;
  final Optional<String> email;

  Agent(PayloadReader fields) {
    this.id = fields.optionalId("user_id");
    this.name = fields.optionalText("user_name");
    this.email = fields.optionalText("user_email");
  }
}
