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
  public static final class Builder extends NameOnlyBuilder<Builder, CreateTeamRequest> {
    private Builder() {
      super("CreateTeamRequest", name -> new CreateTeamRequest().name(name));
    }
  }
}
