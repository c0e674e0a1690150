package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code trengo webhooks trigger}: every way it can go wrong is one line and an exit code, never a stack trace. */
class TriggerCommandTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private static CliRun trigger(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "webhooks";
    all[1] = "trigger";
    System.arraycopy(args, 0, all, 2, args.length);
    // TRENGO_TOKEN is set to show that trigger never uses (or sends) it.
    return CliRun.run(Map.of("TRENGO_TOKEN", "real-token"), all);
  }

  @Test
  void saysThatNothingWasSentWhenNoWebhookIsRegistered() {
    CliRun run = trigger("TICKET_CLOSED", "--base-url", sandbox.baseUrl());

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().matches("TICKET_CLOSED: POST /tickets/\\d+/close\\R"), run::toString);
    assertEquals("trengo webhooks trigger: no webhook is registered for TICKET_CLOSED on the sandbox, so nothing was"
        + " sent; `trengo webhooks listen` registers one for every type", run.err().strip());
  }

  @Test
  void reportsADeliveryStillUnderWayWhenNotWaitingForIt() throws IOException {
    // A webhook on a port nobody listens on: its delivery is retried in the background.
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    register("NOTE", "http://127.0.0.1:" + closedPort + "/");

    CliRun run = trigger("note", "--field", "message=Call back", "--wait", "0", "--base-url", sandbox.baseUrl());

    assertEquals(1, run.exitCode(), run::toString);
    // Pending while the first attempt runs, retrying once it failed: which one the command sees is a
    // race with the sandbox's delivery thread, and both mean "not settled yet".
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  pending: http://127.0.0.1:" + closedPort + "/")
        || l.startsWith("  retrying: http://127.0.0.1:" + closedPort + "/")), run::toString);
    assertEquals("trengo webhooks trigger: not every delivery was accepted (yet)", run.err().strip());
    assertEquals("Call back", sandbox.webhooks().deliveries().get(0).payload().get("message"));
  }

  @Test
  void aTypeOrFieldTheSandboxDoesNotTakeIsAUsageError() {
    CliRun type = trigger("TICKET_DELETED", "--base-url", sandbox.baseUrl());
    CliRun field = trigger("TICKET_CLOSED", "--field", "ticket_id=12", "--base-url", sandbox.baseUrl());
    CliRun shape = trigger("TICKET_CLOSED", "--field", "ticket_id", "--base-url", sandbox.baseUrl());

    assertEquals(2, type.exitCode());
    assertTrue(type.err().startsWith("trengo webhooks trigger: 'TICKET_DELETED' is not an event type; one of INBOUND,"),
        type::toString);
    assertEquals(2, field.exitCode());
    assertEquals("trengo webhooks trigger: ticket_id 12 does not exist in the sandbox", field.err().strip());
    assertEquals(2, shape.exitCode());
    assertEquals("trengo webhooks trigger: --field takes NAME=VALUE, e.g. ticket_id=90003; got 'ticket_id'",
        shape.err().strip());
  }

  @Test
  void noSandboxOrTheWrongTokenIsAUsageErrorThatSaysWhatToDo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    CliRun nobody = trigger("TICKET_CLOSED", "--base-url", "http://127.0.0.1:" + closedPort + "/api/v2/");
    CliRun wrongToken = trigger("TICKET_CLOSED", "--base-url", sandbox.baseUrl(), "--token", "guess");

    assertEquals(2, nobody.exitCode());
    assertEquals("trengo webhooks trigger: no sandbox answers at http://127.0.0.1:" + closedPort + "/: start one with"
        + " `trengo webhooks listen` (or `trengo sandbox`), or give its URL with --base-url", nobody.err().strip());
    assertEquals(2, wrongToken.exitCode());
    assertTrue(wrongToken.err().contains("refused the token"), wrongToken::toString);
    assertFalse((nobody.err() + wrongToken.err()).contains("\tat "), "no stack trace");
    assertEquals(0, sandbox.webhooks().deliveries().size());
  }

  private static void register(String type, String url) throws IOException {
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "webhooks"))
        .header("Authorization", "Bearer " + sandbox.token())
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\",\"type\":\"" + type + "\"}"))
        .build();
    try {
      int status = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
      assertEquals(201, status);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
