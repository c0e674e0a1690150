package com.trengo.client.error;

/** 400 Bad Request: the request was malformed. */
public final class BadRequestException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorResponse response) {
    super(response);
  }
}
