package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.UnprocessableEntityException;
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

/** Teams and users through TrengoClient against the sandbox: create a team, list the agents. */
class TeamsAndUsersContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createTeam", "assignTicket"})
  void createsATeamThatTicketsCanThenBeAssignedTo(TrengoClient trengo) {
    Team team = trengo.teamsAndUsers().createTeam(new CreateTeamRequest().name("Returns"));

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
            () -> trengo.teamsAndUsers().createTeam(new CreateTeamRequest().name("")));

    assertEquals(List.of("The name field is required."), rejected.errors().get("name"));
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
