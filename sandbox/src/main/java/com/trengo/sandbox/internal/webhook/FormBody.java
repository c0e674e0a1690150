package com.trengo.sandbox.internal.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code application/x-www-form-urlencoded}, as Trengo (PHP's http_build_query) writes it: UTF-8,
 * spaces as {@code +}, everything but letters, digits and {@code .-*_} percent-encoded.
 */
final class FormBody {
  private FormBody() {}

  static String encode(Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach((name, value) ->
        body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
  }
}
