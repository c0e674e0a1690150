package com.trengo.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.trengo.client.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@code trengo webhooks listen} and {@code trengo webhooks trigger} as a user runs them in two shells:
 * listen starts its sandbox and registers itself, trigger makes the sandbox send, listen verifies and
 * prints one JSON line; a delivery that does not verify is reported, never printed.
 */
class ListenAndTriggerTest {

  @Test
  void listenRegistersOnItsSandboxAndPrintsWhatTriggerMakesItSend() throws Exception {
    try (Listening listen = Listening.start(Map.of(), "webhooks", "listen", "--port", "0", "--sandbox-port", "0")) {
      String baseUrl = listen.err.await(
          "trengo webhooks listen: sandbox serving (\\S+) token sandbox-token; 17 webhooks registered there for every"
              + " event type", Listening.WAIT).group(1);
      listen.err.await("trengo webhooks listen: waiting for deliveries on http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C to stop\\)",
          Listening.WAIT);

      CliRun trigger = CliRun.run(Map.of(), "webhooks", "trigger", "ticket_assigned", "--base-url", baseUrl);

      assertEquals(0, trigger.exitCode(), trigger::toString);
      List<String> said = trigger.out().lines().toList();
      assertTrue(said.get(0).matches("TICKET_ASSIGNED: POST /tickets/\\d+/assign"), trigger::toString);
      assertTrue(said.get(1).matches("  delivered: http://127\\.0\\.0\\.1:\\d+/ \\(webhook \\d+\\), HTTP 200, 1 attempt"),
          trigger::toString);
      JsonObject line = JsonParser.parseString(listen.out.await("\\{.*}", Listening.WAIT).group()).getAsJsonObject();
      assertEquals("TICKET_ASSIGNED", line.get("type").getAsString());
      assertEquals("TicketAssigned", line.get("event").getAsString());
      JsonObject payload = line.getAsJsonObject("payload");
      assertEquals("USER", payload.get("assigned_to").getAsString());
      assertEquals("201", payload.get("user_id").getAsString(), "assigned to the token's owner");
      assertTrue(said.get(0).contains("/tickets/" + payload.get("ticket_id").getAsString() + "/"), trigger::toString);

      assertEquals(130, listen.stop());
      assertEquals(1, listen.out.text().lines().count(), "one delivery, one line");
      listen.err.await("trengo webhooks listen: stopped; 1 printed, 0 refused", Listening.WAIT);
    }
  }

  @Test
  void withASecretItVerifiesAndReportsABadSignatureWithoutPrintingAnEvent() throws Exception {
    try (Listening listen = Listening.start(Map.of(), "webhooks", "listen", "--port", "0", "--secret", "whsec-1")) {
      Matcher waiting = listen.err.await(
          "trengo webhooks listen: waiting for deliveries on (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)",
          Listening.WAIT);
      URI url = URI.create(waiting.group(1));
      String named = "type=TICKET_CLOSED&ticket_id=90001&event_type=TICKET_CLOSED";

      assertEquals(401, post(url, named, "someone-elses-secret"));
      assertEquals(400, post(url, "ticket_id=90001", "whsec-1"));
      assertEquals(200, post(url, named, "whsec-1"));

      JsonObject line = JsonParser.parseString(listen.out.await("\\{.*}", Listening.WAIT).group()).getAsJsonObject();
      assertEquals("TicketClosed", line.get("event").getAsString());
      assertEquals("2025-04-24T17:16:53Z", line.get("signed_at").getAsString());
      listen.err.await("trengo webhooks listen: refused a delivery \\(answered 401\\): .*", Listening.WAIT);
      listen.err.await("trengo webhooks listen: refused a delivery \\(answered 400\\): invalid webhook payload:"
          + " event_type=null is required .*", Listening.WAIT);
      assertEquals(130, listen.stop());
      assertEquals(1, listen.out.text().lines().count(), listen.out.text());
      assertFalse(listen.err.text().contains("whsec-1"), "the secret is never printed");
      assertFalse(listen.err.text().contains("\tat "), "no stack trace");
    }
  }

  @Test
  void withTrengoTokenItRefusesToRegisterOnTheRealAccount() throws Exception {
    try (Listening listen = Listening.start(Map.of("TRENGO_TOKEN", "real-token"), "webhooks", "listen", "--port", "0")) {
      assertEquals(2, listen.exitCode());
      assertEquals(1, listen.err.text().lines().count(), listen.err.text());
      assertTrue(listen.err.text().startsWith("trengo webhooks listen: TRENGO_TOKEN is set: give --secret"));
    }
  }

  @Test
  void aPortInUseOrAnUnknownEventIsAOneLineUsageError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Listening busy = Listening.start(Map.of(), "webhooks", "listen", "--port", Integer.toString(taken.getLocalPort()));
        Listening unknown = Listening.start(Map.of(), "webhooks", "listen", "--port", "0", "--events", "TICKET_CLOSED,CONTACT_CREATED")) {
      assertEquals(2, busy.exitCode());
      assertEquals("trengo webhooks listen: port " + taken.getLocalPort() + " on 127.0.0.1 is in use: choose another"
          + " with --port\n", busy.err.text().replace(System.lineSeparator(), "\n"));
      assertEquals(2, unknown.exitCode());
      assertTrue(unknown.err.text().startsWith("trengo webhooks listen: --events: 'CONTACT_CREATED' is not an event type;"),
          unknown.err.text());
    }
  }

  private static int post(URI url, String body, String secret) throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(UTF_8);
    HttpRequest request = HttpRequest.newBuilder(url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Trengo-Signature",
            WebhookVerifier.signatureHeader(secret, Instant.parse("2025-04-24T17:16:53Z"), bytes))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
