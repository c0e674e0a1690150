package com.trengo.client.error;

import java.util.List;
import java.util.Optional;

/**
 * The server answered with a redirect (3xx) that the client does not follow: any redirect of a request
 * with a body (following it would resend the body somewhere else, or turn a POST into a GET), and a
 * GET's redirect to another host (it would carry the token there). The Trengo API itself never
 * redirects; a redirect usually means a wrong base URL or a proxy in between. {@link #location()}
 * names where it pointed, without any user name or password.
 */
public final class TrengoRedirectException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  TrengoRedirectException(ErrorResponse response) {
    super(response);
  }

  /** The {@code Location} the server pointed to (user name and password removed), if it sent one. */
  public Optional<String> location() {
    return headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("Location"))
        .map(e -> e.getValue())
        .filter(values -> !values.isEmpty())
        .map((List<String> values) -> ErrorResponse.redacted(values.get(0)))
        .findFirst();
  }
}
