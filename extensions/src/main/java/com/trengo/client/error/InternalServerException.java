package com.trengo.client.error;

/**
 * 5xx: the server failed. For a request that creates data, a 500, 502, 503 or 504 does not say whether
 * it was applied: the caller gets {@link TrengoOutcomeUnknownException}, with this as its cause.
 */
public final class InternalServerException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  InternalServerException(ErrorResponse response) {
    super(response);
  }
}
