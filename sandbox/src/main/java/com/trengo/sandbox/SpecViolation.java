package com.trengo.sandbox;

import java.util.Locale;

/**
 * A request or response that left the contract, as the OpenAPI validator reported it.
 *
 * @param direction whether the request (your code) or the response (the sandbox, or a stub you added)
 *     broke the contract
 * @param method the HTTP method of the exchange
 * @param url the path and query of the exchange
 * @param key the validator's rule, e.g. {@code validation.request.body.schema.required}
 * @param message the validator's message
 */
public record SpecViolation(Direction direction, String method, String url, String key, String message) {

  /** Which side of an exchange broke the contract. */
  public enum Direction {
    /** The request, sent by the code under test. */
    REQUEST,
    /** The response, served by the sandbox. */
    RESPONSE
  }

  @Override
  public String toString() {
    return direction.name().toLowerCase(Locale.ROOT) + " of " + method + " " + url + ": " + message
        + " [" + key + "]";
  }
}
