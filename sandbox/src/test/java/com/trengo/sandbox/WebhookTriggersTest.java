package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.trengo.sandbox.WebhookDelivery.Status;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Triggering events on demand, in Java and over the admin API, as {@code trengo webhooks trigger} does. */
class WebhookTriggersTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String ALL_TYPES = "INBOUND, OUTBOUND, NOTE, TICKET_CREATED, TICKET_LABEL_ADDED,"
      + " TICKET_LABEL_DELETED, TICKET_ASSIGNED, TICKET_CLOSED, TICKET_REOPENED, TICKET_MERGED,"
      + " TICKET_MARKED_AS_SPAM, TICKET_UNMARKED_AS_SPAM, VOICE_CALL_STARTED, VOICE_CALL_ENDED,"
      + " VOICE_CALL_RECORDED, VOICE_CALL_MISSED, VOICE_CALL_ROUTE_NUMBER";

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());
  private final Webhooks webhooks = sandbox.sandbox().webhooks();

  @ParameterizedTest
  @ValueSource(strings = {"INBOUND", "OUTBOUND", "NOTE", "TICKET_CREATED", "TICKET_LABEL_ADDED", "TICKET_LABEL_DELETED",
      "TICKET_ASSIGNED", "TICKET_CLOSED", "TICKET_REOPENED", "TICKET_MERGED", "TICKET_MARKED_AS_SPAM",
      "TICKET_UNMARKED_AS_SPAM", "VOICE_CALL_STARTED", "VOICE_CALL_ENDED", "VOICE_CALL_RECORDED",
      "VOICE_CALL_MISSED", "VOICE_CALL_ROUTE_NUMBER"})
  void everyTypeCanBeTriggeredAndIsDeliveredToItsWebhook(String type) throws Exception {
    try (Receiver receiver = Receiver.start()) {
      register(type, receiver.url("/"));

      List<WebhookDelivery> started = webhooks.trigger(type);

      assertEquals(1, started.size());
      WebhookDelivery delivery = webhooks.awaitDelivery(type, WAIT);
      assertEquals(Status.DELIVERED, delivery.status());
      assertEquals(type, delivery.payload().get("event_type"));
      assertEquals(delivery.body(), receiver.next().body());
    }
  }

  @Test
  void anInboundMessageIsAddedToTheTicketItIsDeliveredFor() throws Exception {
    register("INBOUND", "http://127.0.0.1:9/");

    Map<String, String> payload = webhooks.trigger("INBOUND", Map.of("message", "Where is my parcel?")).get(0).payload();

    JsonArray messages = api.get("tickets/" + payload.get("ticket_id") + "/messages?page=" + lastPage(payload)).data();
    JsonObject last = messages.get(messages.size() - 1).getAsJsonObject();
    assertEquals(payload.get("message_id"), last.get("id").getAsString());
    assertEquals("Where is my parcel?", payload.get("message"));
    assertEquals("Where is my parcel?", last.get("message").getAsString());
    assertTrue(payload.containsKey("contact_id") && payload.containsKey("channel_id"), payload.toString());
  }

  @Test
  void anAssignmentIsAppliedAsTheApiWouldApplyIt() throws Exception {
    register("TICKET_ASSIGNED", "http://127.0.0.1:9/");

    Map<String, String> payload = webhooks.trigger("TICKET_ASSIGNED", Map.of("user_id", "204")).get(0).payload();

    assertEquals("204", payload.get("user_id"));
    assertEquals("USER", payload.get("assigned_to"));
    assertTrue(api.get("tickets?status=ASSIGNED&users[]=204").data().asList().stream()
        .anyMatch(t -> t.getAsJsonObject().get("id").getAsString().equals(payload.get("ticket_id"))));
  }

  @Test
  void aVoiceCallCarriesTheFieldsOfItsKindFromTheDemoDataAndTheFieldsGiven() throws Exception {
    register("VOICE_CALL_RECORDED", "http://127.0.0.1:9/");
    Map<String, String> given = new HashMap<>();
    given.put("from", "+31201234567");
    given.put("ticket_id", null);
    given.put("queue", "sales");

    Map<String, String> payload = webhooks.trigger("VOICE_CALL_RECORDED", given).get(0).payload();

    assertEquals(List.of("type", "channel_id", "contact_id", "direction", "from", "to", "user_id", "user_name",
        "user_email", "duration", "recording_url", "queue", "event_type"), List.copyOf(payload.keySet()));
    assertEquals("104", payload.get("channel_id"), "the first voice channel");
    assertEquals("+31201234567", payload.get("from"));
    assertEquals("INBOUND", payload.get("direction"));
  }

  @Test
  void refusesAnUnknownTypeAFieldItDoesNotTakeAndATicketThatIsNotThere() {
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> webhooks.trigger("CONTACT_CREATED"));
    IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
        () -> webhooks.trigger("TICKET_CLOSED", Map.of("user_id", "201")));
    IllegalArgumentException ticket = assertThrows(IllegalArgumentException.class,
        () -> webhooks.trigger("TICKET_CLOSED", Map.of("ticket_id", "12")));

    assertEquals("type CONTACT_CREATED is not a webhook event; one of [" + ALL_TYPES + "]", type.getMessage());
    assertEquals("TICKET_CLOSED takes ticket_id; not user_id", field.getMessage());
    assertEquals("ticket_id 12 does not exist in the sandbox", ticket.getMessage());
  }

  @Test
  void theAdminApiTriggersWaitsForTheDeliveryAndIsNoTrafficOfTheContract() throws Exception {
    try (Receiver receiver = Receiver.start()) {
      register("TICKET_CLOSED", receiver.url("/closed"));
      int before = sandbox.sandbox().receivedRequests().size();

      Reply reply = admin("trengo/webhooks/trigger", "{\"type\":\"TICKET_CLOSED\",\"wait_seconds\":10}");

      assertEquals(200, reply.status(), reply.toString());
      JsonObject answer = reply.json();
      JsonObject delivery = answer.getAsJsonArray("deliveries").get(0).getAsJsonObject();
      assertTrue(answer.get("action").getAsString().matches("POST /tickets/\\d+/close"), answer.toString());
      assertEquals("DELIVERED", delivery.get("status").getAsString());
      assertEquals(200, delivery.get("http_status").getAsInt());
      assertEquals(receiver.next().body().contains("event_type=TICKET_CLOSED"), true);
      assertEquals(before, sandbox.sandbox().receivedRequests().size(), "the admin call is not journaled");
      assertEquals(List.of(), sandbox.sandbox().violations());
      Reply listed = send(adminRequest("trengo/webhooks/deliveries").GET());
      assertEquals(1, listed.data().size());
    }
  }

  @Test
  void theAdminApiRefusesATypeItDoesNotKnowWithAMessage() throws Exception {
    Reply reply = admin("trengo/webhooks/trigger", "{\"type\":\"TICKET_DELETED\"}");
    Reply missing = admin("trengo/webhooks/trigger", "not json");

    assertEquals(400, reply.status());
    assertEquals("type TICKET_DELETED is not a webhook event; one of [" + ALL_TYPES + "]",
        reply.json().get("message").getAsString());
    assertEquals(400, missing.status());
    assertFalse(webhooks.deliveries().iterator().hasNext());
  }

  @Test
  void theTriggerAnswersOnlyTheTokenAndNeverAWebPage() throws Exception {
    register("TICKET_CLOSED", "http://127.0.0.1:9/");
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{\"type\":\"TICKET_CLOSED\"}");
    HttpRequest.Builder anonymous = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + sandbox.sandbox().port() + "/__admin/trengo/webhooks/trigger")).POST(body);

    Reply withoutToken = send(anonymous);
    Reply fromAPage = send(adminRequest("trengo/webhooks/trigger").header("Origin", "https://evil.example").POST(body));

    assertEquals(401, withoutToken.status());
    assertEquals(401, fromAPage.status());
    assertEquals(List.of(), webhooks.deliveries(), "nothing was triggered");
  }

  private Reply admin(String path, String json) throws IOException {
    return send(adminRequest(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder adminRequest(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.sandbox().port() + "/__admin/" + path))
        .header("Authorization", "Bearer " + sandbox.token());
  }

  private Reply send(HttpRequest.Builder request) throws IOException {
    return api.send(request);
  }

  private String lastPage(Map<String, String> payload) throws IOException {
    return api.get("tickets/" + payload.get("ticket_id") + "/messages").json()
        .getAsJsonObject("meta").get("last_page").getAsString();
  }

  private void register(String type, String url) throws IOException {
    Reply reply = api.post("webhooks", "{\"url\":\"" + url + "\",\"type\":\"" + type + "\"}");
    assertEquals(201, reply.status(), reply.toString());
  }
}
