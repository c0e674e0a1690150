package com.trengo.client;

import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one rule the find-by-name helpers follow ({@code labels().findByName}, {@code
 * ticketResults().findByName}, {@code channels().findByName} and {@code findByType}): a name is
 * required and not blank, and compared ignoring case ({@link Locale#ROOT}), as an agent reads names in
 * Trengo; the first match in the list's order wins, since Trengo is not known to keep names unique.
 */
final class ByName {
  private ByName() {}

  /**
   * {@code name} in the form it is compared in.
   *
   * @throws TrengoValidationException when it is null or blank, naming {@code operation} and {@code field}
   */
  static String wanted(String operation, String field, String name) {
    if (name == null || name.isBlank()) {
      throw new TrengoValidationException(
          operation, List.of(FieldError.of(field, name, name == null ? "is required" : "must not be blank")));
    }
    return normal(name);
  }

  /** Whether {@code value} is {@code wanted} (as {@link #wanted} made it), ignoring case. */
  static boolean matches(String wanted, String value) {
    return value != null && wanted.equals(normal(value));
  }

  /** The first item whose {@code nameOf} is {@code name}, ignoring case. */
  static <T> Optional<T> first(String operation, Stream<T> items, Function<T, String> nameOf, String name) {
    String wanted = wanted(operation, "name", name);
    return items.filter(item -> matches(wanted, nameOf.apply(item))).findFirst();
  }

  private static String normal(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
