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

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String name;

    private Builder() {}

    /** The team's name. Required, not blank. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public CreateTeamRequest build() {
      Checks checks = new Checks("CreateTeamRequest");
      checks.requiredText("name", name);
      checks.throwIfFailed();
      return new CreateTeamRequest().name(name);
    }
  }
}
