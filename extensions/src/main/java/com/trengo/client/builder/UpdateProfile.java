package com.trengo.client.builder;

import com.trengo.client.model.ProfileRequest;

/**
 * Builds a validated {@link ProfileRequest}, for {@code profiles().update(..)}: the same body and
 * rules as {@link CreateProfile}, named for what the call does.
 *
 * <pre>{@code
 * trengo.profiles().update(acme.getId(), UpdateProfile.builder().name("Acme Holding B.V.").build());
 * }</pre>
 */
public final class UpdateProfile {
  private UpdateProfile() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String name;

    private Builder() {}

    /** The profile's new name. Required, not blank: the API replaces the name, it cannot clear it. */
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
      return Profiles.request(name);
    }
  }
}
