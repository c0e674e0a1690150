package com.trengo.client.webhook;

import com.trengo.client.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the typed fields of one event from its payload, collecting every bad field before throwing
 * once, so a receiver's log shows all of a payload's problems together. A missing or empty value is
 * absent; a known field sent twice is an error (which one would be meant?), while unknown fields are
 * left to {@link WebhookPayload} as they are.
 */
final class PayloadReader {
  private static final int MAX_ID_DIGITS = 18; // always fits a long

  private final OpenEnum<WebhookEventType> type;
  private final WebhookPayload payload;
  private final List<FieldError> errors = new ArrayList<>();

  PayloadReader(OpenEnum<WebhookEventType> type, WebhookPayload payload) {
    this.type = type;
    this.payload = payload;
  }

  OpenEnum<WebhookEventType> type() {
    return type;
  }

  WebhookPayload payload() {
    return payload;
  }

  /** An id every delivery of the type carries; 0 (with an error recorded) when it is missing or bad. */
  long requiredId(String name) {
    Optional<String> value = value(name);
    if (value.isEmpty()) {
      if (payload.getAll(name).size() <= 1) { // sent twice is recorded already
        errors.add(FieldError.of(name, payload.get(name).orElse(null), "is required"));
      }
      return 0;
    }
    OptionalLong id = id(name, value.get());
    return id.isPresent() ? id.getAsLong() : 0;
  }

  OptionalLong optionalId(String name) {
    Optional<String> value = value(name);
    return value.isPresent() ? id(name, value.get()) : OptionalLong.empty();
  }

  Optional<String> optionalText(String name) {
    return value(name);
  }

  <E extends Enum<E>> Optional<OpenEnum<E>> optionalEnum(String name, Class<E> values) {
    return value(name).map(v -> OpenEnum.of(values, v));
  }

  void throwIfFailed() {
    if (!errors.isEmpty()) {
      throw new WebhookPayloadException(type.raw(), errors);
    }
  }

  /** The one non-empty value of {@code name}; empty when absent, empty, or sent twice (recorded). */
  private Optional<String> value(String name) {
    List<String> values = payload.getAll(name);
    if (values.size() > 1) {
      errors.add(FieldError.of(name, String.join(",", values), "is sent " + values.size() + " times"));
      return Optional.empty();
    }
    return values.isEmpty() || values.get(0).isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Digits only: Trengo's ids are positive integers, sent as strings. */
  private OptionalLong id(String name, String value) {
    if (value.length() > MAX_ID_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      errors.add(FieldError.of(name, value, "is not an id (1 to " + MAX_ID_DIGITS + " digits)"));
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(value));
  }
}
