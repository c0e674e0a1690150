package com.trengo.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.trengo.sandbox.WebhookDelivery.Status;
import com.trengo.sandbox.internal.webhook.DeliverySignature;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The webhooks API calls cause: who gets them, what they carry, how they are signed. */
class WebhookDeliveriesTest {
  private static final Instant NOW = Instant.parse("2025-04-24T17:16:53Z");
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)));

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void postsAClosedTicketToItsWebhookFormEncodedAndSignedWithItsSecret() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      JsonObject webhook = register("TICKET_CLOSED", receiver.url("/hooks/closed"));
      long ticket = openTicket();

      assertEquals(200, api.post("tickets/" + ticket + "/close", "{}").status());

      Receiver.Received post = receiver.next();
      String body = "type=TICKET_CLOSED&ticket_id=" + ticket + "&event_type=TICKET_CLOSED";
      assertEquals("/hooks/closed", post.path());
      assertEquals(body, post.body());
      assertEquals("application/x-www-form-urlencoded", post.header("Content-Type"));
      assertEquals("Http/Trengo", post.header("User-Agent"));
      assertEquals(DeliverySignature.header(webhook.get("signing_secret").getAsString(), NOW.getEpochSecond(),
          body.getBytes(UTF_8)), post.header("Trengo-Signature"));
      WebhookDelivery delivery = sandbox.webhooks().awaitDelivery("TICKET_CLOSED", WAIT);
      assertEquals(Status.DELIVERED, delivery.status());
      assertEquals(webhook.get("id").getAsLong(), delivery.webhookId());
      assertEquals(List.of(new WebhookDelivery.Attempt(1, NOW, 200, "HTTP 200")), delivery.attempts());
      assertEquals(body, delivery.body());
    }
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        Arguments.of("sendMessage", "OUTBOUND", "tickets/{t}/messages", "{\"message\":\"Your order shipped\"}",
            List.of("type", "message_id", "ticket_id", "message", "user_id", "user_name", "user_email", "contact_id",
                "contact_name", "contact_email", "contact_identifier", "channel_id", "event_type")),
        Arguments.of("sendMessage as a note", "NOTE", "tickets/{t}/messages",
            "{\"message\":\"Call back tomorrow\",\"internal_note\":true}",
            List.of("type", "message_id", "ticket_id", "message", "user_id", "user_name", "user_email", "event_type")),
        Arguments.of("createTicket", "TICKET_CREATED", "tickets", "{\"channel_id\":101,\"contact_id\":5001}",
            List.of("type", "ticket_id", "event_type")),
        Arguments.of("assignTicket to a user", "TICKET_ASSIGNED", "tickets/{t}/assign", "{\"type\":\"user\",\"user_id\":202}",
            List.of("type", "ticket_id", "user_id", "user_name", "user_email", "assigned_to", "event_type")),
        Arguments.of("attachLabelToTicket", "TICKET_LABEL_ADDED", "tickets/{t}/labels", "{\"label_id\":{l}}",
            List.of("type", "ticket_id", "label_id", "label_name", "event_type")),
        Arguments.of("sendWhatsAppTemplate to a new number", "TICKET_CREATED", "wa_sessions",
            "{\"recipient_phone_number\":\"+31612345678\",\"hsm_id\":701}", List.of("type", "ticket_id", "event_type")),
        Arguments.of("sendWhatsAppTemplate", "OUTBOUND", "wa_sessions",
            "{\"recipient_phone_number\":\"+31612345678\",\"hsm_id\":701}",
            List.of("type", "message_id", "ticket_id", "message", "user_id", "user_name", "user_email", "contact_id",
                "contact_name", "contact_identifier", "channel_id", "event_type")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("operations")
  void anOperationSendsItsEventWithTheFieldsTrengoListsForIt(
      String operation, String type, String path, String json, List<String> fields) throws Exception {
    try (Receiver receiver = Receiver.start()) {
      register(type, receiver.url("/"));
      long ticket = unassignedTicket();
      long label = firstLabelNotOn(ticket);

      Reply reply = api.post(path.replace("{t}", Long.toString(ticket)), json.replace("{l}", Long.toString(label)));

      assertTrue(reply.status() < 300, reply.toString());
      WebhookDelivery delivery = sandbox.webhooks().awaitDelivery(type, WAIT);
      assertEquals(Status.DELIVERED, delivery.status(), delivery.toString());
      assertInDocumentedOrder(fields, List.copyOf(delivery.payload().keySet()));
      assertEquals(type, delivery.payload().get("type"));
      assertEquals(type, delivery.payload().get("event_type"));
      assertTrue(delivery.payload().values().stream().noneMatch(String::isEmpty), delivery.payload().toString());
      assertEquals(delivery.body(), receiver.next().body());
    }
  }

  @Test
  void anOutboundMessageCarriesTheMessageTheAgentAndTheContact() throws Exception {
    register("OUTBOUND", "http://127.0.0.1:9/");
    long ticket = unassignedTicket();

    JsonObject sent = api.post("tickets/" + ticket + "/messages", "{\"message\":\"Your order shipped\"}").json()
        .getAsJsonObject("message");

    Map<String, String> payload = sandbox.webhooks().deliveries().get(0).payload();
    assertEquals(sent.get("id").getAsString(), payload.get("message_id"));
    assertEquals(Long.toString(ticket), payload.get("ticket_id"));
    assertEquals("Your order shipped", payload.get("message"));
    assertEquals("201", payload.get("user_id"), "the token's owner, the account's first agent");
  }

  @Test
  void anAssignmentToATeamSaysSoAndNamesTheTeam() throws Exception {
    long ticket = unassignedTicket();
    register("TICKET_ASSIGNED", "http://127.0.0.1:9/");

    api.post("tickets/" + ticket + "/assign", "{\"type\":\"team\",\"team_id\":302}");

    Map<String, String> payload = sandbox.webhooks().deliveries().get(0).payload();
    assertEquals("TEAM", payload.get("assigned_to"));
    assertEquals("302", payload.get("team_id"));
    assertEquals("Sales", payload.get("team_name"));
    assertFalse(payload.containsKey("user_id"), "an unassigned ticket given to a team has no agent: " + payload);
  }

  @Test
  void aDelegatedNewTicketIsCreatedThenAssigned() throws Exception {
    register("TICKET_CREATED", "http://127.0.0.1:9/created");
    register("TICKET_ASSIGNED", "http://127.0.0.1:9/assigned");

    long ticket = api.post("tickets", "{\"channel_id\":101,\"contact_id\":5001,\"delegate_to_user_id\":203}")
        .json().get("id").getAsLong();

    List<WebhookDelivery> deliveries = sandbox.webhooks().deliveries();
    assertEquals(List.of("TICKET_CREATED", "TICKET_ASSIGNED"), deliveries.stream().map(WebhookDelivery::eventType).toList());
    assertEquals(List.of(Long.toString(ticket), Long.toString(ticket)),
        deliveries.stream().map(d -> d.payload().get("ticket_id")).toList());
    assertEquals("USER", deliveries.get(1).payload().get("assigned_to"));
  }

  @Test
  void everyWebhookOfTheTypeGetsItSignedWithItsOwnSecretAndNoOtherWebhookDoes() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      Map<String, String> secretByPath = Map.of(
          "/first", register("TICKET_CLOSED", receiver.url("/first")).get("signing_secret").getAsString(),
          "/second", register("TICKET_CLOSED", receiver.url("/second")).get("signing_secret").getAsString());
      register("TICKET_ASSIGNED", receiver.url("/assigned"));

      api.post("tickets/" + openTicket() + "/close", "{}");

      for (int i = 0; i < 2; i++) {
        Receiver.Received post = receiver.next();
        assertEquals(DeliverySignature.header(secretByPath.get(post.path()), NOW.getEpochSecond(),
            post.body().getBytes(UTF_8)), post.header("Trengo-Signature"), post.path());
      }
      assertEquals(List.of("TICKET_CLOSED", "TICKET_CLOSED"),
          sandbox.webhooks().deliveries().stream().map(WebhookDelivery::eventType).toList());
      assertFalse(secretByPath.get("/first").equals(secretByPath.get("/second")));
    }
  }

  @Test
  void sendsNothingForAChangeThatDidNotHappenOrThatNoWebhookIsRegisteredFor() throws Exception {
    register("TICKET_LABEL_ADDED", "http://127.0.0.1:9/");
    register("TICKET_CLOSED", "http://127.0.0.1:9/");
    long ticket = unassignedTicket();
    long label = firstLabelNotOn(ticket);
    api.post("tickets/" + ticket + "/labels", "{\"label_id\":" + label + "}");
    api.post("tickets/" + ticket + "/close", "{}");

    api.post("tickets/" + ticket + "/labels", "{\"label_id\":" + label + "}"); // already on it
    api.post("tickets/" + ticket + "/close", "{}"); // already closed
    api.post("tickets/" + ticket + "/messages", "{\"message\":\"hi\"}"); // no OUTBOUND webhook
    api.post("tickets/" + ticket + "/assign", "{\"type\":\"user\",\"user_id\":999}"); // refused with 422

    assertEquals(List.of("TICKET_LABEL_ADDED", "TICKET_CLOSED"),
        sandbox.webhooks().deliveries().stream().map(WebhookDelivery::eventType).toList());
  }

  @Test
  void neverPostsToAReceiverOffThisMachineUnlessAllowed() throws Exception {
    register("TICKET_CLOSED", "https://example.com/hooks/trengo");

    api.post("tickets/" + openTicket() + "/close", "{}");

    WebhookDelivery delivery = sandbox.webhooks().deliveries().get(0);
    assertEquals(Status.NOT_SENT, delivery.status());
    assertEquals(List.of(), delivery.attempts());
    assertTrue(delivery.lastError().orElseThrow().contains("deliverWebhooksToAnyHost(true)"));
  }

  @Test
  void aResetForgetsTheDeliveries() throws Exception {
    register("TICKET_CLOSED", "https://example.com/hooks/trengo");
    api.post("tickets/" + openTicket() + "/close", "{}");

    sandbox.sandbox().reset();

    assertEquals(List.of(), sandbox.webhooks().deliveries());
  }

  @Test
  void waitingForADeliveryThatNeverComesFailsWithWhatThereIs() {
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> sandbox.webhooks().awaitDelivery("TICKET_CLOSED", Duration.ofMillis(1)));

    assertEquals("no a settled TICKET_CLOSED delivery within 1 ms; there are no deliveries (is a webhook"
        + " registered for the event?)", e.getMessage());
  }

  /**
   * Every field is one of Trengo's list for the type, in its order, and the ids are there; the others
   * depend on the demo data (a WhatsApp contact may have no e-mail address), and are left out then.
   */
  private static void assertInDocumentedOrder(List<String> documented, List<String> actual) {
    assertEquals(actual, documented.stream().filter(actual::contains).toList(), "order, or a field not listed");
    for (String id : List.of("type", "ticket_id", "message_id", "label_id", "user_id", "event_type")) {
      assertEquals(documented.contains(id), actual.contains(id), id + " in " + actual);
    }
  }

  private JsonObject register(String type, String url) throws IOException {
    Reply reply = api.post("webhooks", "{\"url\":\"" + url + "\",\"type\":\"" + type + "\"}");
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  private long openTicket() throws IOException {
    return api.get("tickets?status=OPEN").data().get(0).getAsJsonObject().get("id").getAsLong();
  }

  private long unassignedTicket() throws IOException {
    return openTicket();
  }

  private long firstLabelNotOn(long ticket) throws IOException {
    JsonObject found = null;
    for (var t : api.get("tickets?status=OPEN").data()) {
      if (t.getAsJsonObject().get("id").getAsLong() == ticket) {
        found = t.getAsJsonObject();
      }
    }
    List<Long> on = found == null || !found.has("labels") ? List.of()
        : found.getAsJsonArray("labels").asList().stream().map(l -> l.getAsJsonObject().get("id").getAsLong()).toList();
    return Stream.of(401L, 402L, 403L, 404L, 405L).filter(l -> !on.contains(l)).findFirst().orElseThrow();
  }
}
