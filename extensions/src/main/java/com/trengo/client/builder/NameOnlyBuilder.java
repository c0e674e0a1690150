package com.trengo.client.builder;

import java.util.function.Function;

/**
 * The one builder of the bodies that hold only a name (a profile's, a team's, a contact group's): the
 * name is required and not blank, and the body carries it exactly as given.
 *
 * @param <B> the public builder, returned by {@link #name(String)} for chaining
 * @param <R> the body it builds
 */
abstract class NameOnlyBuilder<B extends NameOnlyBuilder<B, R>, R> {
  private final String request;
  private final Function<String, R> body;
  private String name;

  NameOnlyBuilder(String request, Function<String, R> body) {
    this.request = request;
    this.body = body;
  }

  /** The name. Required, not blank (an update replaces it; it cannot clear it). */
  @SuppressWarnings("unchecked") // B is the subclass itself: each public builder extends NameOnlyBuilder<itself, R>
  public B name(String name) {
    this.name = name;
    return (B) this;
  }

  /**
   * The request, with the name exactly as given.
   *
   * @throws com.trengo.client.error.TrengoValidationException naming the name when it is missing or blank
   */
  public R build() {
    // The contract sets no length limit on a name, so none is guessed at here.
    Checks checks = new Checks(request);
    checks.requiredText("name", name);
    checks.throwIfFailed();
    return body.apply(name);
  }
}
