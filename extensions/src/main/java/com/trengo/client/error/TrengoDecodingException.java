package com.trengo.client.error;

/**
 * A response arrived but a value in it could not be read: a date in no form the API is known to
 * send, a number that is not one, a body cut short. Names the JSON path (e.g. {@code
 * $.data[3].created_at}) and the value, or, for an answer that is no JSON at all, its status, type and
 * the start of its body. A request that creates data never ends in this exception: an answer it cannot
 * read ends in {@link TrengoOutcomeUnknownException}, since an unreadable 200 proves nothing.
 */
public final class TrengoDecodingException extends TrengoException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the value, e.g. {@code $.data[3].created_at}; empty when unknown
   * @param value the value as sent; empty when unknown
   * @param message what was wrong
   * @param cause the parser's failure, or null
   */
  public TrengoDecodingException(String path, String value, String message, Throwable cause) {
    super(message, cause);
    this.path = path == null ? "" : path;
    this.value = value == null ? "" : value;
  }

  /** The JSON path of the unreadable value, e.g. {@code $.data[3].created_at}; empty when unknown. */
  public String path() {
    return path;
  }

  /** The value as sent; empty when unknown. */
  public String value() {
    return value;
  }
}
