package com.trengo.examples.webhooks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.trengo.client.webhook.InboundMessage;
import com.trengo.client.webhook.TicketClosed;
import com.trengo.client.webhook.WebhookEvent;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookReceiver;
import com.trengo.client.webhook.WebhookVerifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's receiver snippet (between the markers, checked by {@link ReadmeWebhookExamplesTest}), run. */
class ReadmeReceiverSnippetTest {
  private final String ticketClosedSecret = "closed-secret";
  private final String inboundSecret = "inbound-secret";
  private final List<Long> archived = new ArrayList<>();
  private final List<String> answered = new ArrayList<>();
  private final Crm crm = archived::add;
  private final Bot bot = (ticketId, text) -> answered.add(ticketId + ": " + text);

  interface Crm {
    void archive(long ticketId);
  }

  interface Bot {
    void answer(long ticketId, String text);
  }

  @Test
  void theReadmeReceiverHandsEachDeliveryToItsHandler() {
    byte[] rawBody = "ticket_id=22".getBytes(UTF_8);
    Map<String, List<String>> headers = Map.of(
        "Content-Type", List.of("application/x-www-form-urlencoded"),
        "Trengo-Signature", List.of(WebhookVerifier.signatureHeader(ticketClosedSecret, Instant.now(), rawBody)));

    // README:begin
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, ticketClosedSecret) // each webhook's signing_secret
        .webhook(WebhookEventType.INBOUND, inboundSecret)
        .on(TicketClosed.class, closed -> crm.archive(closed.ticketId()))
        .on(InboundMessage.class, message -> bot.answer(message.ticketId(), message.message().orElse("")))
        .build();

    WebhookEvent event = receiver.receive(rawBody, headers);   // verify, read, run the handlers
    // README:end

    assertInstanceOf(TicketClosed.class, event);
    assertEquals(List.of(22L), archived);
    byte[] inbound = "message_id=7&ticket_id=22&message=Hi".getBytes(UTF_8);
    receiver.receive(inbound, WebhookVerifier.signatureHeader(inboundSecret, Instant.now(), inbound), null);
    assertEquals(List.of("22: Hi"), answered);
  }
}
