package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Channels, teams, users, custom fields, webhooks and WhatsApp templates. */
class AccountTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void listsOnlyTheVoiceChannels() throws IOException {
    List<JsonObject> channels = Pages.all(api, sandbox.sandbox(), "channels/voice");

    assertEquals(2, channels.size());
    assertTrue(channels.stream().allMatch(c -> c.get("type").getAsString().equals("VOIP")));
  }

  @Test
  void listsUsersInTheFullPaginationForm() throws IOException {
    JsonObject page = api.get("users").json();

    assertEquals(8, page.getAsJsonArray("data").size());
    assertEquals(8, page.getAsJsonObject("meta").get("total").getAsInt());
    assertEquals(1, page.getAsJsonObject("meta").get("last_page").getAsInt());
    assertTrue(page.getAsJsonObject("links").get("last").getAsString().endsWith("users?page=1"));
    JsonObject user = page.getAsJsonArray("data").get(0).getAsJsonObject();
    assertEquals(Set.of("id", "name", "full_name", "email", "is_admin", "authorization", "status"), user.keySet());
  }

  @Test
  void createsATeam() throws IOException {
    Reply created = api.post("teams", "{\"name\":\"Escalations\"}");

    assertEquals(201, created.status(), created.toString());
    assertEquals("Escalations", created.json().get("name").getAsString());
    assertEquals(304, created.json().get("id").getAsLong());
  }

  @Test
  void createsACustomFieldOfAnEntityAndRejectsAKindAsItsTypeWith422() throws IOException {
    Reply created = api.post("custom_fields", "{\"title\":\"Order number\",\"type\":\"TICKET\"}");
    Reply rejected = api.post("custom_fields", "{\"title\":\"Mood\",\"type\":\"TEXT\"}");

    assertEquals(201, created.status(), created.toString());
    assertEquals("TICKET", created.json().get("type").getAsString());
    assertEquals("TEXT", created.json().get("field_type").getAsString());
    assertEquals(422, rejected.status());
    assertEquals(
        "The selected type is invalid.",
        rejected.firstError("type"));
    sandbox.sandbox().clearViolations(); // TEXT is outside the contract's enum too
  }

  @Test
  void createsUpdatesAndDeletesAWebhook() throws IOException {
    Reply created =
        api.post("webhooks", "{\"url\":\"https://example.org/hook\",\"type\":\"INBOUND\",\"name\":\"Orders\"}");
    long id = created.json().get("id").getAsLong();
    Reply updated = api.put("webhooks/" + id, "{\"url\":\"https://example.org/hook2\",\"type\":\"TICKET_CLOSED\"}");
    Reply deleted = api.delete("webhooks/" + id);

    assertEquals(201, created.status(), created.toString());
    assertEquals("Orders", created.json().get("title").getAsString());
    assertEquals("INBOUND", created.json().get("type").getAsString());
    assertTrue(created.json().get("signing_secret").getAsString().matches("[A-Za-z0-9]{32}"), created.toString());
    assertEquals(200, updated.status(), updated.toString());
    assertEquals("https://example.org/hook2", updated.json().get("url").getAsString());
    assertEquals("TICKET_CLOSED", updated.json().get("type").getAsString());
    assertEquals("Orders", updated.json().get("title").getAsString(), "a name left out is kept");
    assertEquals(created.json().get("signing_secret"), updated.json().get("signing_secret"), "the secret stays");
    assertEquals(204, deleted.status());
    assertEquals(404, api.delete("webhooks/" + id).status());
    assertEquals(404, api.put("webhooks/" + id, "{\"url\":\"https://example.org/x\",\"type\":\"INBOUND\"}").status());
  }

  @Test
  void rejectsAWebhookWithoutAUsableUrlWith422() throws IOException {
    Reply rejected = api.post("webhooks", "{\"url\":\"ftp://example.org/hook\",\"type\":\"INBOUND\"}");
    Reply untyped = api.post("webhooks", "{\"url\":\"https://example.org/hook\"}");

    assertEquals(422, rejected.status());
    assertEquals(
        "The url must be a valid URL.",
        rejected.firstError("url"));
    assertEquals(422, untyped.status());
    assertEquals(
        "The type field is required.",
        untyped.firstError("type"));
    sandbox.sandbox().clearViolations(); // the contract requires type too
  }

  @Test
  void sendsAWhatsAppTemplateWithItsParamsFilledIn() throws IOException {
    Reply sent =
        api.post(
            "wa_sessions",
            "{\"recipient_phone_number\":\"+31612345678\",\"hsm_id\":701,"
                + "\"params\":[{\"type\":\"text\",\"key\":\"1\",\"value\":\"Ada\"},"
                + "{\"type\":\"text\",\"key\":\"2\",\"value\":\"#1042\"}]}");

    assertEquals(201, sent.status(), sent.toString());
    JsonObject message = sent.json().getAsJsonObject("message");
    assertEquals("Hi Ada, your order #1042 has shipped.", message.get("message").getAsString());
    assertEquals(102, message.getAsJsonObject("ticket").get("channel_id").getAsLong(), "on the WhatsApp channel");
    assertTrue(message.get("id").getAsLong() > (1L << 31));
    long ticketId = message.get("ticket_id").getAsLong();
    List<JsonObject> thread = Pages.all(api, sandbox.sandbox(), "tickets/" + ticketId + "/messages");
    assertEquals(message.get("id").getAsLong(), thread.get(thread.size() - 1).get("id").getAsLong());
  }

  @Test
  void sendsAWhatsAppTemplateIntoATicket() throws IOException {
    long ticketId = Pages.all(api, sandbox.sandbox(), "tickets?channels[]=102").get(0).get("id").getAsLong();

    Reply sent = api.post("wa_sessions",
        "{\"ticket_id\":" + ticketId + ",\"hsm_id\":703,\"params\":[{\"type\":\"text\",\"key\":\"1\",\"value\":\"Ada\"}]}");

    assertEquals(201, sent.status(), sent.toString());
    assertEquals(ticketId, sent.json().getAsJsonObject("message").get("ticket_id").getAsLong());
    assertEquals("Welcome to Acme, Ada!", sent.json().getAsJsonObject("message").get("message").getAsString());
  }

  @Test
  void rejectsAWhatsAppTemplateIntoANonWhatsAppTicketOrWithAnUnknownTemplateWith422() throws IOException {
    long emailTicket = Pages.all(api, sandbox.sandbox(), "tickets?channels[]=101").get(0).get("id").getAsLong();

    Reply rejected = api.post("wa_sessions", "{\"ticket_id\":" + emailTicket + ",\"hsm_id\":799}");
    Reply nowhere = api.post("wa_sessions", "{\"recipient_phone_number\":null,\"ticket_id\":null,\"hsm_id\":701}");

    assertEquals(422, rejected.status());
    JsonObject errors = rejected.json().getAsJsonObject("errors");
    assertEquals("The selected ticket id is invalid.", errors.getAsJsonArray("ticket_id").get(0).getAsString());
    assertEquals("The selected hsm id is invalid.", errors.getAsJsonArray("hsm_id").get(0).getAsString());
    assertEquals(422, nowhere.status());
    assertEquals("The recipient phone number field is required when ticket id is not present.",
        nowhere.firstError("recipient_phone_number"));
    assertEquals(List.of("validation.request.body.schema.anyOf"),
        sandbox.sandbox().violations().stream().map(SpecViolation::key).toList(), "neither is set: outside the contract");
    sandbox.sandbox().clearViolations();
  }

  @Test
  void theSeedsWhatsAppPathIsNotARoute() throws IOException {
    Reply old = api.post("whatsapp/messages", "{\"recipient_phone_number\":\"+31612345678\",\"hsm_id\":701,\"channel_id\":102}");

    assertEquals(404, old.status());
    sandbox.sandbox().clearViolations(); // not an operation of the contract
  }

  @Test
  void answersUnknownRoutesWith404AndOtherMethodsWith405() throws IOException {
    Reply unknown = api.get("nothing-here");
    Reply wrongMethod = api.delete("tickets");

    assertEquals(404, unknown.status());
    assertEquals(405, wrongMethod.status());
    assertTrue(wrongMethod.json().get("message").getAsString().contains("Supported methods: GET, POST."));
    assertEquals(2, sandbox.sandbox().violations().size(), "neither is an operation of the contract");
    sandbox.sandbox().clearViolations();
  }
}
