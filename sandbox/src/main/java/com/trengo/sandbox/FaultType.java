package com.trengo.sandbox;

import java.util.Locale;

/**
 * A failure the sandbox can inject into an exchange, to prove a client copes with the network and the
 * server misbehaving. Whether the request was applied to the sandbox's state is part of each fault: it
 * is what decides whether a client may safely resend.
 */
public enum FaultType {

  /** 500 {@code {"message": "Server Error"}}; the request is not applied. */
  SERVER_ERROR,

  /** The connection is reset before the request is applied: nothing changed, resending is safe. */
  RESET_BEFORE_APPLY,

  /**
   * The request is applied, then the connection is reset instead of answering: the client cannot tell
   * that a create succeeded, and must not blindly resend it.
   */
  RESET_AFTER_APPLY,

  /** The request is applied and answered with its real status, but the JSON body is cut off halfway. */
  MALFORMED_BODY,

  /** The request is applied and answered normally, after the configured delay. */
  DELAY,

  /**
   * An intermediary (a proxy, a login wall) answers 200 with an HTML page; the request never reached
   * the API and is not applied. A client that reads any 200 as success would report a create that
   * never happened.
   */
  HTML_200,

  /**
   * The request is applied and answered with its real status and a Content-Length for the whole body,
   * but the connection closes halfway through the body.
   */
  CUT_BODY,

  /** The request is applied, then a gateway answers 502 with an HTML page: the answer was lost. */
  BAD_GATEWAY,

  /**
   * The request is not applied; it is answered 302 with a Location of the same URL, as a proxy or a
   * moved endpoint would. A client that follows a POST's 302 as a GET reports a create that never
   * happened.
   */
  REDIRECT;

  /** The name on the command line, e.g. {@code reset-after-apply}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The fault with this command-line name ({@code reset-after-apply}) or constant name. */
  public static FaultType fromName(String name) {
    String constant = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return valueOf(constant);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown fault '" + name + "'; one of " + java.util.Arrays.stream(values()).map(FaultType::cliName)
              .collect(java.util.stream.Collectors.joining(", ")), e);
    }
  }
}
