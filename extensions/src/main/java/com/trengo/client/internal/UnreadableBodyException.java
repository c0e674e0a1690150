package com.trengo.client.internal;

import java.io.IOException;

/**
 * A successful answer whose body could not be used: it broke off or stalled before its end, or it is
 * not a JSON document (an HTML page from a proxy, half a document, nothing).
 */
final class UnreadableBodyException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Answer answer;

  UnreadableBodyException(Answer answer, String what, IOException cause) {
    super("the answer " + answer.describe() + " " + what, cause);
    this.answer = answer;
  }

  Answer answer() {
    return answer;
  }
}
