package com.trengo.examples.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.trengo.client.webhook.TicketClosed;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookPayloadException;
import com.trengo.client.webhook.WebhookReceiver;
import com.trengo.client.webhook.WebhookSignatureException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;

/** Receives Trengo webhooks on the JDK's built-in HTTP server: nothing to add but the library. */
public final class JdkWebhookServer implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(JdkWebhookServer.class.getName());
  private static final int MAX_BODY = 1 << 20; // Trengo's payloads are a few hundred bytes

  private final WebhookReceiver receiver;

  /** Answers deliveries with what {@code receiver} makes of them. */
  public JdkWebhookServer(WebhookReceiver receiver) {
    this.receiver = receiver;
  }

  /** Serves POST /trengo/webhooks on port 8080, for a TICKET_CLOSED webhook registered with that URL. */
  public static void main(String[] args) throws IOException {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, System.getenv("TRENGO_SIGNING_SECRET"))
        .on(TicketClosed.class, closed -> System.out.println("ticket " + closed.ticketId() + " closed"))
        .build();
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext("/trengo/webhooks", new JdkWebhookServer(receiver));
    server.start();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.sendResponseHeaders(status(exchange), -1);
    }
  }

  private int status(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return 405;
    }
    // The raw bytes, exactly as sent: the signature covers them, not a parsed and re-encoded form.
    byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return 413;
    }
    try {
      receiver.receive(body, exchange.getRequestHeaders()); // verifies, reads, runs the handlers
      return 200;
    } catch (WebhookSignatureException e) {
      LOG.log(Level.WARNING, "refused a delivery not signed by Trengo: {0}", e.getMessage());
      return 401;
    } catch (WebhookPayloadException e) {
      LOG.log(Level.WARNING, "refused a delivery that does not read: {0}", e.getMessage());
      return 400;
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "a webhook handler failed", e);
      return 500;
    }
  }
}
