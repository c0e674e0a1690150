package com.trengo.client.builder;

import com.trengo.client.model.ProfileRequest;

/**
 * Builds a validated {@link ProfileRequest}, for {@code profiles().create(..)} and {@code
 * profiles().update(..)}: both take the same body.
 *
 * <pre>{@code
 * Profile acme = trengo.profiles().create(CreateProfile.builder().name("Acme B.V.").build());
 * trengo.profiles().update(acme.getId(), CreateProfile.builder().name("Acme Holding B.V.").build());
 * }</pre>
 */
public final class CreateProfile {
  private CreateProfile() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String name;

    private Builder() {}

    /**
     * The profile's name, usually the customer's company. Required, not blank (an update replaces the
     * name; it cannot clear it).
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public ProfileRequest build() {
      // The contract sets no length limit on the name, so none is guessed at here.
      Checks checks = new Checks("ProfileRequest");
      checks.requiredText("name", name);
      checks.throwIfFailed();
      return new ProfileRequest().name(name);
    }
  }
}
