package com.trengo.client;

import com.trengo.client.api.TeamsAndUsersApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.CreateTeamRequest;
import com.trengo.client.model.Team;
import com.trengo.client.model.TeamList;
import com.trengo.client.model.UpdateTeamRequest;

/**
 * Teams of agents: list (each team with its channels), get, create ({@link
 * com.trengo.client.builder.CreateTeam}), update its name, channels and agents ({@link
 * com.trengo.client.builder.UpdateTeam}), delete. A team's id is what {@code tickets().assign(..)} takes
 * for a team. Get one from {@link TrengoClient#teams()}.
 */
public final class TeamsService extends CrudService<Team, TeamList, CreateTeamRequest, UpdateTeamRequest> {

  TeamsService(CallExecutor executor, TeamsAndUsersApi api) {
    super(
        executor,
        Listing.of(api::listTeams, TeamList::getData, TeamList::getMeta, TeamList::getLinks, Team::getId),
        api::getTeam,
        api::createTeam,
        api::updateTeam,
        api::deleteTeam);
  }
}
