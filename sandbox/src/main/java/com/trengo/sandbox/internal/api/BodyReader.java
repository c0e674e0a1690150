package com.trengo.sandbox.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Reads fields from a JSON body the way Laravel's validator does, collecting every failure with its
 * message, then {@link #validate()} throws one 422 naming them all.
 */
public final class BodyReader {

  private final JsonObject body;
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  /** Reads {@code body}. */
  public BodyReader(JsonObject body) {
    this.body = body;
  }

  /** A string that must be present and not blank; null (with an error recorded) otherwise. */
  public String requiredString(String field) {
    return isPresent(field) ? optionalString(field) : null;
  }

  /** A string that may be absent (null); a non-string is an error. */
  public String optionalString(String field) {
    if (isMissing(field)) {
      return null;
    }
    JsonElement value = body.get(field);
    if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
      reject(field, "The " + attribute(field) + " must be a string.");
      return null;
    }
    return value.getAsString();
  }

  /** An integer id that must be present; null (with an error recorded) otherwise. */
  public Long requiredId(String field) {
    return isPresent(field) ? optionalId(field) : null;
  }

  /** An integer id that may be absent (null). Like Laravel, a numeric string such as "5" is accepted. */
  public Long optionalId(String field) {
    if (isMissing(field)) {
      return null;
    }
    JsonElement value = body.get(field);
    Long id = value.isJsonPrimitive() ? integerOf(value.getAsJsonPrimitive()) : null;
    if (id == null) {
      reject(field, "The " + attribute(field) + " must be an integer.");
    }
    return id;
  }

  /** A whole number that may be absent (null), at least {@code min}; Laravel's {@code integer|min}. */
  public Long optionalInteger(String field, long min) {
    if (isMissing(field)) {
      return null;
    }
    JsonElement value = body.get(field);
    Long number = value.isJsonPrimitive() ? integerOf(value.getAsJsonPrimitive()) : null;
    if (number == null) {
      reject(field, "The " + attribute(field) + " must be an integer.");
    } else if (number < min) {
      reject(field, "The " + attribute(field) + " must be at least " + min + ".");
      return null;
    }
    return number;
  }

  /** A boolean that may be absent (false); anything but true/false is an error. */
  public boolean optionalBoolean(String field) {
    if (isMissing(field)) {
      return false;
    }
    JsonElement value = body.get(field);
    if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
      reject(field, "The " + attribute(field) + " field must be true or false.");
      return false;
    }
    return value.getAsBoolean();
  }

  /** A required string that must be one of {@code allowed}. */
  public String requiredOneOf(String field, Set<String> allowed) {
    return isPresent(field) ? optionalOneOf(field, allowed) : null;
  }

  /** A string that may be absent (null) and otherwise must be one of {@code allowed}. */
  public String optionalOneOf(String field, Set<String> allowed) {
    String value = optionalString(field);
    if (value != null && !allowed.contains(value)) {
      reject(field, "The selected " + attribute(field) + " is invalid.");
      return null;
    }
    return value;
  }

  /**
   * An array of integer ids that may be absent or null (null, "leave as it is"); an empty array is an
   * empty list. Each element is checked as {@link #optionalId} checks one, named {@code field.N}.
   */
  public List<Long> optionalIds(String field) {
    JsonElement value = body.get(field);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonArray()) {
      reject(field, "The " + attribute(field) + " must be an array.");
      return null;
    }
    List<Long> ids = new ArrayList<>();
    int i = 0;
    for (JsonElement element : value.getAsJsonArray()) {
      Long id = element.isJsonPrimitive() ? integerOf(element.getAsJsonPrimitive()) : null;
      if (id == null) {
        reject(field + "." + i, "The " + field + "." + i + " must be an integer.");
      } else {
        ids.add(id);
      }
      i++;
    }
    return ids;
  }

  /**
   * Laravel's {@code exists} rule on each id of an array ({@link #optionalIds}), each failure named
   * {@code field.N}; nothing when {@code ids} is null.
   */
  public void requireEachExists(String field, List<Long> ids, LongFunction<Optional<?>> lookup) {
    if (ids != null) {
      for (int i = 0; i < ids.size(); i++) {
        requireExists(field + "." + i, ids.get(i), lookup);
      }
    }
  }

  /** Laravel's {@code required_without}: records "The a field is required when b is not present.". */
  public void requireOneOf(String field, Object value, String other, Object otherValue) {
    if (value == null && otherValue == null && !errors.containsKey(field)) {
      reject(field, "The " + attribute(field) + " field is required when " + attribute(other) + " is not present.");
    }
  }

  /** A required absolute http(s) URL. */
  public String requiredUrl(String field) {
    return isPresent(field) ? optionalUrl(field) : null;
  }

  /** An absolute http(s) URL that may be absent (null). */
  public String optionalUrl(String field) {
    String value = optionalString(field);
    if (value != null && !isHttpUrl(value)) {
      reject(field, "The " + attribute(field) + " must be a valid URL.");
      return null;
    }
    return value;
  }

  /** An array that may be absent (empty list); each element must be an object. */
  public List<JsonObject> optionalObjects(String field) {
    List<JsonObject> objects = new ArrayList<>();
    if (isMissing(field)) {
      return objects;
    }
    JsonElement value = body.get(field);
    if (!value.isJsonArray()) {
      reject(field, "The " + attribute(field) + " must be an array.");
      return objects;
    }
    for (JsonElement element : value.getAsJsonArray()) {
      if (element.isJsonObject()) {
        objects.add(element.getAsJsonObject());
      } else {
        reject(field, "The " + attribute(field) + " must be an array of objects.");
      }
    }
    return objects;
  }

  /** Records a failed rule, e.g. {@code The selected channel id is invalid.} for an unknown id. */
  public void reject(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }

  /**
   * Laravel's {@code exists} rule: records "The selected channel id is invalid." when {@code id} was given
   * but {@code lookup} finds nothing for it.
   */
  public void requireExists(String field, Long id, LongFunction<Optional<?>> lookup) {
    if (id != null && lookup.apply(id).isEmpty()) {
      reject(field, "The selected " + attribute(field) + " is invalid.");
    }
  }

  /** Whether no rule has failed so far (rules that depend on valid input check this first). */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /** Throws the 422 if any rule failed. */
  public void validate() {
    if (!errors.isEmpty()) {
      throw new UnprocessableException(errors);
    }
  }

  /** Laravel's {@code required} rule: whether the field is there, recording the failure when it is not. */
  private boolean isPresent(String field) {
    if (isMissing(field)) {
      reject(field, "The " + attribute(field) + " field is required.");
      return false;
    }
    return true;
  }

  // Laravel turns "" into null before validating (ConvertEmptyStringsToNull), so "" is missing too.
  private boolean isMissing(String field) {
    JsonElement value = body.get(field);
    if (value == null || value.isJsonNull()) {
      return true;
    }
    return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && value.getAsString().isBlank();
  }

  private static Long integerOf(JsonPrimitive value) {
    try {
      if (value.isNumber()) {
        return new BigDecimal(value.getAsString()).longValueExact();
      }
      if (value.isString() && value.getAsString().matches("-?\\d{1,18}")) {
        return Long.parseLong(value.getAsString());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Laravel names a field in messages with spaces for underscores: channel_id is "channel id". */
  private static String attribute(String field) {
    return field.replace('_', ' ');
  }
}
