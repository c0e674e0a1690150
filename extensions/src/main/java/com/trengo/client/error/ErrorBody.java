package com.trengo.client.error;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The message and field errors of an error body. Trengo does not document its error body; published
 * clients assume either Laravel's {@code {"message": "...", "errors": {"field": ["..."]}}} or {@code
 * {"error": "...", "message": [...]}}. Both are read, and anything else (other JSON, HTML, nothing)
 * yields an empty result rather than an exception: a parse failure must never hide the status.
 */
final class ErrorBody {
  private static final ErrorBody EMPTY = new ErrorBody(null, Map.of());

  private final String message;
  private final Map<String, List<String>> fieldErrors;

  private ErrorBody(String message, Map<String, List<String>> fieldErrors) {
    this.message = message;
    this.fieldErrors = fieldErrors;
  }

  /** The server's message, or {@code null}. */
  String message() {
    return message;
  }

  /** Field to messages, insertion-ordered and unmodifiable; empty when none. */
  Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  static ErrorBody parse(String body) {
    if (body == null || body.isBlank()) {
      return EMPTY;
    }
    JsonElement root;
    try {
      root = JsonParser.parseString(body);
    } catch (RuntimeException notJson) {
      return EMPTY;
    }
    if (!root.isJsonObject()) {
      return EMPTY;
    }
    JsonObject object = root.getAsJsonObject();
    String message = text(object.get("message"));
    String error = text(object.get("error"));
    String combined;
    if (error != null && message != null && !error.equals(message)) {
      combined = error + ": " + message;
    } else {
      combined = error != null ? error : message;
    }
    return new ErrorBody(combined, fieldErrors(object.get("errors")));
  }

  /** A string, or the strings of an array joined with "; ", or null for anything else. */
  private static String text(JsonElement element) {
    List<String> texts = texts(element);
    return texts.isEmpty() ? null : String.join("; ", texts);
  }

  private static List<String> texts(JsonElement element) {
    List<String> out = new ArrayList<>();
    if (element == null || element.isJsonNull()) {
      return out;
    }
    if (element.isJsonPrimitive()) {
      String s = element.getAsString();
      if (!s.isBlank()) {
        out.add(s);
      }
    } else if (element.isJsonArray()) {
      for (JsonElement item : (JsonArray) element) {
        out.addAll(texts(item));
      }
    }
    return out;
  }

  private static Map<String, List<String>> fieldErrors(JsonElement element) {
    if (element == null || !element.isJsonObject()) {
      return Map.of();
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
      out.put(entry.getKey(), List.copyOf(texts(entry.getValue())));
    }
    return Collections.unmodifiableMap(out);
  }
}
