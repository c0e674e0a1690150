package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.model.Message;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequest;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sendMessage and sendWhatsAppTemplate answer {"message": {...}}; the facade hands back the message. */
class MessageEnvelopeTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private static final String SENT =
      "{\"message\":{\"id\":4217650721,\"ticket_id\":3,\"message\":\"On its way!\",\"body\":\"On its way!\","
          + "\"type\":\"OUTBOUND\",\"user_id\":12}}";

  private final TrengoClient client = new TestServer().client(server).build();

  @AfterEach
  void close() {
    client.close();
  }

  private static void answer(String path, String body) {
    server.stubFor(
        post(urlPathEqualTo(path))
            .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static SendWhatsAppTemplateRequest template() {
    return new SendWhatsAppTemplateRequest().recipientPhoneNumber("+31612345678").hsmId(701L).channelId(102L);
  }

  @Test
  void sendReturnsTheMessageInsideTheEnvelope() {
    answer("/api/v2/tickets/3/messages", SENT);

    Message sent = client.messages().send(3, new SendMessageRequest().body("On its way!"));

    assertEquals(4_217_650_721L, sent.getId());
    assertEquals("On its way!", sent.getMessage());
    assertEquals(12L, sent.getUserId());
  }

  @Test
  void sendTemplateAndItsAsyncFormReturnTheMessageInsideTheEnvelope() {
    answer("/api/v2/whatsapp/messages", SENT);

    assertEquals(4_217_650_721L, client.whatsApp().sendTemplate(template()).getId());
    assertEquals(4_217_650_721L, client.whatsApp().sendTemplateAsync(template()).join().getId());
  }

  @Test
  void aSendAnsweredWithABareMessageFailsInsteadOfReturningAnEmptyOne() {
    answer("/api/v2/tickets/3/messages", "{\"id\":4217650721,\"ticket_id\":3,\"body\":\"hi\"}");

    TrengoDecodingException e =
        assertThrows(
            TrengoDecodingException.class, () -> client.messages().send(3, new SendMessageRequest().body("hi")));

    assertEquals("$.message", e.path());
    assertTrue(e.getMessage().contains("sendMessage"), e.getMessage());
  }

  @Test
  void theAsyncFormFailsTheSameWayOnABareMessage() {
    answer("/api/v2/whatsapp/messages", "{\"id\":4217650721}");

    CompletionException e =
        assertThrows(CompletionException.class, () -> client.whatsApp().sendTemplateAsync(template()).join());

    assertTrue(e.getCause() instanceof TrengoDecodingException, String.valueOf(e.getCause()));
  }
}
