package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.trengo.client.internal.LenientGson;
import com.trengo.client.model.AddContactNoteRequest;
import com.trengo.client.model.Contact;
import com.trengo.client.model.ContactList;
import com.trengo.client.model.ContactNote;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CreateTicketRequest;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.CustomField;
import com.trengo.client.model.Message;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequest;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.TicketList;
import com.trengo.client.model.Webhook;
import com.trengo.client.model.WebhookList;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real responses of {@link RealResponseFixturesTest}, this time served over HTTP and read through
 * the {@link TrengoClient} call that receives them: the model a user gets is the one that test proves
 * nothing is lost from (read with the client's Gson, the send envelopes unwrapped). The label fixture
 * answers no operation of the contract, and the single-message one an operation it does not have, so
 * neither is here.
 */
class RealResponsesThroughTheClientTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private static final Gson GSON = LenientGson.create();

  private final TrengoClient client = new TestServer().client(server).build();

  /** A fixture, the status it is served with, the call that receives it, and its model. */
  record Served(String file, int status, Function<TrengoClient, Object> call, Class<?> model, String unwrappedFrom) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Served> served() {
    return Stream.of(
        new Served("contacts-list.json", 200, c -> c.contacts().list(1, null), ContactList.class, null),
        new Served("contacts-view.json", 200, c -> c.contacts().get(1), Contact.class, null),
        new Served("contacts-create.json", 201,
            c -> c.contacts().create(new CreateContactRequest().name("A").identifier("a@example.com").channelId(1L)),
            Contact.class, null),
        new Served("contacts-create-on-channel.json", 200,
            c -> c.contacts().createOnChannel(1, new CreateContactOnChannelRequest().identifier("a@example.com")),
            Contact.class, null),
        new Served("contacts-note-create.json", 201,
            c -> c.contacts().addNote(1, new AddContactNoteRequest().note("n")), ContactNote.class, null),
        new Served("custom-fields-create.json", 201,
            c -> c.labelsAndCustomFields().createCustomField(
                new CreateCustomFieldRequest().title("Customer number").type(CreateCustomFieldRequest.TypeEnum.TEXT)),
            CustomField.class, null),
        new Served("tickets-list.json", 200, c -> c.tickets().list(TicketQuery.all()), TicketList.class, null),
        new Served("tickets-create.json", 201,
            c -> c.tickets().create(new CreateTicketRequest().channelId(1L).contactId(5L)),
            Ticket.class, null),
        new Served("tickets-create-whatsapp.json", 201,
            c -> c.tickets().create(new CreateTicketRequest().channelId(1L).contactId(6L)),
            Ticket.class, null),
        new Served("messages-send.json", 201,
            c -> c.messages().send(1, new SendMessageRequest().message("hi")), Message.class, "message"),
        new Served("messages-send-internal-note.json", 201,
            c -> c.messages().send(1, new SendMessageRequest().message("hi").internalNote(true)), Message.class,
            "message"),
        new Served("whatsapp-start-conversation.json", 201,
            c -> c.whatsApp().sendTemplate(
                new SendWhatsAppTemplateRequest().ticketId(250163550L).hsmId(1L)),
            Message.class, "message"),
        new Served("webhooks-list.json", 200, c -> c.webhooks().list(1), WebhookList.class, null),
        new Served("webhooks-view.json", 201,
            c -> c.webhooks().create(new CreateWebhookRequest().url(URI.create("https://example.com/hook"))
                .type(CreateWebhookRequest.TypeEnum.INBOUND)),
            Webhook.class, null));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("served")
  void theClientReturnsTheModelThatLosesNothing(Served fixture) throws IOException {
    String json = resource(fixture.file());
    server.stubFor(any(anyUrl()).willReturn(
        aResponse().withStatus(fixture.status()).withHeader("Content-Type", "application/json").withBody(json)));

    Object returned = fixture.call().apply(client);

    assertNotNull(returned, fixture.file());
    String inside = fixture.unwrappedFrom() == null
        ? json
        : JsonParser.parseString(json).getAsJsonObject().get(fixture.unwrappedFrom()).toString();
    assertEquals(GSON.fromJson(inside, fixture.model()), returned, fixture.file());
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = RealResponsesThroughTheClientTest.class.getResourceAsStream("/fixtures/real/" + file)) {
      assertNotNull(in, "no fixture " + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
