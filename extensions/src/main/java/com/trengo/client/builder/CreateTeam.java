package com.trengo.client.builder;

import com.trengo.client.model.CreateTeamRequest;

/**
 * Builds a validated {@link CreateTeamRequest}, for {@code teams().create(..)}.
 *
 * <pre>{@code
 * trengo.teams().create(CreateTeam.builder().name("Support").build());
 * }</pre>
 */
public final class CreateTeam {
  private CreateTeam() {}

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
    public CreateTeamRequest build() {
      return new CreateTeamRequest().name(NameOnly.checked("CreateTeamRequest", name));
    }
  }
}
