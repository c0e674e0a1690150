package com.trengo.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Walks a paginated list by links.next, as a client must for the short pagination form. */
final class Pages {

  private Pages() {}

  /** Every item of the list at {@code path} (relative to the API root, with its query). */
  static List<JsonObject> all(Api api, TrengoSandbox sandbox, String path) throws IOException {
    List<JsonObject> items = new ArrayList<>();
    String next = sandbox.baseUrl() + path;
    while (next != null) {
      JsonObject page = api.getUrl(next).json();
      page.getAsJsonArray("data").forEach(item -> items.add(item.getAsJsonObject()));
      JsonElement link = page.getAsJsonObject("links").get("next");
      next = link.isJsonNull() ? null : link.getAsString();
    }
    return items;
  }

  /** The ids of {@code items}. */
  static List<Long> ids(List<JsonObject> items) {
    return items.stream().map(i -> i.get("id").getAsLong()).toList();
  }
}
