package com.trengo.client.error;

/**
 * A list walk stopped because the server did not move forward: it answered the same page again, or
 * pointed "next" at a page already read. Thrown instead of looping forever.
 */
public final class TrengoPaginationException extends TrengoException {
  private static final long serialVersionUID = 1L;

  private final int page;

  /** Creates the exception for the page at which the walk stopped. */
  public TrengoPaginationException(int page, String message) {
    super(message);
    this.page = page;
  }

  /** The page number at which the walk stopped. */
  public int page() {
    return page;
  }
}
