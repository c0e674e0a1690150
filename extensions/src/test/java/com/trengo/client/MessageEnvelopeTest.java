package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.api.MessagesApi;
import com.trengo.client.model.Message;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequest;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sendMessage and sendWhatsAppTemplate answer {"message": {...}}; the client reads the message inside. */
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
    return new SendWhatsAppTemplateRequest().recipientPhoneNumber("+31612345678").hsmId(701L);
  }

  @Test
  void sendReturnsTheMessageInsideTheEnvelope() {
    answer("/api/v2/tickets/3/messages", SENT);

    Message sent = client.messages().send(3, new SendMessageRequest().message("On its way!"));

    assertEquals(4_217_650_721L, sent.getId());
    assertEquals("On its way!", sent.getMessage());
    assertEquals(12L, sent.getUserId());
  }

  @Test
  void sendTemplateAndItsAsyncFormReturnTheMessageInsideTheEnvelope() {
    answer("/api/v2/wa_sessions", SENT);

    assertEquals(4_217_650_721L, client.whatsApp().sendTemplate(template()).getId());
    assertEquals(4_217_650_721L, client.whatsApp().sendTemplateAsync(template()).join().getId());
  }

  @Test
  void aSendAnsweredWithABareMessageStillReadsIt() {
    answer("/api/v2/tickets/3/messages", "{\"id\":4217650721,\"ticket_id\":3,\"message\":\"hi\"}");

    Message sent = client.messages().send(3, new SendMessageRequest().message("hi"));

    assertEquals(4_217_650_721L, sent.getId());
    assertEquals("hi", sent.getMessage());
  }

  @Test
  void theGeneratedInterfaceAlsoReturnsTheMessageInsideTheEnvelope() throws Exception {
    answer("/api/v2/tickets/3/messages", SENT);

    Message sent = client.api(MessagesApi.class).sendMessage(3L, new SendMessageRequest().message("x")).execute().body();

    assertEquals(4_217_650_721L, sent.getId());
    assertEquals("On its way!", sent.getMessage());
  }

  @Test
  void anUnreadableFieldInsideTheEnvelopeIsNamedWithItsWholePath() {
    answer("/api/v2/wa_sessions", "{\"message\":{\"id\":4217650721,\"created_at\":\"yesterday\"}}");

    CompletionException e =
        assertThrows(CompletionException.class, () -> client.whatsApp().sendTemplateAsync(template()).join());

    // A send whose answer cannot be read proves nothing: an unknown outcome, with the reason inside.
    TrengoOutcomeUnknownException unknown = assertInstanceOf(TrengoOutcomeUnknownException.class, e.getCause());
    TrengoDecodingException cause = assertInstanceOf(TrengoDecodingException.class, unknown.getCause());
    assertEquals("$.message.created_at", cause.path());
    assertEquals("yesterday", cause.value());
  }

  @Test
  void messagesInAListAreReadAsTheyAreEvenWhenTheirTextLooksLikeJson() {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/v2/tickets/3/messages"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":[{\"id\":1,\"message\":\"{\\\"a\\\":1}\"}],\"links\":{\"next\":null},"
                        + "\"meta\":{\"current_page\":1}}")));

    Message first = client.messages().list(3, 1).getData().get(0);

    assertEquals(1L, first.getId());
    assertEquals("{\"a\":1}", first.getMessage());
  }
}
