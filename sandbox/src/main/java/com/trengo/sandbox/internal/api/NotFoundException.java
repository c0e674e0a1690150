package com.trengo.sandbox.internal.api;

/** An unknown id: 404 with Laravel's model-not-found message. */
public final class NotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param model the kind of thing, e.g. {@code Contact}
   * @param id the id asked for
   */
  public NotFoundException(String model, Object id) {
    super("No query results for model [" + model + "] " + id);
  }

  @Override
  public ApiResponse toResponse() {
    return ApiResponse.message(404, getMessage());
  }
}
