package com.trengo.examples.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.trengo.client.webhook.TicketClosed;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookReceiver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both README receivers, the JDK server and the servlet in Jetty, answering the same deliveries over
 * real HTTP on 127.0.0.1 the same way, so the two examples cannot drift apart.
 */
class ReceiverExamplesTest {
  private final List<Long> closedTickets = new CopyOnWriteArrayList<>();

  static Stream<Named<ExampleServer.Factory>> examples() {
    return Stream.of(
        Named.of("JdkWebhookServer", ExampleServer::jdk),
        Named.of("TrengoWebhookServlet in Jetty", ExampleServer::servlet));
  }

  private WebhookReceiver recordingClosedTickets() {
    return WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, Delivery.SECRET)
        .on(TicketClosed.class, closed -> closedTickets.add(closed.ticketId()))
        .build();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void handsASignedFormDeliveryToTheHandlerAsATypedEvent(ExampleServer.Factory example) throws Exception {
    try (ExampleServer server = example.start(recordingClosedTickets())) {
      assertEquals(200, Delivery.signedWith(Delivery.SECRET, server.url(), Delivery.CLOSED));
    }
    assertEquals(List.of(2_147_483_650L), closedTickets);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void refusesTamperedDeliveriesWith401AndRunsNoHandler(ExampleServer.Factory example) throws Exception {
    try (ExampleServer server = example.start(recordingClosedTickets())) {
      String signedForAnotherBody = Delivery.signature(Delivery.SECRET, "ticket_id=1");
      assertEquals(401, Delivery.withSignature(server.url(), Delivery.CLOSED, signedForAnotherBody));
      assertEquals(401, Delivery.signedWith("someone-elses-secret", server.url(), Delivery.CLOSED));
      assertEquals(401, Delivery.withSignature(server.url(), Delivery.CLOSED, null));
    }
    assertEquals(List.of(), closedTickets);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void refusesASignedDeliveryThatDoesNotReadWith400(ExampleServer.Factory example) throws Exception {
    try (ExampleServer server = example.start(recordingClosedTickets())) {
      assertEquals(400, Delivery.signedWith(Delivery.SECRET, server.url(), "ticket_id=not-a-number"));
    }
    assertEquals(List.of(), closedTickets);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void answersAFailingHandlerWith500(ExampleServer.Factory example) throws Exception {
    WebhookReceiver failing = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, Delivery.SECRET)
        .on(TicketClosed.class, closed -> {
          throw new IllegalStateException("crm down");
        })
        .build();
    try (ExampleServer server = example.start(failing)) {
      assertEquals(500, Delivery.signedWith(Delivery.SECRET, server.url(), Delivery.CLOSED));
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void answersOtherMethodsWith405(ExampleServer.Factory example) throws Exception {
    try (ExampleServer server = example.start(recordingClosedTickets())) {
      assertEquals(405, Delivery.get(server.url()));
    }
  }
}
