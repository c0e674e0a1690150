package com.trengo.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketsCommandTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @Test
  void listsEveryTicketAsATable() {
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "list");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("ID "), run::toString);
    assertTrue(run.out().contains("30 tickets"), run::toString);
  }

  @Test
  void filtersByStatus() {
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "list", "--status", "closed", "--format", "csv");

    assertEquals(0, run.exitCode(), run::toString);
    List<String> rows = run.out().lines().skip(1).toList();
    assertTrue(!rows.isEmpty() && rows.size() < 30, run::toString);
    assertTrue(rows.stream().allMatch(r -> r.split(",")[1].equals("CLOSED")), run::toString);
    assertTrue(sandbox.sandbox().receivedRequests().get(0).url().contains("status=CLOSED"));
  }

  /**
   * A page as real Trengo lists tickets (tickets-list.json in the client's real fixtures), with the
   * contact's name null as contacts made by an inbound call have it: no assignee, the agent as
   * user_id, the channel's label in title with name null, dates without a zone.
   */
  private static final String REAL_PAGE = """
      {"data":[{"id":245404208,"status":"ASSIGNED","subject":null,"closed_at":null,
        "created_at":"2021-12-06 12:09:14","updated_at":"2021-12-06 12:09:45","user_id":3610,"team_id":null,
        "assigned_at":"2021-12-06 12:09:26","contact_id":163968078,
        "contact":{"id":163968078,"name":null,"full_name":"441134678552","email":null,"is_phone":true,
          "phone":"441134678552","identifier":"+44 113 467 8552","custom_field_data":null,"profile":[]},
        "channel":{"id":650578,"name":null,"title":"Voip","phone":null,"type":"VOIP"},
        "latest_message":{"id":1074356288,"type":"INBOUND","message":"Inbound call",
          "created_at":"2021-12-06 12:09:45","attachments":[]},
        "labels":[],"custom_data":null,"messages_count":1}],
       "links":{"first":"https://app.trengo.com/api/v2/tickets?page=1","last":null,"prev":null,"next":null},
       "meta":{"current_page":1,"from":1,"path":"https://app.trengo.com/api/v2/tickets","per_page":25,"to":1}}
      """;

  @Test
  void printsTicketsAsRealTrengoSendsThem() {
    sandbox.sandbox().admin()
        .register(get(urlPathEqualTo("/api/v2/tickets")).atPriority(1).willReturn(okJson(REAL_PAGE)));

    CliRun table = CliRun.against(sandbox.sandbox(), "tickets", "list");
    CliRun csv = CliRun.against(sandbox.sandbox(), "tickets", "list", "--format", "csv");

    assertEquals(0, table.exitCode(), table::toString);
    assertTrue(table.out().contains("245404208"), table::toString);
    assertTrue(table.out().contains("+44 113 467 8552"), "a contact without a name shows its identifier: " + table);
    assertEquals(0, csv.exitCode(), csv::toString);
    // A cell starting with + is a formula to a spreadsheet: the CSV neutralises it with a leading '.
    assertEquals("245404208,ASSIGNED,,'+44 113 467 8552,Voip,user 3610,2021-12-06T12:09:45Z",
        csv.out().lines().skip(1).findFirst().orElseThrow(), csv::toString);
  }

  @Test
  void limitStopsTheWalk() {
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "list", "--limit", "3", "--format", "jsonl");

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(3, run.out().lines().count());
    assertEquals(1, sandbox.sandbox().receivedRequests().size());
  }
}
