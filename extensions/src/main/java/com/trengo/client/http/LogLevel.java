package com.trengo.client.http;

/**
 * How much of each HTTP exchange the client logs. The {@code Authorization} header is always redacted.
 * Logging is off by default; bodies are logged only at {@link #BODY}, because they hold customer data.
 */
public enum LogLevel {
  /** Nothing. */
  NONE,
  /** Request and response lines: method, URL, status, duration. */
  BASIC,
  /** {@link #BASIC} plus headers, with {@code Authorization} redacted. */
  HEADERS,
  /**
   * {@link #HEADERS} plus bodies. They contain customer data: use only while debugging. Secret values
   * in a body (a webhook's {@code signing_secret}) are masked.
   */
  BODY
}
