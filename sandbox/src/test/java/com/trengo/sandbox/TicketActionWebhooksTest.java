package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhooks the ticket actions of issue 14 cause, with the fields Trengo lists for them: reopen,
 * merge, spam and unspam, detaching a label, and a message sent to an identifier. An action that
 * changes nothing announces nothing.
 */
class TicketActionWebhooksTest {
  /** Nothing listens there: the deliveries are read from the sandbox, not from a receiver. */
  private static final String NOWHERE = "http://127.0.0.1:9/";

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void aReopenedTicketIsAnnouncedWithItsStatusOnlyWhenItWasClosed() throws IOException {
    register("TICKET_REOPENED");
    long ticket = openTicket();
    api.post("tickets/" + ticket + "/reopen", "{}"); // open already: nothing to announce
    api.post("tickets/" + ticket + "/close", "{}");

    api.post("tickets/" + ticket + "/reopen", "{}");

    assertEquals(List.of(Map.of("type", "TICKET_REOPENED", "ticket_id", Long.toString(ticket), "status", "OPEN",
        "event_type", "TICKET_REOPENED")), payloads());
  }

  @Test
  void aMergeNamesTheTicketKeptAndTheOneMergedAndDeleted() throws IOException {
    register("TICKET_MERGED");
    List<Long> open = openTickets();

    api.post("tickets/" + open.get(0) + "/merge", "{\"source_ticket_id\":" + open.get(1) + "}");

    assertEquals(List.of(Map.of("type", "TICKET_MERGED", "ticket_id", Long.toString(open.get(0)),
        "merged_and_deleted_ticket_id", Long.toString(open.get(1)), "event_type", "TICKET_MERGED")), payloads());
  }

  @Test
  void markingAndUnmarkingSpamAreAnnouncedOnce() throws IOException {
    register("TICKET_MARKED_AS_SPAM");
    register("TICKET_UNMARKED_AS_SPAM");
    long ticket = openTicket();

    api.post("tickets/" + ticket + "/spam", "");
    api.post("tickets/" + ticket + "/spam", ""); // spam already
    api.delete("tickets/" + ticket + "/spam");

    assertEquals(List.of("TICKET_MARKED_AS_SPAM", "TICKET_UNMARKED_AS_SPAM"),
        payloads().stream().map(p -> p.get("type")).toList());
  }

  @Test
  void aDetachedLabelIsAnnouncedWithItsNameOnlyWhenItWasOnTheTicket() throws IOException {
    register("TICKET_LABEL_DELETED");
    long ticket = openTicket();
    api.post("tickets/" + ticket + "/labels", "{\"label_id\":405}");

    api.delete("tickets/" + ticket + "/labels/405");
    api.delete("tickets/" + ticket + "/labels/405"); // not on it any more

    assertEquals(List.of(Map.of("type", "TICKET_LABEL_DELETED", "ticket_id", Long.toString(ticket), "label_id", "405",
        "label_name", "Urgent", "event_type", "TICKET_LABEL_DELETED")), payloads());
  }

  @Test
  void aMessageToANewIdentifierOpensATicketThenSendsAsAnyOutboundMessage() throws IOException {
    register("TICKET_CREATED");
    register("OUTBOUND");

    api.post("messages", "{\"channel_id\":101,\"contact_identifier\":\"hopper@example.com\",\"message\":\"Hi\"}");
    api.post("messages", "{\"channel_id\":101,\"contact_identifier\":\"hopper@example.com\",\"message\":\"Again\"}");

    List<Map<String, String>> payloads = payloads();
    assertEquals(List.of("TICKET_CREATED", "OUTBOUND", "OUTBOUND"), payloads.stream().map(p -> p.get("type")).toList());
    assertEquals(payloads.get(0).get("ticket_id"), payloads.get(2).get("ticket_id"), "the same ticket twice");
    assertEquals("Again", payloads.get(2).get("message"));
  }

  private List<Map<String, String>> payloads() {
    return sandbox.webhooks().deliveries().stream().map(WebhookDelivery::payload).toList();
  }

  private void register(String type) throws IOException {
    Reply reply = api.post("webhooks", "{\"url\":\"" + NOWHERE + "\",\"type\":\"" + type + "\"}");
    assertEquals(201, reply.status(), reply.toString());
  }

  private long openTicket() throws IOException {
    return openTickets().get(0);
  }

  private List<Long> openTickets() throws IOException {
    return api.get("tickets?status=OPEN").data().asList().stream()
        .map(t -> t.getAsJsonObject().get("id").getAsLong()).toList();
  }
}
