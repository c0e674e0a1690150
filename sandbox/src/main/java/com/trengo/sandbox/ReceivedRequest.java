package com.trengo.sandbox;

import java.util.Optional;

/**
 * One request the sandbox received and what it did with it. The Authorization header is never kept.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param url the path and query as sent, e.g. {@code /api/v2/contacts?page=2}
 * @param body the request body as text (empty if none)
 * @param status the status answered, or 0 when the connection was reset instead
 * @param fault the fault injected into this exchange, if any
 */
public record ReceivedRequest(String method, String url, String body, int status, Optional<FaultType> fault) {

  /** Whether this is {@code method} on exactly {@code path} (below or including /api/v2, query ignored). */
  public boolean is(String method, String path) {
    String own = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    String wanted = path.startsWith("/api/v2") ? path : "/api/v2" + path;
    return this.method.equalsIgnoreCase(method) && own.equals(wanted);
  }
}
