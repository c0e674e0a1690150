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
  public static final class Builder extends NameOnlyBuilder<Builder, ProfileRequest> {
    private Builder() {
      super("ProfileRequest", name -> new ProfileRequest().name(name));
    }
  }
}
