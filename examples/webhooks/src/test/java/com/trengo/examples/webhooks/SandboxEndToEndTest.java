package com.trengo.examples.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.Webhook;
import com.trengo.client.webhook.TicketClosed;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookReceiver;
import com.trengo.sandbox.TrengoSandboxExtension;
import com.trengo.sandbox.WebhookDelivery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15's end-to-end test: the client registers a TICKET_CLOSED webhook on the sandbox for a README
 * receiver on 127.0.0.1, closes a ticket, and the sandbox's signed, form-encoded delivery reaches the
 * receiver, which verifies it and hands a typed {@link TicketClosed} with that ticket's id to its
 * handler. Both receivers, the JDK server and the servlet in Jetty.
 */
class SandboxEndToEndTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final TrengoClient trengo = TrengoClient.builder()
      .baseUrl(sandbox.baseUrl())
      .token(sandbox.token())
      .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults()))
      .build();

  static Stream<Named<ExampleServer.Factory>> examples() {
    return Stream.of(
        Named.of("JdkWebhookServer", ExampleServer::jdk),
        Named.of("TrengoWebhookServlet in Jetty", ExampleServer::servlet));
  }

  @AfterEach
  void closeTheClient() {
    trengo.close();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void aTicketClosedThroughTheClientReachesTheReadmeReceiverAsATypedEvent(ExampleServer.Factory example)
      throws Exception {
    URI url = URI.create("http://127.0.0.1:" + freePort() + ExampleServer.PATH);
    Webhook registered = trengo.webhooks().create(com.trengo.client.builder.Webhook.builder()
        .url(url).type(WebhookEventType.TICKET_CLOSED).name("e2e").build());
    CompletableFuture<TicketClosed> handed = new CompletableFuture<>();
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(registered) // its type and the signing secret the create answered
        .on(TicketClosed.class, handed::complete)
        .build();

    try (ExampleServer server = example.start(receiver, url.getPort())) {
      assertEquals(registered.getUrl(), server.url(), "it listens where the webhook posts");
      long ticketId = trengo.tickets().list(TicketQuery.builder().status("OPEN").build()).getData().get(0).getId();
      trengo.tickets().close(ticketId);

      TicketClosed closed = handed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertEquals(ticketId, closed.ticketId());
      WebhookDelivery delivery = sandbox.webhooks().awaitDelivery("TICKET_CLOSED", WAIT);
      assertEquals(WebhookDelivery.Status.DELIVERED, delivery.status(), delivery.toString());
      assertEquals(200, delivery.attempts().get(0).httpStatus(), "the receiver verified it and said so");
      assertEquals("type=TICKET_CLOSED&ticket_id=" + ticketId + "&event_type=TICKET_CLOSED", delivery.body());
      assertEquals(registered.getId(), delivery.webhookId());
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void aReceiverGivenAnotherSecretRefusesTheDeliveryAndTheSandboxRecordsIt(ExampleServer.Factory example)
      throws Exception {
    URI url = URI.create("http://127.0.0.1:" + freePort() + ExampleServer.PATH);
    trengo.webhooks().create(com.trengo.client.builder.Webhook.builder()
        .url(url).type(WebhookEventType.TICKET_CLOSED).build());
    CompletableFuture<TicketClosed> handed = new CompletableFuture<>();
    WebhookReceiver misconfigured = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "not-the-registered-secret")
        .on(TicketClosed.class, handed::complete)
        .build();

    try (ExampleServer server = example.start(misconfigured, url.getPort())) {
      assertEquals(url, server.url());
      long ticketId = trengo.tickets().list(TicketQuery.builder().status("OPEN").build()).getData().get(0).getId();
      trengo.tickets().close(ticketId);

      WebhookDelivery refused = sandbox.webhooks().awaitDelivery(d -> !d.attempts().isEmpty(), WAIT);
      assertEquals(401, refused.attempts().get(0).httpStatus());
      assertEquals(WebhookDelivery.Status.RETRYING, refused.status(), "a refused delivery is retried");
      assertTrue(!handed.isDone(), "no handler ran");
    }
  }

  /** A port free now, for a URL to register before the receiver listens on it (loopback: no one takes it). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
