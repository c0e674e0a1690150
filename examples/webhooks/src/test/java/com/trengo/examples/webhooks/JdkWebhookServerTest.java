package com.trengo.examples.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import com.trengo.client.webhook.TicketClosed;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookReceiver;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK server example on 127.0.0.1, receiving deliveries over real HTTP. */
class JdkWebhookServerTest {
  private final List<Long> closedTickets = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private URI url;

  @BeforeEach
  void startTheExampleOnALocalPort() throws Exception {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, Delivery.SECRET)
        .on(TicketClosed.class, closed -> closedTickets.add(closed.ticketId()))
        .build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/trengo/webhooks", new JdkWebhookServer(receiver));
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/trengo/webhooks");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void handsASignedDeliveryToTheHandlerAsATypedEvent() throws Exception {
    assertEquals(200, Delivery.signedWith(Delivery.SECRET, url, Delivery.CLOSED));

    assertEquals(List.of(2_147_483_650L), closedTickets);
  }

  @Test
  void refusesATamperedDeliveryWith401AndRunsNoHandler() throws Exception {
    assertEquals(401, Delivery.withSignature(url, Delivery.CLOSED, Delivery.signature(Delivery.SECRET, "ticket_id=1")));
    assertEquals(401, Delivery.signedWith("someone-elses-secret", url, Delivery.CLOSED));
    assertEquals(401, Delivery.withSignature(url, Delivery.CLOSED, null));
    assertEquals(List.of(), closedTickets);
  }

  @Test
  void refusesASignedDeliveryThatDoesNotReadWith400() throws Exception {
    assertEquals(400, Delivery.signedWith(Delivery.SECRET, url, "ticket_id=not-a-number"));
    assertEquals(List.of(), closedTickets);
  }

  @Test
  void answersOtherMethodsWith405() throws Exception {
    assertEquals(405, Delivery.get(url));
  }

  @Test
  void answersAFailingHandlerWith500() throws Exception {
    server.removeContext("/trengo/webhooks");
    server.createContext("/trengo/webhooks", new JdkWebhookServer(WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, Delivery.SECRET)
        .on(TicketClosed.class, closed -> {
          throw new IllegalStateException("crm down");
        })
        .build()));

    assertEquals(500, Delivery.signedWith(Delivery.SECRET, url, Delivery.CLOSED));
  }
}
