package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The requests a client written against the real API sends, exactly as it sends them: the thirteen
 * that PyTrengo (Bixoto/PyTrengo trengo/__init__.py, 5ffe82d) made against the sandbox and that the
 * seed's dialect rejected or mishandled (issue 12). Each is accepted with 0 contract violations, in
 * either direction, and does what the real API does. PyTrengo sends every keyword argument, so the
 * ones a caller leaves out arrive as null. Each request and its answer are printed for the record.
 *
 * <p>Last, PyTrengo's calls of the ticket actions issue 14 added: reopen with {@code {}}, spam without a
 * body, merge, and a ticket's custom data.
 */
class RealClientRequestsTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  // The five writes the seed spec had wrong.

  @Test
  void assignTicketToAUser() throws IOException {
    Reply reply = expect(200, "POST", "tickets/90001/assign", "{\"type\":\"user\",\"user_id\":203,\"team_id\":null,\"note\":null}");

    assertEquals("ASSIGNED", reply.json().get("status").getAsString());
    assertEquals(203, reply.json().get("user_id").getAsLong());
    assertTrue(Pages.ids(Pages.all(api, sandbox.sandbox(), "tickets?users[]=203")).contains(90001L));
  }

  @Test
  void closeTicket() throws IOException {
    Reply reply = expect(200, "POST", "tickets/90001/close", "{\"ticket_id\":90001,\"ticket_result_id\":null}");

    assertEquals("CLOSED", reply.json().get("status").getAsString());
    assertTrue(Pages.ids(Pages.all(api, sandbox.sandbox(), "tickets?status=CLOSED")).contains(90001L));
  }

  @Test
  void sendTicketMessageAsAnInternalNote() throws IOException {
    assertTicketMessage("Called the customer back", "true", "NOTE");
  }

  @Test
  void createTicketForAContactById() throws IOException {
    long contact = createContact();

    Reply reply = expect(201, "POST", "tickets", "{\"channel_id\":101,\"contact_id\":" + contact + ",\"subject\":null}");

    assertEquals(contact, reply.json().get("contact_id").getAsLong());
    assertEquals("OPEN", reply.json().get("status").getAsString());
  }

  @Test
  void sendWhatsAppTemplateToANumber() throws IOException {
    Reply reply = expect(201, "POST", "wa_sessions",
        "{\"recipient_phone_number\":\"+31687654321\",\"hsm_id\":701,\"params\":["
            + "{\"type\":\"body\",\"key\":\"{{1}}\",\"value\":\"Ada\"},{\"type\":\"body\",\"key\":\"{{2}}\",\"value\":\"#1042\"}],"
            + "\"ticket_id\":null,\"source\":null}");

    JsonObject message = reply.json().getAsJsonObject("message");
    assertEquals("Hi Ada, your order #1042 has shipped.", message.get("message").getAsString());
    assertEquals(102, message.getAsJsonObject("ticket").get("channel_id").getAsLong());
  }

  // The eight of the table.

  @Test
  void attachLabelAnswersTheLabel() throws IOException {
    Reply reply = expect(200, "POST", "tickets/90001/labels", "{\"label_id\":401}");

    assertEquals(401, reply.json().get("id").getAsLong());
    assertEquals("VIP", reply.json().get("name").getAsString());
  }

  @Test
  void getContactIncludingNotes() throws IOException {
    assertEquals(201, api.post("contacts/5001/notes", "{\"note\":\"Prefers WhatsApp\"}").status());

    Reply reply = expect(200, "GET", "contacts/5001?include=notes", null);

    assertEquals("Prefers WhatsApp",
        reply.json().getAsJsonArray("notes").get(0).getAsJsonObject().get("body").getAsString());
    assertTrue(!api.get("contacts/5001").json().has("notes"), "notes only when included");
  }

  @Test
  void getProfileWithNotes() throws IOException {
    Reply reply = expect(200, "GET", "profiles/801?with=notes", null);

    assertEquals(801, reply.json().get("id").getAsLong());
    assertTrue(reply.json().getAsJsonArray("notes").isEmpty(), "the notes, none in the sandbox");
  }

  @Test
  void createContactOnChannelWithTheChannelInTheBodyToo() throws IOException {
    Reply reply = expect(201, "POST", "channels/101/contacts",
        "{\"identifier\":\"lovelace@example.org\",\"channel_id\":101,\"name\":\"Ada Lovelace\"}");

    assertEquals(5065, reply.json().get("id").getAsLong());
    assertEquals("Ada Lovelace", reply.json().get("name").getAsString());
  }

  @Test
  void updateContactWithNameAndNullGroups() throws IOException {
    long contact = createContact();

    Reply reply = expect(200, "PUT", "contacts/" + contact, "{\"name\":\"Ada King\",\"contact_group_ids\":null}");

    assertEquals("Ada King", reply.json().get("name").getAsString());
    assertEquals("lovelace@example.org", reply.json().get("identifier").getAsString(), "what it leaves out stays");
  }

  @Test
  void addContactNoteAnswersBodyAndUser() throws IOException {
    long contact = createContact();

    Reply reply = expect(201, "POST", "contacts/" + contact + "/notes", "{\"note\":\"Called back\"}");

    assertEquals("Called back", reply.json().get("body").getAsString());
    assertEquals(201, reply.json().getAsJsonObject("user").get("id").getAsLong());
  }

  @Test
  void createWebhookWithItsType() throws IOException {
    Reply reply = expect(201, "POST", "webhooks",
        "{\"name\":\"Inbound messages\",\"type\":\"INBOUND\",\"url\":\"https://hooks.example.org/trengo\"}");

    JsonObject webhook = reply.json();
    assertEquals(Set.of("id", "title", "url", "type", "signing_secret"), webhook.keySet());
    assertEquals("Inbound messages", webhook.get("title").getAsString());
    assertEquals("INBOUND", webhook.get("type").getAsString());
    assertTrue(webhook.get("signing_secret").getAsString().matches("[A-Za-z0-9]{32}"), webhook.toString());
  }

  @Test
  void sendTicketMessageWithItsUnsetOptionsAsNull() throws IOException {
    assertTicketMessage("Your order has shipped", "null", "OUTBOUND");
  }

  // Ticket actions added by issue 14, as PyTrengo sends them.

  @Test
  void reopenTicketWithAnEmptyObject() throws IOException {
    send("POST", "tickets/90001/close", "{\"ticket_id\":90001,\"ticket_result_id\":null}");

    Reply reply = expect(200, "POST", "tickets/90001/reopen", "{}");

    assertTrue(Set.of("OPEN", "ASSIGNED").contains(api.get("tickets/90001").json().get("status").getAsString()));
  }

  @Test
  void markAndUnmarkSpamWithoutABody() throws IOException {
    Reply marked = send("POST", "tickets/90002/spam", "");
    Reply unmarked = api.delete("tickets/90002/spam");

    assertEquals(200, marked.status(), marked.toString());
    assertEquals(204, unmarked.status(), unmarked.toString());
  }

  @Test
  void mergeTicketBySourceTicketId() throws IOException {
    Reply reply = expect(200, "POST", "tickets/90003/merge", "{\"source_ticket_id\":90004}");

    assertEquals(404, api.get("tickets/90004").status());
  }

  @Test
  void setTicketCustomData() throws IOException {
    Reply reply = expect(200, "POST", "tickets/90001/custom_fields", "{\"custom_field_id\":501,\"value\":\"C-00042\"}");

    JsonObject value = api.get("tickets/90001").json().getAsJsonArray("custom_field_values").get(0).getAsJsonObject();
    assertEquals("C-00042", value.get("value").getAsString());
  }

  /** Contact 5065, made as PyTrengo's create_contact makes it (the 13 requests use it). */
  private long createContact() throws IOException {
    Reply created = api.post("channels/101/contacts",
        "{\"identifier\":\"lovelace@example.org\",\"channel_id\":101,\"name\":\"Ada Lovelace\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().get("id").getAsLong();
  }

  private Reply send(String method, String path, String json) throws IOException {
    Reply reply = switch (method) {
      case "GET" -> api.get(path);
      case "POST" -> api.post(path, json);
      case "PUT" -> api.put(path, json);
      default -> throw new IllegalArgumentException(method);
    };
    List<SpecViolation> violations = sandbox.sandbox().violations();
    System.out.printf("%s /api/v2/%s %s%n  -> %d %s%n  violations: %d%n",
        method, path, json == null ? "" : json, reply.status(), reply.body(), violations.size());
    return reply;
  }

  /** PyTrengo's send_ticket_message, {@code internal_note} as given: answered with a message of {@code type}. */
  private void assertTicketMessage(String text, String internalNote, String type) throws IOException {
    Reply reply = expect(201, "POST", "tickets/90001/messages", "{\"message\":\"" + text + "\",\"internal_note\":"
        + internalNote + ",\"subject\":null,\"attachments_ids\":null}");

    JsonObject message = reply.json().getAsJsonObject("message");
    assertEquals(type, message.get("type").getAsString());
    assertEquals(text, message.get("message").getAsString());
  }

  /** {@link #send}, answered with {@code status}. */
  private Reply expect(int status, String method, String path, String json) throws IOException {
    Reply reply = send(method, path, json);
    assertEquals(status, reply.status(), reply.toString());
    return reply;
  }

  /** Every request of every test is accepted with 0 contract violations, in either direction. */
  @AfterEach
  void assertNoViolations() {
    assertEquals(List.of(), sandbox.sandbox().violations());
  }
}
