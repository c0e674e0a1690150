package com.trengo.client.error;

/** 401 Unauthorized: the token is missing, wrong or revoked. */
public final class UnauthorizedException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(ErrorResponse response) {
    super(response);
  }
}
