package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.trengo.client.error.TrengoException;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.internal.LenientGson;
import com.trengo.client.model.AddContactNoteRequest;
import com.trengo.client.model.Contact;
import com.trengo.client.model.ContactGroup;
import com.trengo.client.model.ContactGroupList;
import com.trengo.client.model.ContactGroupRequest;
import com.trengo.client.model.ContactList;
import com.trengo.client.model.ContactNote;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CreateTicketRequest;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.CustomField;
import com.trengo.client.model.CustomFieldList;
import com.trengo.client.model.Label;
import com.trengo.client.model.LabelList;
import com.trengo.client.model.Message;
import com.trengo.client.model.QuickReply;
import com.trengo.client.model.QuickReplyList;
import com.trengo.client.model.QuickReplyRequest;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequest;
import com.trengo.client.model.SmsMessageList;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.TicketList;
import com.trengo.client.model.WalletBalance;
import com.trengo.client.model.Webhook;
import com.trengo.client.model.WebhookList;
import com.trengo.sandbox.SpecViolation;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real response of {@link RealResponseFixturesTest}, served by the sandbox at the endpoint that
 * produced it and received by the {@link TrengoClient} call that makes that request. Two things hold
 * for each: the sandbox's contract validator (the one every sandbox exchange goes through) finds 0
 * violations in the request and in the real body, and the client returns the model that test proves
 * nothing is lost from. A real body that broke the contract would fail here with the validator's
 * message; so does each deliberately altered one below, so the check is not a formality.
 */
class RealResponsesThroughTheClientTest {
  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private static final Gson GSON = LenientGson.create();

  private final TrengoClient client = TrengoClient.builder()
      .baseUrl(sandbox.baseUrl())
      .token(sandbox.token())
      .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults()))
      .build();

  /**
   * A fixture, how it is served (method, path, status; {@code wrap} turns the file into the body),
   * the call that receives it, and its model.
   */
  record Served(String file, String method, String path, int status, UnaryOperator<String> wrap,
      Function<TrengoClient, Object> call, Class<?> model, String unwrappedFrom) {
    static Served of(String file, String method, String path, int status, Function<TrengoClient, Object> call,
        Class<?> model) {
      return new Served(file, method, path, status, json -> json, call, model, null);
    }

    @Override
    public String toString() {
      return file + " as " + method + " " + path + (wrap.apply("{}").equals("{}") ? "" : " (as its one item)");
    }
  }

  /** A fixture of one item, served as the only item of its list: {@code {"data": [item]}}. */
  static Served listOf(String file, String path, Function<TrengoClient, Object> call, Class<?> model) {
    return new Served(file, "GET", path, 200, json -> "{\"data\":[" + json + "]}", call, model, null);
  }

  static Stream<Served> served() {
    return Stream.of(
        Served.of("contacts-list.json", "GET", "/contacts", 200, c -> c.contacts().list(1, null), ContactList.class),
        Served.of("contacts-view.json", "GET", "/contacts/1", 200, c -> c.contacts().get(1), Contact.class),
        Served.of("contacts-create.json", "POST", "/channels/1/contacts", 201,
            c -> c.contacts().createOnChannel(1, new CreateContactOnChannelRequest().identifier("+09912234567")),
            Contact.class),
        Served.of("contacts-create-on-channel.json", "POST", "/channels/1/contacts", 200,
            c -> c.contacts().createOnChannel(1, new CreateContactOnChannelRequest().identifier("+972545614020")),
            Contact.class),
        Served.of("contacts-note-create.json", "POST", "/contacts/1/notes", 201,
            c -> c.contacts().addNote(1, new AddContactNoteRequest().note("some note 4")), ContactNote.class),
        Served.of("custom-fields-create.json", "POST", "/custom_fields", 201,
            c -> c.customFields().create(
                new CreateCustomFieldRequest().title("api-custom-field-1").type(CreateCustomFieldRequest.TypeEnum.CONTACT)),
            CustomField.class),
        Served.of("tickets-list.json", "GET", "/tickets", 200, c -> c.tickets().list(TicketQuery.all()), TicketList.class),
        Served.of("tickets-create.json", "POST", "/tickets", 201,
            c -> c.tickets().create(new CreateTicketRequest().channelId(650578L).contactId(163968078L)), Ticket.class),
        Served.of("tickets-create-whatsapp.json", "POST", "/tickets", 201,
            c -> c.tickets().create(
                new CreateTicketRequest().channelId(1306497L).contactId(460022113L).subject("test-api-ticket")),
            Ticket.class),
        Served.of("tickets-attach-label.json", "POST", "/tickets/1/labels", 200,
            c -> c.labels().attachToTicket(1, 1701915), Label.class),
        Served.of("messages-view.json", "GET", "/tickets/1/messages/1", 200, c -> c.messages().get(1, 1), Message.class),
        new Served("messages-send.json", "POST", "/tickets/1/messages", 201, json -> json,
            c -> c.messages().send(1, new SendMessageRequest().message("test")), Message.class, "message"),
        new Served("messages-send-internal-note.json", "POST", "/tickets/1/messages", 201, json -> json,
            c -> c.messages().send(1, new SendMessageRequest().message("NEW ORDER").internalNote(true)),
            Message.class, "message"),
        new Served("whatsapp-start-conversation.json", "POST", "/wa_sessions", 201, json -> json,
            c -> c.whatsApp().sendTemplate(new SendWhatsAppTemplateRequest().ticketId(250163550L).hsmId(1L)),
            Message.class, "message"),
        Served.of("webhooks-list.json", "GET", "/webhooks", 200, c -> c.webhooks().list(1), WebhookList.class),
        // Fixtures whose own operation issue 14 added: read through it, and as the item of its list.
        Served.of("webhooks-view.json", "GET", "/webhooks/1", 200, c -> c.webhooks().get(1), Webhook.class),
        Served.of("tickets-attach-label.json", "GET", "/labels/1", 200, c -> c.labels().get(1), Label.class),
        listOf("tickets-attach-label.json", "/labels", c -> c.labels().list(1), LabelList.class),
        Served.of("custom-fields-create.json", "GET", "/custom_fields/1", 200, c -> c.customFields().get(1),
            CustomField.class),
        listOf("custom-fields-create.json", "/custom_fields", c -> c.customFields().list(1), CustomFieldList.class),
        // Fixtures of operations issue 14 added.
        Served.of("quick-replies-list.json", "GET", "/quick_replies", 200, c -> c.quickReplies().list(1, null),
            QuickReplyList.class),
        Served.of("quick-replies-create.json", "POST", "/quick_replies", 201,
            c -> c.quickReplies().create(new QuickReplyRequest().title("title").message("message")
                .type(QuickReplyRequest.TypeEnum.SMS)),
            QuickReply.class),
        Served.of("contact-groups-list.json", "GET", "/contact_groups", 200, c -> c.contactGroups().list(1),
            ContactGroupList.class),
        Served.of("contact-groups-view.json", "GET", "/contact_groups/172113", 200,
            c -> c.contactGroups().get(172113), ContactGroup.class),
        Served.of("contact-groups-create.json", "POST", "/contact_groups", 201,
            c -> c.contactGroups().create(new ContactGroupRequest().name("test")), ContactGroup.class),
        Served.of("sms-messages-list.json", "GET", "/sms_messages", 200, c -> c.sms().list(1), SmsMessageList.class),
        Served.of("wallet-balance.json", "GET", "/wallet/balance", 200, c -> c.sms().balance(), WalletBalance.class),
        Served.of("webhooks-view.json", "POST", "/webhooks", 201,
            c -> c.webhooks().create(new CreateWebhookRequest().url(URI.create("https://example.com/hook"))
                .type(CreateWebhookRequest.TypeEnum.INBOUND)),
            Webhook.class));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("served")
  void theContractAcceptsTheRealResponseAndTheClientReturnsTheModelThatLosesNothing(Served fixture)
      throws IOException {
    String body = fixture.wrap().apply(resource(fixture.file()));
    serve(fixture, body);

    Object returned = fixture.call().apply(client);

    assertEquals(List.of(), sandbox.sandbox().violations(), fixture + " broke the contract");
    assertNotNull(returned, fixture.file());
    String inside = fixture.unwrappedFrom() == null
        ? body
        : JsonParser.parseString(body).getAsJsonObject().get(fixture.unwrappedFrom()).toString();
    assertEquals(GSON.fromJson(inside, fixture.model()), returned, fixture.file());
    System.out.printf("%s: 0 violations; %s returned, equal to the real body read as %s%n",
        fixture, returned.getClass().getSimpleName(), fixture.model().getSimpleName());
  }

  @Test
  void everyRealFixtureIsServed() throws Exception {
    Set<String> files;
    try (Stream<Path> listed = Files.list(Path.of(RealResponsesThroughTheClientTest.class.getResource("/fixtures/real").toURI()))) {
      files = listed.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).collect(Collectors.toSet());
    }

    assertEquals(files, served().map(Served::file).collect(Collectors.toSet()), "every file of fixtures/real");
  }

  /** A real fixture with one value made wrong, and the violation the validator must report for it. */
  record Altered(String file, String from, String to, String path, String key, String message) {
    @Override
    public String toString() {
      return file + ": " + from + " -> " + to;
    }
  }

  static Stream<Altered> altered() {
    return Stream.of(
        new Altered("tickets-list.json", "\"created_at\": \"2021-12-06 12:09:14\"", "\"created_at\": \"06/12/2021 12:09\"",
            "/tickets", "validation.response.body.schema.pattern",
            "[Path '/data/0/created_at'] ECMA 262 regex \"^(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?"
                + "(Z|[+-]\\d{2}:?\\d{2})?)?$\" does not match input string \"06/12/2021 12:09\""),
        new Altered("webhooks-list.json", "\"id\": 7637,", "\"id\": \"7637\",",
            "/webhooks", "validation.response.body.schema.type",
            "[Path '/data/1/id'] Instance type (string) does not match any allowed primitive type (allowed: [\"integer\"])"),
        new Altered("messages-send-internal-note.json", "\"type\": \"NOTE\"", "\"type\": \"SYSTEM\"",
            "/tickets/1/messages", "validation.response.body.schema.enum",
            "[Path '/message/type'] Instance value (\"SYSTEM\") not found in enum (possible values: "
                + "[\"INBOUND\",\"OUTBOUND\",\"NOTE\"])"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("altered")
  void aRealResponseMadeWrongIsReportedWithTheValidatorsMessage(Altered altered) throws IOException {
    Served fixture = served().filter(s -> s.file().equals(altered.file())).findFirst().orElseThrow();
    String real = resource(altered.file());
    assertEquals(1, real.split(java.util.regex.Pattern.quote(altered.from()), -1).length - 1,
        altered.from() + " occurs once in " + altered.file());
    serve(fixture, real.replace(altered.from(), altered.to()));

    try {
      fixture.call().apply(client);
    } catch (TrengoException readingItFailedToo) {
      // A date the client cannot read fails the call as well; the validator's report is what is checked.
    }

    List<SpecViolation> violations = sandbox.sandbox().violations();
    assertEquals(1, violations.size(), violations.toString());
    assertEquals(SpecViolation.Direction.RESPONSE, violations.get(0).direction());
    assertEquals(altered.key(), violations.get(0).key());
    assertEquals(altered.message(), violations.get(0).message());
    sandbox.sandbox().clearViolations();
  }

  /** Serves {@code body} from the sandbox at the fixture's method and path, ahead of the sandbox's own stubs. */
  private static void serve(Served fixture, String body) {
    TrengoSandbox running = sandbox.sandbox();
    running.admin()
        .register(request(fixture.method(), urlPathEqualTo("/api/v2" + fixture.path()))
            .atPriority(1)
            .willReturn(aResponse().withStatus(fixture.status()).withHeader("Content-Type", "application/json")
                .withBody(body)));
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = RealResponsesThroughTheClientTest.class.getResourceAsStream("/fixtures/real/" + file)) {
      assertNotNull(in, "no fixture " + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
