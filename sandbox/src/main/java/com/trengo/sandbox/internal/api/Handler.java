package com.trengo.sandbox.internal.api;

/** Serves one operation of the contract. */
@FunctionalInterface
public interface Handler {

  /**
   * Applies the request to the store and answers it.
   *
   * @throws ApiException for a request the API refuses (404, 422)
   */
  ApiResponse handle(ApiRequest request);
}
