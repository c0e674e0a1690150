package com.trengo.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpHeaders;

/** A response as the tests read it. */
record Reply(int status, HttpHeaders headers, String body) {

  JsonObject json() {
    return JsonParser.parseString(body).getAsJsonObject();
  }

  JsonArray data() {
    return json().getAsJsonArray("data");
  }

  /** The first message of a 422's {@code errors} for {@code field}. */
  String firstError(String field) {
    return json().getAsJsonObject("errors").getAsJsonArray(field).get(0).getAsString();
  }

  String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  @Override
  public String toString() {
    return status + " " + body;
  }
}
