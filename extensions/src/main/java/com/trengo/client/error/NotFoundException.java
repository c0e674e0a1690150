package com.trengo.client.error;

/** 404 Not Found: no such resource, or it is not visible to this token. */
public final class NotFoundException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorResponse response) {
    super(response);
  }
}
