package com.trengo.sandbox.internal;

import com.trengo.sandbox.FaultType;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault for the next few requests of one method on one path. The path is below /api/v2 (a leading
 * /api/v2 is accepted too); a segment {@code {name}} or {@code *} matches any one segment, so {@code
 * /contacts/{contact_id}} matches every contact.
 */
final class ScriptedFault {

  private final String method;
  private final String[] segments;
  private final FaultType type;
  private int remaining;

  ScriptedFault(String method, String pathTemplate, FaultType type, int times) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    this.type = Objects.requireNonNull(type, "type == null");
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    this.method = method.toUpperCase(Locale.ROOT);
    this.segments = split(stripRoot(pathTemplate));
    this.remaining = times;
  }

  FaultType type() {
    return type;
  }

  boolean matches(String requestMethod, String apiPath) {
    if (!method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    String[] actual = split(stripRoot(apiPath));
    if (actual.length != segments.length) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      boolean wildcard = segments[i].equals("*") || segments[i].startsWith("{");
      if (!wildcard && !segments[i].equals(actual[i])) {
        return false;
      }
    }
    return true;
  }

  /** Uses this fault once; true when it is used up. */
  boolean consume() {
    return --remaining == 0;
  }

  private static String stripRoot(String path) {
    return path.startsWith("/api/v2/") ? path.substring("/api/v2".length()) : path;
  }

  private static String[] split(String path) {
    String trimmed = path.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
  }
}
