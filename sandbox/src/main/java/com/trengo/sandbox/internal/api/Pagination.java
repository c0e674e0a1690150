package com.trengo.sandbox.internal.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Laravel's two pagination shapes, 25 to a page. {@link #simple} is what Trengo gives for contacts and
 * tickets: {@code meta} has only current_page, from, path, per_page and to, and {@code links.last} is
 * null, so a client can only follow {@code links.next} until it is null. {@link #lengthAware} is the full
 * form every other list has: it adds last_page, total and the page buttons of {@code meta.links}.
 */
public final class Pagination {

  /** Items on a page. */
  public static final int PER_PAGE = 25;

  private Pagination() {}

  /** The requested page of {@code items} in the short ("simple") form. */
  public static JsonObject simple(List<? extends JsonElement> items, ApiRequest request) {
    return page(items, request, false, PER_PAGE);
  }

  /** The requested page of {@code items} in the full ("length aware") form. */
  public static JsonObject lengthAware(List<? extends JsonElement> items, ApiRequest request) {
    return page(items, request, true, PER_PAGE);
  }

  /**
   * The full form with {@code perPage} items a page, as some lists are served (999 for quick replies and
   * contact groups in the real captures).
   */
  public static BiFunction<List<? extends JsonElement>, ApiRequest, JsonObject> lengthAware(int perPage) {
    return (items, request) -> page(items, request, true, perPage);
  }

  private static JsonObject page(
      List<? extends JsonElement> items, ApiRequest request, boolean lengthAware, int perPage) {
    int page = requestedPage(request);
    int lastPage = Math.max(1, (items.size() + perPage - 1) / perPage);
    int offset = (int) Math.min((long) (page - 1) * perPage, items.size());
    List<? extends JsonElement> slice = items.subList(offset, Math.min(offset + perPage, items.size()));
    boolean hasMore = items.size() > offset + slice.size();

    JsonArray data = new JsonArray();
    slice.forEach(data::add);

    String path = request.baseUrl() + request.path();
    JsonObject links = new JsonObject();
    links.addProperty("first", pageUrl(path, request, 1));
    links.add("last", lengthAware ? new JsonPrimitive(pageUrl(path, request, lastPage)) : JsonNull.INSTANCE);
    links.add("prev", page > 1 ? new JsonPrimitive(pageUrl(path, request, page - 1)) : JsonNull.INSTANCE);
    links.add("next", hasMore ? new JsonPrimitive(pageUrl(path, request, page + 1)) : JsonNull.INSTANCE);

    JsonObject meta = new JsonObject();
    meta.addProperty("current_page", page);
    meta.add("from", slice.isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(offset + 1));
    if (lengthAware) {
      meta.addProperty("last_page", lastPage);
      meta.add("links", pageButtons(links, path, request, page, lastPage));
    }
    meta.addProperty("path", path);
    meta.addProperty("per_page", perPage);
    meta.add("to", slice.isEmpty() ? JsonNull.INSTANCE : new JsonPrimitive(offset + slice.size()));
    if (lengthAware) {
      meta.addProperty("total", items.size());
    }

    JsonObject body = new JsonObject();
    body.add("data", data);
    body.add("links", links);
    body.add("meta", meta);
    return body;
  }

  /**
   * Laravel's {@code meta.links} of the full form: previous, one button a page, next, with the labels
   * the real captures show untranslated ({@code pagination.previous}, {@code pagination.next}).
   */
  private static JsonArray pageButtons(JsonObject links, String path, ApiRequest request, int page, int lastPage) {
    JsonArray buttons = new JsonArray();
    buttons.add(button(links.get("prev"), "pagination.previous", false));
    for (int n = 1; n <= lastPage; n++) {
      buttons.add(button(new JsonPrimitive(pageUrl(path, request, n)), Integer.toString(n), n == page));
    }
    buttons.add(button(links.get("next"), "pagination.next", false));
    return buttons;
  }

  private static JsonObject button(JsonElement url, String label, boolean active) {
    JsonObject button = new JsonObject();
    button.add("url", url);
    button.addProperty("label", label);
    button.addProperty("active", active);
    return button;
  }

  /** Laravel reads a missing, non-numeric or non-positive page as page 1. */
  private static int requestedPage(ApiRequest request) {
    try {
      int page = Integer.parseInt(request.queryParam("page").orElse("1"));
      return page < 1 ? 1 : page;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The URL of another page, keeping the request's filters so that following links.next keeps them. */
  private static String pageUrl(String path, ApiRequest request, int page) {
    Map<String, List<String>> params = new LinkedHashMap<>(request.query());
    params.remove("page");
    params.put("page", List.of(Integer.toString(page)));
    return path + "?" + QueryString.format(params);
  }
}
