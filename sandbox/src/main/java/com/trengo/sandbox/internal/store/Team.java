package com.trengo.sandbox.internal.store;

import java.util.List;

/** A team of agents: its channels and its agents (users), by id. */
public record Team(long id, String name, List<Long> channelIds, List<Long> userIds) {

  /** Copies the lists so a team cannot change under the store. */
  public Team {
    channelIds = List.copyOf(channelIds);
    userIds = List.copyOf(userIds);
  }
}
