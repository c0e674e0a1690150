package com.trengo.client.builder;

import com.trengo.client.model.UpdateTeamRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a validated {@link UpdateTeamRequest}, for {@code teams().update(..)}: the team's name, and,
 * when given, its channels and agents afterwards.
 *
 * <pre>{@code
 * trengo.teams().update(301, UpdateTeam.builder().name("Support NL").channelId(101L).userId(203L).build());
 * }</pre>
 */
public final class UpdateTeam {
  private UpdateTeam() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String name;
    private List<Long> channelIds;
    private List<Long> userIds;

    private Builder() {}

    /** The team's name. Required, not blank. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Appends a channel the team has afterwards. Without any, the team's channels stay as they are;
     * {@link #noChannels()} empties them. Each id positive.
     */
    public Builder channelId(Long channelId) {
      channelIds = append(channelIds, channelId);
      return this;
    }

    /** The team has no channels afterwards. */
    public Builder noChannels() {
      channelIds = new ArrayList<>();
      return this;
    }

    /**
     * Appends an agent the team has afterwards. Without any, the team's agents stay as they are; {@link
     * #noUsers()} empties them. Each id positive.
     */
    public Builder userId(Long userId) {
      userIds = append(userIds, userId);
      return this;
    }

    /** The team has no agents afterwards. */
    public Builder noUsers() {
      userIds = new ArrayList<>();
      return this;
    }

    /**
     * The request, with every field exactly as given; {@code channel_ids} and {@code user_ids} only when
     * set.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field; ids are
     *     named by position, e.g. {@code user_ids[1]}
     */
    public UpdateTeamRequest build() {
      Checks checks = new Checks("UpdateTeamRequest");
      checks.requiredText("name", name);
      checks.requiredIds("channel_ids", channelIds);
      checks.requiredIds("user_ids", userIds);
      checks.throwIfFailed();
      return new UpdateTeamRequest()
          .name(name)
          .channelIds(channelIds == null ? null : List.copyOf(channelIds))
          .userIds(userIds == null ? null : List.copyOf(userIds));
    }

    private static List<Long> append(List<Long> ids, Long id) {
      List<Long> appended = ids == null ? new ArrayList<>() : ids;
      appended.add(id);
      return appended;
    }
  }
}
