package com.trengo.client.http;

/**
 * How much of each HTTP exchange the client logs: one line per request and one per response, through
 * SLF4J (logger {@code com.trengo.client.http}) unless a sink is given. The {@code Authorization} header
 * is always redacted. Logging is off by default; the environment variable {@code TRENGO_LOG} turns it on
 * without a code change ({@code info}, {@code headers} or {@code body}). Bodies are logged only at {@link
 * #BODY}, because they hold customer data.
 */
public enum LogLevel {
  /** Nothing. */
  NONE,
  /** Request and response lines: method, URL, status, duration. {@code TRENGO_LOG=info}. */
  BASIC,
  /** {@link #BASIC} plus headers, on the same line, with {@code Authorization} redacted. {@code TRENGO_LOG=headers}. */
  HEADERS,
  /**
   * {@link #HEADERS} plus text bodies. They contain customer data: use only while debugging. Secret values
   * in a body (a webhook's {@code signing_secret}) are masked. {@code TRENGO_LOG=body}.
   */
  BODY
}
