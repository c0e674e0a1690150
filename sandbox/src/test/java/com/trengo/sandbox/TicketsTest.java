package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketsTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void listsTicketsInTheShortPaginationFormNewestActivityFirst() throws IOException {
    JsonObject page = api.get("tickets").json();

    assertEquals(25, page.getAsJsonArray("data").size());
    assertEquals(Set.of("current_page", "from", "path", "per_page", "to"), page.getAsJsonObject("meta").keySet());
    assertTrue(page.getAsJsonObject("links").get("last").isJsonNull());
    List<JsonObject> all = Pages.all(api, sandbox.sandbox(), "tickets");
    assertEquals(30, all.size());
    List<String> updated = all.stream().map(t -> t.get("updated_at").getAsString()).toList();
    assertEquals(updated.stream().sorted(Comparator.reverseOrder()).toList(), updated);
  }

  @Test
  void ticketsEmbedTheirContactChannelAndAssignee() throws IOException {
    List<JsonObject> all = Pages.all(api, sandbox.sandbox(), "tickets");

    assertTrue(all.stream().allMatch(t -> t.has("contact") && t.has("channel")));
    assertTrue(all.stream().anyMatch(t -> t.has("assignee")));
    assertTrue(all.stream().filter(t -> t.get("status").getAsString().equals("OPEN")).noneMatch(t -> t.has("assignee")));
  }

  @Test
  void filtersTicketsByStatus() throws IOException {
    List<JsonObject> all = Pages.all(api, sandbox.sandbox(), "tickets");
    List<JsonObject> closed = Pages.all(api, sandbox.sandbox(), "tickets?status=CLOSED");

    assertFalse(closed.isEmpty());
    assertTrue(closed.stream().allMatch(t -> t.get("status").getAsString().equals("CLOSED")));
    assertEquals(all.stream().filter(t -> t.get("status").getAsString().equals("CLOSED")).count(), closed.size());
  }

  @Test
  void filtersTicketsByContact() throws IOException {
    JsonObject first = api.get("tickets").data().get(0).getAsJsonObject();
    long contactId = first.getAsJsonObject("contact").get("id").getAsLong();

    List<JsonObject> tickets = Pages.all(api, sandbox.sandbox(), "tickets?contact_id=" + contactId);

    assertTrue(Pages.ids(tickets).contains(first.get("id").getAsLong()));
    assertTrue(tickets.stream().allMatch(t -> t.getAsJsonObject("contact").get("id").getAsLong() == contactId));
  }

  @Test
  void filtersTicketsByRepeatedUsersAndChannelsParameters() throws IOException {
    List<JsonObject> all = Pages.all(api, sandbox.sandbox(), "tickets");
    List<Long> assignees =
        all.stream().filter(t -> t.has("assignee")).map(t -> t.getAsJsonObject("assignee").get("id").getAsLong())
            .distinct().limit(2).toList();

    List<JsonObject> byUsers =
        Pages.all(api, sandbox.sandbox(), "tickets?users[]=" + assignees.get(0) + "&users[]=" + assignees.get(1));
    List<JsonObject> byChannel = Pages.all(api, sandbox.sandbox(), "tickets?channels[]=102");

    long expected =
        all.stream().filter(t -> t.has("assignee")
            && assignees.contains(t.getAsJsonObject("assignee").get("id").getAsLong())).count();
    assertEquals(expected, byUsers.size());
    assertTrue(byUsers.size() > 1);
    assertFalse(byChannel.isEmpty());
    assertTrue(byChannel.stream().allMatch(t -> t.getAsJsonObject("channel").get("id").getAsLong() == 102));
  }

  @Test
  void filtersTicketsByAnAttachedLabel() throws IOException {
    long labelled = createTicket("label-me@example.org");
    long unlabelled = createTicket("leave-me@example.org");

    Reply attached = api.post("tickets/" + labelled + "/labels", "{\"label_id\":405}");

    assertEquals(200, attached.status(), attached.toString());
    assertEquals(405, attached.json().get("id").getAsLong(), "answers the label, as Trengo does");
    assertEquals("Urgent", attached.json().get("name").getAsString());
    List<Long> ids = Pages.ids(Pages.all(api, sandbox.sandbox(), "tickets?labels[]=405"));
    assertTrue(ids.contains(labelled));
    assertFalse(ids.contains(unlabelled));
  }

  @Test
  void createsAnOpenTicketWithAContactNamedByItsId() throws IOException {
    Reply created = api.post("tickets", "{\"channel_id\":101,\"contact_id\":5002,\"subject\":\"Hello\"}");

    assertEquals(201, created.status(), created.toString());
    JsonObject ticket = created.json();
    assertEquals("OPEN", ticket.get("status").getAsString());
    assertEquals("Hello", ticket.get("subject").getAsString());
    assertEquals(5002, ticket.get("contact_id").getAsLong());
    assertEquals(5002, ticket.getAsJsonObject("contact").get("id").getAsLong());
    assertEquals(101, ticket.get("channel_id").getAsLong());
    assertEquals(ticket.get("created_at").getAsString(), ticket.get("latest_message").getAsString(),
        "createTicket answers latest_message as a date, as Trengo does");
    assertEquals(ticket.get("id").getAsLong(), api.get("tickets").data().get(0).getAsJsonObject().get("id").getAsLong());
  }

  @Test
  void rejectsATicketOnAnUnknownChannelOrForAnUnknownContactWith422() throws IOException {
    Reply rejected = api.post("tickets", "{\"channel_id\":999,\"contact_id\":1}");

    assertEquals(422, rejected.status());
    JsonObject errors = rejected.json().getAsJsonObject("errors");
    assertEquals("The selected channel id is invalid.", errors.getAsJsonArray("channel_id").get(0).getAsString());
    assertEquals("The selected contact id is invalid.", errors.getAsJsonArray("contact_id").get(0).getAsString());
  }

  @Test
  void theSeedsContactIdentifierIsAnswered422LikeAnyBodyWithoutAContactId() throws IOException {
    Reply rejected = api.post("tickets", "{\"channel_id\":101,\"contact_identifier\":\"x@example.org\"}");

    assertEquals(422, rejected.status());
    assertEquals(
        "The contact id field is required.",
        rejected.firstError("contact_id"));
    assertEquals(List.of("validation.request.body.schema.additionalProperties", "validation.request.body.schema.required"),
        sandbox.sandbox().violations().stream().map(SpecViolation::key).toList());
    sandbox.sandbox().clearViolations();
  }

  @Test
  void assignsATicketToAUser() throws IOException {
    long id = createTicket("assign-me@example.org");

    Reply assigned = api.post("tickets/" + id + "/assign", "{\"type\":\"user\",\"user_id\":203}");

    assertEquals(200, assigned.status(), assigned.toString());
    assertEquals("ASSIGNED", assigned.json().get("status").getAsString());
    assertEquals(203, assigned.json().getAsJsonObject("assignee").get("id").getAsLong());
    assertEquals(203, assigned.json().get("user_id").getAsLong());
    assertFalse(assigned.json().get("assigned_at").isJsonNull());
    assertTrue(Pages.ids(Pages.all(api, sandbox.sandbox(), "tickets?users[]=203")).contains(id));
  }

  @Test
  void assignsATicketToATeam() throws IOException {
    long id = createTicket("assign-me@example.org");

    Reply assigned = api.post("tickets/" + id + "/assign", "{\"type\":\"team\",\"team_id\":302}");

    assertEquals(200, assigned.status(), assigned.toString());
    assertEquals("ASSIGNED", assigned.json().get("status").getAsString());
    assertEquals(302, assigned.json().get("team_id").getAsLong());
    assertTrue(assigned.json().get("user_id").isJsonNull());
  }

  @Test
  void aPatchOnTheAssignOrCloseRouteIs405AsTrengoAnswersIt() throws IOException {
    long id = createTicket("patch-me@example.org");

    Reply assign = api.patch("tickets/" + id + "/assign", "{\"user_id\":203}");
    Reply close = api.patch("tickets/" + id + "/close", "");

    assertEquals(405, assign.status());
    assertEquals("The PATCH method is not supported for route api/v2/tickets/" + id + "/assign. Supported methods: POST.",
        assign.json().get("message").getAsString());
    assertEquals(405, close.status());
    assertEquals("OPEN", api.get("tickets?status=OPEN").data().get(0).getAsJsonObject().get("status").getAsString());
    assertEquals(2, sandbox.sandbox().violations().stream()
        .filter(v -> v.key().equals("validation.request.operation.notAllowed")).count(), sandbox.sandbox().violations().toString());
    sandbox.sandbox().clearViolations();
  }

  @Test
  void rejectsAnAssignmentToAnUnknownUserOrToNobodyWith422() throws IOException {
    long id = createTicket("assign-me@example.org");

    Reply unknown = api.post("tickets/" + id + "/assign", "{\"type\":\"user\",\"user_id\":999}");
    Reply nobody = api.post("tickets/" + id + "/assign", "{\"type\":\"user\",\"user_id\":null,\"team_id\":302}");

    assertEquals(422, unknown.status());
    assertEquals(
        "The selected user id is invalid.",
        unknown.firstError("user_id"));
    assertEquals(422, nobody.status());
    assertEquals(
        "The user id field is required when type is user.",
        nobody.firstError("user_id"));
    // The second body breaks the contract's oneOf (type user without a user_id): reported, then cleared.
    assertEquals(List.of("validation.request.body.schema.oneOf"),
        sandbox.sandbox().violations().stream().map(SpecViolation::key).toList());
    sandbox.sandbox().clearViolations();
  }

  @Test
  void closesATicket() throws IOException {
    long id = createTicket("close-me@example.org");

    Reply closed = api.post("tickets/" + id + "/close", "");

    assertEquals(200, closed.status(), closed.toString());
    assertEquals("CLOSED", closed.json().get("status").getAsString());
    assertFalse(closed.json().get("closed_at").isJsonNull());
    assertTrue(Pages.ids(Pages.all(api, sandbox.sandbox(), "tickets?status=CLOSED")).contains(id));
  }

  @Test
  void closesATicketWithATicketResultAndRejectsAnUnknownOne() throws IOException {
    long id = createTicket("close-me@example.org");

    Reply unknown = api.post("tickets/" + id + "/close", "{\"ticket_result_id\":999}");
    Reply closed = api.post("tickets/" + id + "/close", "{\"ticket_result_id\":1001}");

    assertEquals(422, unknown.status());
    assertEquals(
        "The selected ticket result id is invalid.",
        unknown.firstError("ticket_result_id"));
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("CLOSED", closed.json().get("status").getAsString());
  }

  @Test
  void answers404ForAnUnknownTicket() throws IOException {
    assertEquals(404, api.post("tickets/12345/close", "").status());
    assertEquals(404, api.post("tickets/12345/assign", "{\"type\":\"user\",\"user_id\":201}").status());
    assertEquals(404, api.post("tickets/12345/labels", "{\"label_id\":401}").status());
  }

  @Test
  void rejectsAnUnknownLabelWith422() throws IOException {
    Reply rejected = api.post("tickets/90001/labels", "{\"label_id\":999}");

    assertEquals(422, rejected.status());
    assertEquals(
        "The selected label id is invalid.",
        rejected.firstError("label_id"));
  }

  /** A new open ticket on the email channel, with a new contact made for {@code identifier}. */
  private long createTicket(String identifier) throws IOException {
    Reply contact = api.post("channels/101/contacts", "{\"identifier\":\"" + identifier + "\"}");
    assertEquals(201, contact.status(), contact.toString());
    long contactId = contact.json().get("id").getAsLong();
    Reply created = api.post("tickets", "{\"channel_id\":101,\"contact_id\":" + contactId + "}");
    assertEquals(201, created.status(), created.toString());
    return created.json().get("id").getAsLong();
  }
}
