package com.trengo.client.internal;

import java.io.IOException;

/** A successful answer whose body is larger than the client's cap; it was not read further. */
final class ResponseTooLargeIOException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final long limit;

  /** {@code declared} is the Content-Length, or -1 when the body was longer than the cap as it came. */
  ResponseTooLargeIOException(int status, long declared, long limit) {
    super("the answer (" + status + ") is larger than the limit of " + limit + " bytes"
        + (declared >= 0 ? " (Content-Length " + declared + ")" : "")
        + "; raise TrengoClient.Builder.maxResponseBytes if such answers are expected");
    this.status = status;
    this.limit = limit;
  }

  int status() {
    return status;
  }

  long limit() {
    return limit;
  }
}
