package com.trengo.client.builder;

import com.trengo.client.model.ProfileRequest;

/** The one body that creates and updates a profile, checked in one place for both builders. */
final class Profiles {
  private Profiles() {}

  // The contract sets no length limit on the name, so none is guessed at here.
  static ProfileRequest request(String name) {
    Checks checks = new Checks("ProfileRequest");
    checks.requiredText("name", name);
    checks.throwIfFailed();
    return new ProfileRequest().name(name);
  }
}
