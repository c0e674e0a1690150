package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.builder.UpdateTeam;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Channel;
import com.trengo.client.model.TeamList;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.client.builder.AssignTicket;
import com.trengo.client.model.CreateTeamRequest;
import com.trengo.client.model.ListUsers200Response;
import com.trengo.client.model.Team;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.User;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Teams and users through TrengoClient against the sandbox: the teams' list, get, create, update, delete; the agents. */
class TeamsAndUsersContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createTeam", "assignTicket"})
  void createsATeamThatTicketsCanThenBeAssignedTo(TrengoClient trengo) {
    Team team = trengo.teams().create(new CreateTeamRequest().name("Returns"));

    Ticket assigned = trengo.tickets().assign(90001, AssignTicket.toTeam(team.getId()).build());

    assertEquals("Returns", team.getName());
    assertTrue(team.getId() > 303, "a new id after the three seeded teams: " + team.getId());
    assertEquals(Ticket.StatusEnum.ASSIGNED, assigned.getStatus());
    assertEquals(team.getId(), assigned.getTeamId());
  }

  @Test
  @Covers("createTeam")
  void aTeamWithABlankNameIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.teams().create(new CreateTeamRequest().name("")));

    assertEquals(List.of("The name field is required."), rejected.errors().get("name"));
  }

  @Test
  @Covers("createTeam")
  @SuppressWarnings("deprecation") // what this test is about
  void theFirstVersionsCreateTeamStillWorks(TrengoClient trengo) {
    Team team = trengo.teamsAndUsers().createTeam(new CreateTeamRequest().name("Legacy"));

    assertEquals("Legacy", trengo.teams().get(team.getId()).getName());
  }

  @Test
  @Covers({"listTeams", "getTeam"})
  void listsTheSeededTeamsAndGetsOne(TrengoClient trengo) {
    TeamList page = trengo.teams().list(1);
    List<Team> all = trengo.teams().listAll().stream().toList();

    assertEquals(List.of("Support", "Sales", "Billing"), all.stream().map(Team::getName).toList());
    assertEquals(3, page.getMeta().getTotal());
    assertEquals("Sales", trengo.teams().get(302).getName());
    assertThrows(NotFoundException.class, () -> trengo.teams().get(999));
  }

  @Test
  @Covers({"updateTeam", "getTeam"})
  void setsATeamsNameChannelsAndAgentsAndKeepsThoseAnUpdateLeavesOut(TrengoClient trengo, TrengoSandbox sandbox) {
    Team updated = trengo.teams().update(301, UpdateTeam.builder().name("Support NL").channelId(101L).channelId(102L)
        .userId(203L).build());
    Team renamed = trengo.teams().updateAsync(301, UpdateTeam.builder().name("Support").build()).join();

    assertEquals(List.of(101L, 102L), updated.getChannels().stream().map(Channel::getId).toList());
    assertEquals(List.of("EMAIL", "WA_BUSINESS"), updated.getChannels().stream().map(Channel::getType).toList());
    assertEquals("Support", renamed.getName());
    assertEquals(List.of(101L, 102L), trengo.teams().get(301).getChannels().stream().map(Channel::getId).toList(),
        "channels the update leaves out stay");
    assertEquals("{\"name\":\"Support NL\",\"channel_ids\":[101,102],\"user_ids\":[203]}", sandbox.receivedRequests()
        .stream().filter(r -> r.is("PUT", "/teams/301")).findFirst().orElseThrow().body());
    UnprocessableEntityException unknown = assertThrows(UnprocessableEntityException.class,
        () -> trengo.teams().update(301, UpdateTeam.builder().name("x").userId(999L).build()));
    assertEquals(List.of("The selected user ids.0 is invalid."), unknown.errors().get("user_ids.0"));
  }

  @Test
  @Covers({"deleteTeam", "assignTicket", "getTicket", "getTeam"})
  void aDeletedTeamLeavesItsTickets(TrengoClient trengo) {
    Team team = trengo.teams().create(new CreateTeamRequest().name("Short-lived"));
    trengo.tickets().assign(90005, AssignTicket.toTeam(team.getId()).build());

    trengo.teams().delete(team.getId());

    assertThrows(NotFoundException.class, () -> trengo.teams().get(team.getId()));
    assertNull(trengo.tickets().get(90005).getTeamId());
  }

  @Test
  @Covers("listUsers")
  void listsTheEightAgentsOneOfThemAnAdmin(TrengoClient trengo) {
    ListUsers200Response page = trengo.teamsAndUsers().listUsers(1);

    List<User> walked = trengo.teamsAndUsers().listAllUsers().stream().toList();

    assertEquals(8, page.getData().size());
    assertEquals(8, page.getMeta().getTotal());
    assertEquals(1, page.getData().stream().filter(u -> Boolean.TRUE.equals(u.getIsAdmin())).count());
    assertTrue(page.getData().stream().allMatch(u -> u.getEmail().endsWith("@acme.example")));
    assertEquals(Set.copyOf(page.getData().stream().map(User::getId).toList()),
        Set.copyOf(walked.stream().map(User::getId).toList()));
  }
}
