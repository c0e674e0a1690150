package com.trengo.sandbox.internal.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** JSON in and out of the sandbox, with Gson. */
public final class Json {

  // Nulls are written: Laravel's pagination sends "prev": null, "last": null. Absent fields are simply
  // never added to an object.
  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private Json() {}

  /** Serializes a tree. */
  public static String write(JsonElement element) {
    return GSON.toJson(element);
  }

  /** Parses a request body; anything that is not a JSON object reads as an empty object, as Laravel does. */
  public static JsonObject readObject(String body) {
    if (body == null || body.isBlank()) {
      return new JsonObject();
    }
    try {
      JsonElement element = JsonParser.parseString(body);
      return element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
    } catch (JsonParseException e) {
      return new JsonObject();
    }
  }

  /** An RFC 3339 timestamp in UTC to the second ({@code 2024-03-04T08:00:00Z}), as the contract's date-time wants. */
  public static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Adds {@code value} under {@code name} unless it is null: the contract has no nullable fields. */
  public static void putIfPresent(JsonObject object, String name, String value) {
    if (value != null) {
      object.addProperty(name, value);
    }
  }
}
