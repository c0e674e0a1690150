package com.trengo.client.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every field of a delivery's body, as sent: names in the order they came, values as strings.
 * Typed events read the fields they know from here; this keeps all of them, so a field Trengo adds
 * later is never lost. Immutable.
 *
 * <p>Form bodies give each value as decoded text ({@code ticket_id=123} gives {@code "123"}). JSON
 * bodies give scalars as their text ({@code 123}, {@code true}), objects and arrays as their JSON
 * text, and {@code null} as a name with no value.
 */
public final class WebhookPayload {
  private final Map<String, List<String>> fields;

  WebhookPayload(Map<String, List<String>> fields) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.fields = Collections.unmodifiableMap(copy);
  }

  /** The field's value; empty when it is absent or has no value. A field sent twice gives the first. */
  public Optional<String> get(String name) {
    Objects.requireNonNull(name, "name == null");
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of the field, in the order sent (more than one when a form repeats the name); empty when absent. */
  public List<String> getAll(String name) {
    Objects.requireNonNull(name, "name == null");
    return fields.getOrDefault(name, List.of());
  }

  /** Whether the body has the field, with or without a value. */
  public boolean has(String name) {
    return fields.containsKey(Objects.requireNonNull(name, "name == null"));
  }

  /** The names of every field, in the order sent. */
  public Set<String> names() {
    return fields.keySet();
  }

  /** Every field and its values, in the order sent. Unmodifiable. */
  public Map<String, List<String>> asMap() {
    return fields;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookPayload && ((WebhookPayload) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /**
   * The field names, with the values of numeric ids only ({@code *_id}): other values can be personal
   * data (message text, names, email addresses) that does not belong in a log line by default.
   */
  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    fields.forEach((name, values) -> shown.add(isNumericId(name, values) ? name + "=" + values.get(0) : name));
    return "{" + String.join(", ", shown) + "}";
  }

  private static boolean isNumericId(String name, List<String> values) {
    return name.endsWith("_id") && values.size() == 1 && !values.get(0).isEmpty() && values.get(0).length() <= 19
        && values.get(0).chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
