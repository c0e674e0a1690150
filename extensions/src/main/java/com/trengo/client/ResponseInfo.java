package com.trengo.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The status and headers of a response, for callers that need more than the parsed body. */
public final class ResponseInfo {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final int attempts;

  /**
   * Creates the info.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers by name
   * @param attempts how many times the request was sent, retries included
   */
  public ResponseInfo(int statusCode, Map<String, List<String>> headers, int attempts) {
    this.statusCode = statusCode;
    this.headers = Map.copyOf(Objects.requireNonNull(headers, "headers == null"));
    this.attempts = attempts;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** Every response header, by name as sent (case as the server wrote it); unmodifiable. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header, matching the name case-insensitively. */
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name == null");
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /** How many times the request was sent: 1 plus the retries. */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "ResponseInfo{statusCode=" + statusCode + ", attempts=" + attempts + ", headers=" + headers + '}';
  }
}
