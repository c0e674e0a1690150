package com.trengo.client;

import com.trengo.client.api.TeamsAndUsersApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.CreateTeamRequest;
import com.trengo.client.model.ListUsers200Response;
import com.trengo.client.model.Team;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import com.trengo.client.model.User;
import java.util.concurrent.CompletableFuture;

/**
 * Users (agents), and creating a team as the first version did. Get one from {@link
 * TrengoClient#teamsAndUsers()}; {@link TrengoClient#teams()} has the whole of teams.
 */
public final class TeamsAndUsersService {
  private final CallExecutor executor;
  private final TeamsAndUsersApi api;
  private final TeamsService teams;

  TeamsAndUsersService(CallExecutor executor, TeamsAndUsersApi api, TeamsService teams) {
    this.executor = executor;
    this.api = api;
    this.teams = teams;
  }

  /**
   * Creates a team. Never resent once it may have reached the server.
   *
   * @deprecated use {@link TeamsService#create}, beside the team's list, get, update and delete
   */
  @Deprecated
  public Team createTeam(CreateTeamRequest request) {
    return teams.create(request);
  }

  /**
   * Async form of {@link #createTeam(CreateTeamRequest)}.
   *
   * @deprecated use {@link TeamsService#createAsync}
   */
  @Deprecated
  public CompletableFuture<Team> createTeamAsync(CreateTeamRequest request) {
    return teams.createAsync(request);
  }

  /** One page of users. */
  public ListUsers200Response listUsers(int page) {
    return executor.execute(api.listUsers(page));
  }

  /** Async form of {@link #listUsers(int)}. */
  public CompletableFuture<ListUsers200Response> listUsersAsync(int page) {
    return executor.executeAsync(api.listUsers(page));
  }

  /** Every user (agent), fetched page by page as the walk reaches it. */
  public AutoPager<User> listAllUsers() {
    return AutoPager.of(
        page -> page(page, listUsers(page)),
        page -> Listing.pageOf(listUsersAsync(page), list -> page(page, list)),
        User::getId);
  }

  private static Page<User> page(int number, ListUsers200Response list) {
    return new Page<>(number, list.getData(), list.getMeta(), list.getLinks());
  }
}
