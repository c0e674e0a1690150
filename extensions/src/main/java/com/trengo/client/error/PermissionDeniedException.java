package com.trengo.client.error;

/** 403 Forbidden: the token's user may not do this. */
public final class PermissionDeniedException extends TrengoServiceException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(ErrorResponse response) {
    super(response);
  }
}
