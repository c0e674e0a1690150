package com.trengo.client.error;

/**
 * A successful answer's body was larger than the client's limit ({@code
 * TrengoClient.Builder.maxResponseBytes}), so it was not read further: the alternative was running out
 * of memory. For a request that creates data this is a {@link TrengoOutcomeUnknownException} instead,
 * with this as its cause.
 */
public final class TrengoResponseTooLargeException extends TrengoException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final long limit;

  /** Creates the exception for an answer with {@code statusCode} over {@code limit} bytes. */
  public TrengoResponseTooLargeException(String message, int statusCode, long limit, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.limit = limit;
  }

  /** The status of the answer. */
  public int statusCode() {
    return statusCode;
  }

  /** The limit in bytes that the body exceeded. */
  public long limit() {
    return limit;
  }
}
