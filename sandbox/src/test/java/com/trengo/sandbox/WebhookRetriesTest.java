package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.WebhookDelivery.Attempt;
import com.trengo.sandbox.WebhookDelivery.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deliveries are asynchronous and retried per the {@link WebhookRetryPolicy}; the retries run on a
 * recording scheduler, so the backoffs are asserted, never waited.
 */
class WebhookRetriesTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static TrengoSandbox sandbox(WebhookScheduler scheduler, WebhookRetryPolicy retries) {
    return TrengoSandbox.builder().webhookScheduler(scheduler).webhookRetries(retries).build().start();
  }

  @Test
  void retriesAReceiverThatFailsWithTheDocumentedBackoffUntilItAccepts() throws Exception {
    RecordingScheduler scheduler = RecordingScheduler.immediate();
    try (TrengoSandbox sandbox = sandbox(scheduler, WebhookRetryPolicy.ofDefaults());
        Receiver receiver = Receiver.start().answering(500, 503, 404)) {
      closeATicketWithAWebhookAt(sandbox, receiver.url("/"));

      WebhookDelivery delivery = sandbox.webhooks().awaitDelivery("TICKET_CLOSED", WAIT);

      assertEquals(Status.DELIVERED, delivery.status());
      assertEquals(List.of(500, 503, 404, 200), delivery.attempts().stream().map(Attempt::httpStatus).toList());
      assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), scheduler.delays());
      assertEquals(4, receiver.all().size());
      assertEquals(1, receiver.all().stream().map(Receiver.Received::body).distinct().count(), "the same body each time");
    }
  }

  @Test
  void givesUpAfterTheLastAttemptTheyAllowAndSaysWhy() throws Exception {
    RecordingScheduler scheduler = RecordingScheduler.immediate();
    try (TrengoSandbox sandbox = sandbox(scheduler, WebhookRetryPolicy.builder().maxAttempts(3).build());
        Receiver receiver = Receiver.start().answering(500, 500, 500, 500)) {
      closeATicketWithAWebhookAt(sandbox, receiver.url("/"));

      WebhookDelivery delivery = sandbox.webhooks().awaitDelivery("TICKET_CLOSED", WAIT);

      assertEquals(Status.FAILED, delivery.status());
      assertEquals(3, delivery.attempts().size());
      assertEquals("HTTP 500", delivery.lastError().orElseThrow());
      assertEquals(2, scheduler.delays().size());
    }
  }

  @Test
  void aReceiverThatIsNotListeningIsRetriedAsRefused() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    try (TrengoSandbox sandbox = sandbox(RecordingScheduler.immediate(), WebhookRetryPolicy.builder().maxAttempts(2).build())) {
      closeATicketWithAWebhookAt(sandbox, "http://127.0.0.1:" + closedPort + "/");

      WebhookDelivery delivery = sandbox.webhooks().awaitDelivery("TICKET_CLOSED", WAIT);

      assertEquals(Status.FAILED, delivery.status());
      assertEquals(List.of(0, 0), delivery.attempts().stream().map(Attempt::httpStatus).toList());
      assertEquals("connection refused", delivery.lastError().orElseThrow());
    }
  }

  @Test
  void postsToAReceiverOffThisMachineWhenAllowed() throws Exception {
    try (TrengoSandbox sandbox = TrengoSandbox.builder().deliverWebhooksToAnyHost(true)
        .webhookRetries(WebhookRetryPolicy.noRetries()).build().start()) {
      closeATicketWithAWebhookAt(sandbox, "http://receiver.invalid/hook"); // .invalid never resolves

      WebhookDelivery delivery = sandbox.webhooks().awaitDelivery("TICKET_CLOSED", WAIT);

      assertEquals(Status.FAILED, delivery.status(), "attempted, not NOT_SENT");
      assertEquals(1, delivery.attempts().size());
    }
  }

  @Test
  void theApiCallDoesNotWaitForASlowReceiver() throws Exception {
    try (TrengoSandbox sandbox = sandbox(RecordingScheduler.immediate(), WebhookRetryPolicy.ofDefaults());
        Receiver receiver = Receiver.start().holding()) {
      Reply closed = closeATicketWithAWebhookAt(sandbox, receiver.url("/"));

      assertEquals(200, closed.status());
      receiver.next(); // the delivery is at the receiver, whose answer is held
      assertEquals(Status.PENDING, sandbox.webhooks().deliveries().get(0).status());
      receiver.release();
      assertEquals(Status.DELIVERED, sandbox.webhooks().awaitDelivery("TICKET_CLOSED", WAIT).status());
    }
  }

  @Test
  void aResetDropsTheRetriesStillToCome() throws Exception {
    RecordingScheduler scheduler = RecordingScheduler.manual();
    try (TrengoSandbox sandbox = sandbox(scheduler, WebhookRetryPolicy.ofDefaults());
        Receiver receiver = Receiver.start().answering(500)) {
      closeATicketWithAWebhookAt(sandbox, receiver.url("/"));
      sandbox.webhooks().awaitDelivery(d -> d.status() == Status.RETRYING, WAIT);

      sandbox.reset();
      scheduler.runKept();

      assertEquals(1, receiver.all().size(), "only the first attempt reached the receiver");
      assertEquals(List.of(), sandbox.webhooks().deliveries());
    }
  }

  @Test
  void theRetryPolicyDoublesItsBackoffUpToItsCap() {
    WebhookRetryPolicy policy = WebhookRetryPolicy.builder()
        .maxAttempts(10).initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(5)).build();

    assertEquals(List.of(1L, 2L, 4L, 5L, 5L),
        List.of(1, 2, 3, 4, 9).stream().map(n -> policy.backoffAfter(n).toSeconds()).toList());
    assertTrue(WebhookRetryPolicy.noRetries().maxAttempts() == 1);
  }

  private static Reply closeATicketWithAWebhookAt(TrengoSandbox sandbox, String url) throws IOException {
    Api api = Api.of(sandbox);
    api.post("webhooks", "{\"url\":\"" + url + "\",\"type\":\"TICKET_CLOSED\"}");
    long ticket = api.get("tickets?status=OPEN").data().get(0).getAsJsonObject().get("id").getAsLong();
    return api.post("tickets/" + ticket + "/close", "{}");
  }
}
