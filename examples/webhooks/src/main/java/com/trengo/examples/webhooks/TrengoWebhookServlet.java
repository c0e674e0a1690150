package com.trengo.examples.webhooks;

import com.trengo.client.webhook.WebhookPayloadException;
import com.trengo.client.webhook.WebhookReceiver;
import com.trengo.client.webhook.WebhookSignatureException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Receives Trengo webhooks in any Jakarta Servlet container (Tomcat 10+, Jetty 11+, Spring Boot 3):
 * register an instance for the URL your webhooks post to.
 */
public class TrengoWebhookServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY = 1 << 20; // Trengo's payloads are a few hundred bytes

  private final transient WebhookReceiver receiver;

  /** Answers deliveries with what {@code receiver} makes of them. */
  public TrengoWebhookServlet(WebhookReceiver receiver) {
    this.receiver = receiver;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // Read the stream, never getParameter(): that would parse the form and consume the raw bytes the
    // signature covers.
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      response.setStatus(413);
      return;
    }
    try {
      receiver.receive(body, request.getHeader("Trengo-Signature"), request.getContentType());
      response.setStatus(200);
    } catch (WebhookSignatureException e) {
      log("refused a delivery not signed by Trengo: " + e.getMessage());
      response.setStatus(401);
    } catch (WebhookPayloadException e) {
      log("refused a delivery that does not read: " + e.getMessage());
      response.setStatus(400);
    }
  }
}
