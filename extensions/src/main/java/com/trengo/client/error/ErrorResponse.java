package com.trengo.client.error;

import com.trengo.client.internal.SecretRedaction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an error response said, parsed once and shared by the exception constructors. */
final class ErrorResponse {
  private static final int SNIPPET_CHARS = 200;

  private final int statusCode;
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final String body;
  private final ErrorBody parsed;

  ErrorResponse(int statusCode, String method, String path, Map<String, List<String>> headers, String body) {
    this.statusCode = statusCode;
    this.method = method == null ? "" : method;
    this.path = path == null ? "" : path;
    this.headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body == null ? "" : body;
    this.parsed = ErrorBody.parse(this.body);
  }

  int statusCode() {
    return statusCode;
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  String body() {
    return body;
  }

  ErrorBody parsed() {
    return parsed;
  }

  /** {@code "422 from POST /api/v2/contacts: The given data was invalid. (identifier: ...)"}. */
  String describe() {
    StringBuilder sb = new StringBuilder().append(statusCode);
    if (!method.isEmpty()) {
      sb.append(" from ").append(method).append(' ').append(path);
    }
    sb.append(": ");
    if (statusCode >= 300 && statusCode < 400) {
      List<String> location = headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase("Location")).map(Map.Entry::getValue).findFirst().orElse(List.of());
      sb.append("redirected to ").append(location.isEmpty() ? "(no Location)" : redacted(location.get(0)))
          .append("; not followed");
      return sb.toString();
    }
    if (parsed.message() != null) {
      sb.append(parsed.message());
    } else if (body.isBlank()) {
      sb.append("(empty body)");
    } else {
      // A body quoted in a message must not carry a webhook's signing secret into logs.
      sb.append(snippet(SecretRedaction.redact(body)));
    }
    if (!parsed.fieldErrors().isEmpty()) {
      sb.append(' ').append(parsed.fieldErrors());
    }
    return sb.toString();
  }

  /** {@code url} with any user name and password taken out: they must not reach a message or a log. */
  static String redacted(String url) {
    return url == null ? null : url.replaceAll("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@", "$1");
  }

  /** A short, single-line excerpt of a body that is not the JSON we know (an HTML 502 page, say). */
  static String snippet(String body) {
    String oneLine = body.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= SNIPPET_CHARS ? oneLine : oneLine.substring(0, SNIPPET_CHARS) + "...";
  }
}
