package com.trengo.sandbox.internal.api;

/** A request the API refuses; thrown by handlers, turned into the response Trengo gives. */
public abstract class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message a description for logs and stack traces */
  protected ApiException(String message) {
    super(message);
  }

  /** The response that tells the client. */
  public abstract ApiResponse toResponse();
}
