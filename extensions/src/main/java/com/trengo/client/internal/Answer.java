package com.trengo.client.internal;

/**
 * What the server sent back in one attempt, for the message of a failure to use it.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type as sent, or empty
 * @param excerpt the start of the body as one line (see {@link Excerpt}), or empty
 */
record Answer(int status, String contentType, String excerpt) {

  /** {@code 200 (text/html): "<html>..."}, for messages. */
  String describe() {
    StringBuilder out = new StringBuilder().append(status);
    if (!contentType.isEmpty()) {
      out.append(" (").append(contentType).append(')');
    }
    out.append(excerpt.isEmpty() ? " with an empty body" : ": \"" + excerpt + "\"");
    return out.toString();
  }
}
