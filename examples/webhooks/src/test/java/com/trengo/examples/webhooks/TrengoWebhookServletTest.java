package com.trengo.examples.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.trengo.client.webhook.TicketClosed;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookReceiver;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The servlet example in an embedded Jetty on 127.0.0.1, receiving deliveries over real HTTP. */
class TrengoWebhookServletTest {
  private final List<Long> closedTickets = new CopyOnWriteArrayList<>();
  private Server jetty;
  private URI url;

  @BeforeEach
  void deployTheServletOnALocalPort() throws Exception {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, Delivery.SECRET)
        .on(TicketClosed.class, closed -> closedTickets.add(closed.ticketId()))
        .build();
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new TrengoWebhookServlet(receiver)), "/trengo/webhooks");
    jetty.setHandler(context);
    jetty.start();
    url = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/trengo/webhooks");
  }

  @AfterEach
  void stop() throws Exception {
    jetty.stop();
  }

  @Test
  void handsASignedDeliveryToTheHandlerAsATypedEvent() throws Exception {
    assertEquals(200, Delivery.signedWith(Delivery.SECRET, url, Delivery.CLOSED));

    assertEquals(List.of(2_147_483_650L), closedTickets);
  }

  @Test
  void refusesATamperedDeliveryWith401AndRunsNoHandler() throws Exception {
    assertEquals(401, Delivery.withSignature(url, "ticket_id=1", Delivery.signature(Delivery.SECRET, Delivery.CLOSED)));
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
}
