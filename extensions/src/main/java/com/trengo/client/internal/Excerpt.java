package com.trengo.client.internal;

import java.nio.charset.Charset;
import okio.Buffer;

/**
 * The start of a response body as one short line for an error message: secrets masked ({@link
 * SecretRedaction}, before anything is cut), whitespace runs collapsed to one space, control
 * characters (a terminal's escape sequences among them) written as {@code \\uXXXX}, cut at {@value
 * #CHARS} characters. Enough to tell an HTML error page from cut-off JSON.
 */
final class Excerpt {
  static final int CHARS = 200;

  private Excerpt() {}

  /** The excerpt of {@code body}, read without consuming it. */
  static String of(Buffer body, Charset charset) {
    if (body.size() == 0) {
      return "";
    }
    // More than the excerpt shows, so that a secret value running past its end is still seen whole.
    long bytes = Math.min(body.size(), 64 * 1024L);
    Buffer start = new Buffer();
    body.copyTo(start, 0, bytes);
    return of(start.readString(charset));
  }

  /** The excerpt of {@code text}. */
  static String of(String body) {
    String text = SecretRedaction.redact(body);
    StringBuilder out = new StringBuilder(Math.min(text.length(), CHARS + 3));
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() < CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    boolean cut = out.length() >= CHARS && text.strip().length() > out.length();
    return cut ? out.append("...").toString() : out.toString();
  }
}
