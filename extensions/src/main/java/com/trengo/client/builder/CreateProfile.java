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

  /** Collects the name; {@link #build()} checks it. The setter accepts null: it means unset. */
  public static final class Builder {
    private String name;

    private Builder() {}

    /** The name. Required, not blank (an update replaces it; it cannot clear it). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The request, with the name exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException naming the name when it is missing or blank
     */
    public ProfileRequest build() {
      return new ProfileRequest().name(NameOnly.checked("ProfileRequest", name));
    }
  }
}
