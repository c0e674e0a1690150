package com.trengo.client.builder;

/**
 * The one rule of the bodies that hold only a name (a profile's, a team's, a contact group's): the name
 * is required and not blank, and the body carries it exactly as given. The contract sets no length limit
 * on a name, so none is guessed at here.
 */
final class NameOnly {
  private NameOnly() {}

  /**
   * {@code name}, checked for the body called {@code request}.
   *
   * @throws com.trengo.client.error.TrengoValidationException naming the name when it is missing or blank
   */
  static String checked(String request, String name) {
    Checks checks = new Checks(request);
    checks.requiredText("name", name);
    checks.throwIfFailed();
    return name;
  }
}
