package com.trengo.client.error;

/** 5xx: the server failed. A 502 or 504 from a gateway on a request that creates data does not say whether it was applied; the library never resends such a request. */
public final class InternalServerException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  InternalServerException(ErrorResponse response) {
    super(response);
  }
}
