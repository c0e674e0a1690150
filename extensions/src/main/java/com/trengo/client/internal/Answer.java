package com.trengo.client.internal;

import java.nio.charset.Charset;
import okio.Buffer;

/**
 * What the server sent back in one attempt, for the message of a failure to use it. The excerpt is
 * made only when a message needs it: a successful call never pays for it.
 */
final class Answer {
  private final int status;
  private final String contentType;
  private final Buffer body;
  private final Charset charset;

  /**
   * @param status the HTTP status
   * @param contentType the Content-Type as sent, or empty
   * @param body the body as received (a copy that shares its segments), or empty
   * @param charset the body's charset
   */
  Answer(int status, String contentType, Buffer body, Charset charset) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.charset = charset;
  }

  int status() {
    return status;
  }

  /** The start of the body as one line (see {@link Excerpt}); empty when there was none. */
  String excerpt() {
    return Excerpt.of(body, charset);
  }

  /** {@code 200 (text/html): "<html>..."}, for messages. */
  String describe() {
    StringBuilder out = new StringBuilder().append(status);
    if (!contentType.isEmpty()) {
      out.append(" (").append(contentType).append(')');
    }
    String excerpt = excerpt();
    out.append(excerpt.isEmpty() ? " with an empty body" : ": \"" + excerpt + "\"");
    return out.toString();
  }
}
