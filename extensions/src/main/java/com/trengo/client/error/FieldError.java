package com.trengo.client.error;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One field of a request that failed validation: its API name, the value that was given, and why it
 * was rejected. Part of a {@link TrengoValidationException}.
 */
public final class FieldError implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String message;
  // Text is quoted in toString() so that blanks, spaces and the text "null" stay visible.
  private final boolean text;

  private FieldError(String field, String value, String message, boolean text) {
    this.field = field;
    this.value = value;
    this.message = message;
    this.text = text;
  }

  /**
   * An error for {@code field} (its API name, e.g. {@code "contact_identifier"}), whose given value
   * was {@code given} (null when it was missing), rejected because {@code message} (e.g. {@code "must
   * be positive"}).
   */
  public static FieldError of(String field, Object given, String message) {
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(message, "message == null");
    if (given instanceof byte[]) {
      return new FieldError(field, "byte[" + ((byte[]) given).length + "]", message, false);
    }
    boolean text = given instanceof CharSequence || given instanceof Path || given instanceof URI;
    return new FieldError(field, String.valueOf(given), message, text);
  }

  /** The field's name in the API, e.g. {@code "channel_id"} or {@code "params[0].key"}. */
  public String field() {
    return field;
  }

  /**
   * The value that was given, as a string: text as it was, {@code "null"} when the field was
   * missing, {@code "byte[n]"} for content given as bytes.
   */
  public String value() {
    return value;
  }

  /** Why the value was rejected, e.g. {@code "must be positive"}. */
  public String message() {
    return message;
  }

  /** The field, the value (text quoted and escaped) and the reason: {@code channel_id=0 must be positive}. */
  @Override
  public String toString() {
    return field + "=" + (text ? quote(value) : value) + " " + message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldError)) {
      return false;
    }
    FieldError other = (FieldError) o;
    return field.equals(other.field)
        && value.equals(other.value)
        && message.equals(other.message)
        && text == other.text;
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value, message, text);
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
