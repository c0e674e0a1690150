package com.trengo.sandbox.internal.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query strings as ordered multimaps, keeping names such as {@code users[]} intact: repeated {@code
 * users[]=1&users[]=2} is how the contract passes arrays.
 */
public final class QueryString {

  private QueryString() {}

  /** Decodes a raw query (without the '?'); null or empty gives an empty map. */
  public static Map<String, List<String>> parse(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return params;
  }

  /** The query part of a request URL ({@code /a/b?x=1} gives {@code x=1}), or null. */
  public static String rawQueryOf(String url) {
    int q = url.indexOf('?');
    return q < 0 ? null : url.substring(q + 1);
  }

  /** The path part of a request URL, percent-decoded. */
  public static String pathOf(String url) {
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Encodes params back into a query string (no leading '?'). */
  public static String format(Map<String, List<String>> params) {
    StringBuilder query = new StringBuilder();
    params.forEach(
        (name, values) -> {
          for (String value : values) {
            if (query.length() > 0) {
              query.append('&');
            }
            query.append(encode(name)).append('=').append(encode(value));
          }
        });
    return query.toString();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
