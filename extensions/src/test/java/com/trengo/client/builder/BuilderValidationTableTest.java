package com.trengo.client.builder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.model.CreateCustomFieldRequest.TypeEnum;
import com.trengo.client.model.UpdateCustomFieldRequest;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.LogPhoneCallRequest.DirectionEnum;
import com.trengo.client.model.QuickReplyRequest;
import com.trengo.client.webhook.WebhookEventType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input across every builder, each sent through the client the way a user would: the call must
 * fail with the field's API name and the value given, and no request may reach the server (which
 * would accept anything).
 */
class BuilderValidationTableTest {
  @RegisterExtension static WireMockExtension server = BuilderClients.server();

  private TrengoClient trengo;

  @BeforeEach
  void start() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":1}")));
    trengo = BuilderClients.client(server);
  }

  @AfterEach
  void close() {
    trengo.close();
  }

  /** One bad input: how it is sent, and the field and value the exception must name. */
  record Case(String name, String field, String value, int errors, Function<TrengoClient, Object> send) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case bad(String name, String field, String value, Function<TrengoClient, Object> send) {
    return new Case(name, field, value, 1, send);
  }

  private static final Path MISSING = Path.of("/no/such/dir/photo.png");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  private static CreateContact.Builder contact() {
    return CreateContact.builder().name("Ada").identifier("+31612345678").channelId(12L);
  }

  private static CreateTicket.Builder ticket() {
    return CreateTicket.builder().channelId(12L).contactId(5001L);
  }

  private static Webhook.Builder webhook() {
    return Webhook.builder().type(CreateWebhookRequest.TypeEnum.INBOUND);
  }

  private static SendMedia.Builder media() {
    return SendMedia.builder().bytes(PNG).filename("photo.png").contentType("image/png");
  }

  private static SendWhatsAppTemplate.Builder template() {
    return SendWhatsAppTemplate.builder().recipientPhoneNumber("+31612345678").hsmId(4L);
  }

  static Stream<Case> badInputs() {
    return Stream.concat(firstOperations(), operationsOfIssue14());
  }

  private static SendToIdentifier.Builder quick() {
    return SendToIdentifier.builder().channelId(101L).contactIdentifier("ada@example.com").message("Hi");
  }

  private static LogPhoneCall.Builder call() {
    return LogPhoneCall.builder().channelId(104L).phone("+31201234567").direction(DirectionEnum.INBOUND);
  }

  /** The builders and checked arguments of the operations issue 14 added. */
  private static Stream<Case> operationsOfIssue14() {
    return Stream.of(
        // labels and custom fields
        bad("label without name", "name", "null",
            c -> c.labels().create(CreateLabel.builder().color("#fff").build())),
        bad("label renamed to blank", "name", " ",
            c -> c.labels().update(401, CreateLabel.builder().name(" ").build())),
        bad("label with a blank colour", "color", "",
            c -> c.labels().createAsync(CreateLabel.builder().name("VIP").color("").build())),
        bad("find a label without a name", "name", "null",
            c -> c.labels().findByName(null)),
        bad("find a label by a blank name", "name", "  ",
            c -> c.labels().findByName("  ")),
        bad("custom field update that changes nothing", "title", "null",
            c -> c.customFields().update(501, UpdateCustomField.builder().build())),
        bad("custom field renamed to blank", "title", " ",
            c -> c.customFields().update(501, UpdateCustomField.builder().title(" ").build())),
        bad("custom field moved to an entity not listed", "type", "ORDER",
            c -> c.customFields().updateAsync(501, UpdateCustomField.builder()
                .type(UpdateCustomFieldRequest.TypeEnum.fromValue("ORDER")).build())),
        // teams and channels
        bad("team renamed to nothing", "name", "null",
            c -> c.teams().update(301, UpdateTeam.builder().channelId(101L).build())),
        bad("team with channel zero", "channel_ids[1]", "0",
            c -> c.teams().update(301, UpdateTeam.builder().name("S").channelId(101L).channelId(0L).build())),
        bad("team with an agent left null", "user_ids[0]", "null",
            c -> c.teams().updateAsync(301, UpdateTeam.builder().name("S").userId(null).build())),
        bad("channels of no type", "type", "null",
            c -> c.channels().findByType(null)),
        bad("channel of a blank name", "name", "",
            c -> c.channels().findByName("")),
        // quick replies, ticket results, contact groups
        bad("quick reply without a message", "message", "null",
            c -> c.quickReplies().create(CreateQuickReply.builder().title("t").type(QuickReplyRequest.TypeEnum.EMAIL).build())),
        bad("quick reply of a type not listed", "type", "WHATSAPP",
            c -> c.quickReplies().update(1101, CreateQuickReply.builder().title("t").message("m")
                .type(QuickReplyRequest.TypeEnum.fromValue("WHATSAPP")).build())),
        bad("quick reply on channel zero", "channel_ids[0]", "0",
            c -> c.quickReplies().createAsync(CreateQuickReply.builder().title("t").message("m")
                .type(QuickReplyRequest.TypeEnum.EMAIL).channelId(0L).build())),
        bad("ticket result without a name", "name", "null",
            c -> c.ticketResults().create(CreateTicketResult.builder().sortOrder(1).build())),
        bad("close with a blank result name", "name", " ",
            c -> c.tickets().closeWithResult(90001, " ")),
        bad("contact group renamed to blank", "name", "\t",
            c -> c.contactGroups().update(901, CreateContactGroup.builder().name("\t").build())),
        // SMS, help center, reporting
        bad("sms to a number without +", "to", "31612345678",
            c -> { c.sms().send(SendSms.builder().channelId(106L).to("31612345678").message("Hi").build()); return null; }),
        bad("sms without text", "message", "null",
            c -> c.sms().sendAsync(SendSms.builder().channelId(106L).to("+31612345678").build())),
        bad("articles untranslated to no language", "language", "",
            c -> com.trengo.client.ArticleQuery.untranslatedTo("")),
        bad("articles with a blank term", "term", " ",
            c -> com.trengo.client.ArticleQuery.published().withTerm(" ")),
        bad("metrics without a metric", "metric", "null",
            c -> c.reporting().metrics(com.trengo.client.MetricsQuery.builder().build())),
        bad("metrics ending before they start", "end_date", "2024-01-01T00:00Z",
            c -> com.trengo.client.MetricsQuery.builder().metric("closed_tickets")
                .from(java.time.OffsetDateTime.parse("2024-02-01T00:00Z"))
                .to(java.time.OffsetDateTime.parse("2024-01-01T00:00Z")).build()),
        bad("metrics of team zero", "team_ids[0]", "0",
            c -> c.reporting().metricsAsync(com.trengo.client.MetricsQuery.builder().metric("new_tickets").team(0).build())),
        // tickets
        bad("merge a ticket into itself", "source_ticket_id", "90001",
            c -> { c.tickets().merge(90001, 90001); return null; }),
        bad("merge ticket zero", "source_ticket_id", "0",
            c -> c.tickets().mergeAsync(90001, 0)),
        // messages
        bad("upload with a body the upload would drop", "body", "text",
            c -> c.messages().upload(SendMedia.builder().body("text").bytes(PNG).filename("a.png")
                .contentType("image/png").build())),
        bad("send to identifier on channel zero", "channel_id", "0",
            c -> { c.messages().sendToIdentifier(quick().channelId(0L).build()); return null; }),
        bad("send to a phone identifier with spaces", "contact_identifier", "+31 6 1234 5678",
            c -> c.messages().sendToIdentifierAsync(quick().contactIdentifier("+31 6 1234 5678").build())),
        bad("send to identifier without a message", "message", "null",
            c -> { c.messages().sendToIdentifier(quick().message(null).build()); return null; }),
        bad("send to identifier with a blank subject", "email_subject", " ",
            c -> { c.messages().sendToIdentifier(quick().emailSubject(" ").build()); return null; }),
        bad("log a call with a bad phone number", "phone", "+12",
            c -> { c.messages().logPhoneCall(call().phone("+12").build()); return null; }),
        bad("log a call without direction", "direction", "null",
            c -> { c.messages().logPhoneCall(call().direction(null).build()); return null; }),
        bad("log a call in a direction not listed", "direction", "SIDEWAYS",
            c -> c.messages().logPhoneCallAsync(call().direction(DirectionEnum.fromValue("SIDEWAYS")).build())),
        bad("log a call of negative duration", "duration", "-1",
            c -> { c.messages().logPhoneCall(call().durationSeconds(-1).build()); return null; }),
        bad("log a call with a recording on ftp", "recording_url", "ftp://pbx.example.com/1.mp3",
            c -> { c.messages().logPhoneCall(call().recordingUrl("ftp://pbx.example.com/1.mp3").build()); return null; }),
        bad("log a call with a relative recording url", "recording_url", "/rec/1.mp3",
            c -> { c.messages().logPhoneCall(call().recordingUrl("/rec/1.mp3").build()); return null; }));
  }

  private static Stream<Case> firstOperations() {
    return Stream.of(
        // create contact
        bad("contact without name", "name", "null",
            c -> c.contacts().create(contact().name(null).build())),
        bad("contact with blank name", "name", "  ",
            c -> c.contacts().create(contact().name("  ").build())),
        bad("contact without identifier", "identifier", "null",
            c -> c.contacts().create(contact().identifier(null).build())),
        bad("contact with empty identifier", "identifier", "",
            c -> c.contacts().create(contact().identifier("").build())),
        bad("phone identifier too short", "identifier", "+12",
            c -> c.contacts().create(contact().identifier("+12").build())),
        bad("phone identifier with spaces", "identifier", "+31 6 1234 5678",
            c -> c.contacts().create(contact().identifier("+31 6 1234 5678").build())),
        bad("phone identifier with unassigned country code", "identifier", "+999123456",
            c -> c.contacts().create(contact().identifier("+999123456").build())),
        bad("digits-only identifier in national form", "identifier", "0612345678",
            c -> c.contacts().create(contact().identifier("0612345678").build())),
        bad("email identifier without domain", "identifier", "ada@",
            c -> c.contacts().create(contact().identifier("ada@").build())),
        bad("email identifier without dot in domain", "identifier", "ada@example",
            c -> c.contacts().create(contact().identifier("ada@example").build())),
        bad("identifier with leading space", "identifier", " +31612345678",
            c -> c.contacts().create(contact().identifier(" +31612345678").build())),
        bad("contact channel id zero", "channel_id", "0",
            c -> c.contacts().create(contact().channelId(0L).build())),
        bad("contact channel id negative", "channel_id", "-5",
            c -> c.contacts().create(contact().channelId(-5L).build())),
        bad("contact without channel id", "channel_id", "null",
            c -> c.contacts().create(contact().channelId(null).build())),
        bad("contact email without @", "email", "ada.example.com",
            c -> c.contacts().create(contact().email("ada.example.com").build())),
        bad("contact phone too short", "phone", "12345",
            c -> c.contacts().createAsync(contact().phone("12345").build())),
        bad("contact phone with letters", "phone", "call me",
            c -> c.contacts().create(contact().phone("call me").build())),
        // create ticket
        bad("ticket without channel id", "channel_id", "null",
            c -> c.tickets().create(ticket().channelId(null).build())),
        bad("ticket without contact id", "contact_id", "null",
            c -> c.tickets().create(ticket().contactId(null).build())),
        bad("ticket for contact zero", "contact_id", "0",
            c -> c.tickets().createAsync(ticket().contactId(0L).build())),
        bad("ticket delegated to user zero", "delegate_to_user_id", "0",
            c -> c.tickets().create(ticket().delegateToUserId(0L).build())),
        bad("ticket delegated to negative team", "delegate_to_team_id", "-1",
            c -> c.tickets().create(ticket().delegateToTeamId(-1L).build())),
        bad("ticket with empty subject", "subject", "",
            c -> c.tickets().create(ticket().subject("").build())),
        // assign ticket
        new Case("assign to nobody", "user_id", "null", 2,
            c -> c.tickets().assign(7, AssignTicket.builder().build())),
        new Case("assign to a user and a team at once", "user_id", "3", 2,
            c -> c.tickets().assign(7, AssignTicket.builder().userId(3L).teamId(4L).build())),
        bad("assign to user zero", "user_id", "0",
            c -> c.tickets().assign(7, AssignTicket.toUser(0L).build())),
        bad("assign to negative team", "team_id", "-3",
            c -> c.tickets().assignAsync(7, AssignTicket.toTeam(-3L).build())),
        bad("assign with a blank note", "note", " ",
            c -> c.tickets().assign(7, AssignTicket.toUser(3L).note(" ").build())),
        // close ticket
        bad("close with result zero", "ticket_result_id", "0",
            c -> c.tickets().close(7, 0)),
        bad("close with a negative result", "ticket_result_id", "-1",
            c -> c.tickets().closeAsync(7, -1)),
        // send message
        bad("message without text", "message", "null",
            c -> c.messages().send(7, SendMessage.builder().internalNote(true).build())),
        bad("message with whitespace text", "message", " \n\t",
            c -> c.messages().send(7, SendMessage.builder().message(" \n\t").build())),
        bad("message with blank subject", "subject", "",
            c -> c.messages().send(7, SendMessage.builder().message("Hi").subject("").build())),
        bad("message with attachment zero", "attachment_ids[1]", "0",
            c -> c.messages().sendAsync(7, SendMessage.builder().message("Hi").attachmentId(5L).attachmentId(0L).build())),
        bad("message with a null attachment", "attachment_ids[0]", "null",
            c -> c.messages().send(7, SendMessage.builder().message("Hi").attachmentId(null).build())),
        // send media
        bad("media without content", "file", "null",
            c -> c.messages().sendMedia(7, SendMedia.builder().filename("a.png").contentType("image/png").build())),
        bad("media from missing file", "file", MISSING.toString(),
            c -> c.messages().sendMedia(7, SendMedia.builder().file(MISSING).contentType("image/png").build())),
        bad("media from a directory", "file", Path.of(System.getProperty("java.io.tmpdir")).toString(),
            c -> c.messages().sendMedia(7, SendMedia.builder()
                .file(Path.of(System.getProperty("java.io.tmpdir"))).filename("x.png").contentType("image/png").build())),
        bad("media from empty bytes", "file", "byte[0]",
            c -> c.messages().sendMedia(7, media().bytes(new byte[0]).build())),
        bad("media from empty stream", "file", "byte[0]",
            c -> c.messages().sendMedia(7, media().bytes(null).stream(new ByteArrayInputStream(new byte[0])).build())),
        bad("media from file and bytes", "file", MISSING.toString(),
            c -> c.messages().sendMedia(7, media().file(MISSING).build())),
        bad("media bytes without filename", "filename", "null",
            c -> c.messages().sendMedia(7, media().filename(null).build())),
        bad("media filename that is a path", "filename", "../etc/photo.png",
            c -> c.messages().sendMedia(7, media().filename("../etc/photo.png").build())),
        bad("media filename with a quote", "filename", "a\"b.png",
            c -> c.messages().sendMedia(7, media().filename("a\"b.png").build())),
        bad("media without content type", "content_type", "null",
            c -> c.messages().sendMediaAsync(7, media().contentType(null).build())),
        bad("media content type without subtype", "content_type", "png",
            c -> c.messages().sendMedia(7, media().contentType("png").build())),
        bad("media content type wildcard", "content_type", "image/*",
            c -> c.messages().sendMedia(7, media().contentType("image/*").build())),
        bad("media with empty body", "body", "",
            c -> c.messages().sendMedia(7, media().body("").build())),
        // create team
        bad("team without name", "name", "null",
            c -> c.teams().create(CreateTeam.builder().build())),
        bad("team with blank name", "name", "   ",
            c -> c.teams().createAsync(CreateTeam.builder().name("   ").build())),
        // create custom field
        bad("custom field without title", "title", "null",
            c -> c.customFields().create(CreateCustomField.builder().type(TypeEnum.CONTACT).build())),
        bad("custom field without type", "type", "null",
            c -> c.customFields().create(CreateCustomField.builder().title("Order").build())),
        bad("custom field type in lower case", "type", "ticket",
            c -> c.customFields().create(CreateCustomField.builder().title("Order").type("ticket").build())),
        bad("custom field with a kind of field as its type", "type", "TEXT",
            c -> c.customFields().createAsync(CreateCustomField.builder().title("Order").type("TEXT").build())),
        // create/update webhook
        bad("webhook without url", "url", "null",
            c -> c.webhooks().create(webhook().name("CRM").build())),
        bad("webhook over plain http", "url", "http://example.com/hook",
            c -> c.webhooks().create(webhook().url("http://example.com/hook").build())),
        bad("webhook over plain http to a host that only looks local", "url", "http://127.0.0.1.example.com/hook",
            c -> c.webhooks().create(webhook().url("http://127.0.0.1.example.com/hook").build())),
        bad("webhook with relative url", "url", "/hooks/trengo",
            c -> c.webhooks().create(webhook().url("/hooks/trengo").build())),
        bad("webhook url with a space", "url", "https://exa mple.com/hook",
            c -> c.webhooks().update(9, webhook().url("https://exa mple.com/hook").build())),
        bad("webhook url without host", "url", "https:///hook",
            c -> c.webhooks().update(9, webhook().url(URI.create("https:///hook")).build())),
        bad("webhook with blank name", "name", " ",
            c -> c.webhooks().createAsync(webhook().url("https://example.com/hook").name(" ").build())),
        bad("webhook without type", "type", "null",
            c -> c.webhooks().create(Webhook.builder().url("https://example.com/hook").build())),
        bad("webhook for an event type no webhook has", "type", "UNRECOGNIZED",
            c -> c.webhooks().create(Webhook.builder().url("https://example.com/hook")
                .type(WebhookEventType.UNRECOGNIZED).build())),
        // create/update profile
        bad("profile without name", "name", "null",
            c -> c.profiles().create(CreateProfile.builder().build())),
        bad("profile with blank name", "name", " \t",
            c -> c.profiles().createAsync(CreateProfile.builder().name(" \t").build())),
        bad("profile renamed to nothing", "name", "null",
            c -> c.profiles().update(7, CreateProfile.builder().name(null).build())),
        bad("profile renamed to empty", "name", "",
            c -> c.profiles().update(7, CreateProfile.builder().name("").build())),
        bad("detach as a blank type", "type", " ",
            c -> { c.profiles().detachContact(7, 5001, " "); return null; }),
        bad("detach as an empty type", "type", "",
            c -> c.profiles().detachContactAsync(7, 5001, "")),
        // attach contact to profile
        bad("attach contact id zero", "contact_id", "0",
            c -> { c.profiles().attachContact(7, 0, "EMAIL"); return null; }),
        bad("attach negative contact id", "contact_id", "-5001",
            c -> c.profiles().attachContactAsync(7, -5001, "EMAIL")),
        bad("attach without type", "type", "null",
            c -> { c.profiles().attachContact(7, 5001, null); return null; }),
        bad("attach with blank type", "type", " ",
            c -> { c.profiles().attachContact(7, 5001, " "); return null; }),
        bad("attach builder without contact id", "contact_id", "null",
            c -> AttachContactToProfile.builder().type("EMAIL").build()),
        // create contact on channel
        bad("contact on channel without identifier", "identifier", "null",
            c -> c.contacts().createOnChannel(12, CreateContactOnChannel.builder().name("Ada").build())),
        bad("contact on channel phone too short", "identifier", "+12",
            c -> c.contacts().createOnChannel(12, CreateContactOnChannel.builder().identifier("+12").build())),
        bad("contact on channel phone not in E.164", "identifier", "+31 6 1234 5678",
            c -> c.contacts().createOnChannelAsync(12,
                CreateContactOnChannel.builder().identifier("+31 6 1234 5678").build())),
        bad("contact on channel bad email", "identifier", "ada@example",
            c -> c.contacts().createOnChannel(12, CreateContactOnChannel.builder().identifier("ada@example").build())),
        bad("contact on channel with blank name", "name", "  ",
            c -> c.contacts().createOnChannel(12,
                CreateContactOnChannel.builder().identifier("ada@example.com").name("  ").build())),
        // routing helpers: checked before the search or the create is sent
        bad("find by identifier without one", "identifier", "null",
            c -> c.contacts().findByIdentifier(null)),
        bad("find by identifier that is blank", "identifier", "  ",
            c -> c.contacts().findByIdentifierAsync("  ")),
        bad("get or create on channel zero", "channel_id", "0",
            c -> c.contacts().getOrCreate(0, "ada@example.com", "Ada")),
        new Case("get or create on a negative channel with a bad email", "channel_id", "-1", 2,
            c -> c.contacts().getOrCreateAsync(-1, "ada@example", "Ada")),
        bad("get or create with a blank name", "name", "",
            c -> c.contacts().getOrCreate(12, "ada@example.com", "")),
        bad("open ticket for a bad phone number", "identifier", "+12",
            c -> c.tickets().openFor(12, "+12", "Hello")),
        bad("open ticket on channel zero", "channel_id", "0",
            c -> c.tickets().openForAsync(0, "ada@example.com", "Hello")),
        bad("open ticket with a blank subject", "subject", " ",
            c -> c.tickets().openFor(12, "ada@example.com", " ")),
        // contact custom field value
        bad("custom field value without field id", "custom_field_id", "null",
            c -> { c.contacts().setCustomField(5, ContactCustomFieldValue.builder().value("x").build()); return null; }),
        bad("custom field value for field zero", "custom_field_id", "0",
            c -> c.contacts().setCustomFieldAsync(5,
                ContactCustomFieldValue.builder().customFieldId(0L).value("x").build())),
        bad("custom field value missing", "value", "null",
            c -> { c.contacts().setCustomField(5, ContactCustomFieldValue.builder().customFieldId(7L).build()); return null; }),
        bad("custom field value blank", "value", " ",
            c -> { c.contacts().setCustomField(5,
                ContactCustomFieldValue.builder().customFieldId(7L).value(" ").build()); return null; }),
        // contact note
        bad("note without text", "note", "null",
            c -> c.contacts().addNote(5, AddContactNote.builder().build())),
        bad("note of whitespace", "note", "\n \n",
            c -> c.contacts().addNoteAsync(5, AddContactNote.builder().note("\n \n").build())),
        // send WhatsApp template
        bad("template to too short a number", "recipient_phone_number", "+12",
            c -> c.whatsApp().sendTemplate(template().recipientPhoneNumber("+12").build())),
        bad("template to a number without +", "recipient_phone_number", "31612345678",
            c -> c.whatsApp().sendTemplate(template().recipientPhoneNumber("31612345678").build())),
        bad("template to a number with spaces", "recipient_phone_number", "+31 6 12345678",
            c -> c.whatsApp().sendTemplate(template().recipientPhoneNumber("+31 6 12345678").build())),
        bad("template to an email address", "recipient_phone_number", "ada@example.com",
            c -> c.whatsApp().sendTemplate(template().recipientPhoneNumber("ada@example.com").build())),
        new Case("template to neither a number nor a ticket", "recipient_phone_number", "null", 2,
            c -> c.whatsApp().sendTemplate(template().recipientPhoneNumber(null).build())),
        new Case("template to a number and a ticket at once", "recipient_phone_number", "+31612345678", 2,
            c -> c.whatsApp().sendTemplateAsync(template().ticketId(90001L).build())),
        bad("template into ticket zero", "ticket_id", "0",
            c -> c.whatsApp().sendTemplate(SendWhatsAppTemplate.toTicket(0L).hsmId(4L).build())),
        bad("template hsm id zero", "hsm_id", "0",
            c -> c.whatsApp().sendTemplate(template().hsmId(0L).build())),
        bad("template without hsm id", "hsm_id", "null",
            c -> c.whatsApp().sendTemplate(SendWhatsAppTemplate.toTicket(90001L).build())),
        bad("template param with blank key", "params[0].key", "",
            c -> c.whatsApp().sendTemplate(template().param("body", "", "Ada").build())),
        bad("template param without type", "params[0].type", "null",
            c -> c.whatsApp().sendTemplate(template().param(null, "{{1}}", "Ada").build())),
        bad("template second param without value", "params[1].value", "null",
            c -> c.whatsApp().sendTemplate(
                template().param("body", "{{1}}", "Ada").param("body", "{{2}}", null).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsRejectedNamingTheFieldAndNothingIsSent(Case bad) {
    TrengoValidationException e = assertThrows(TrengoValidationException.class, () -> bad.send().apply(trengo));

    List<FieldError> errors = e.errors();
    assertEquals(bad.errors(), errors.size(), e.getMessage());
    FieldError error = errors.get(0);
    assertEquals(bad.field(), error.field(), e.getMessage());
    assertEquals(bad.value(), error.value(), e.getMessage());
    assertTrue(e.getMessage().contains(error.toString()), e.getMessage());
    assertEquals(0, server.getAllServeEvents().size(), "no request may reach the server");
  }

  @Test
  void theTableCoversEveryBuilderWithAtLeastThirtyInputs() {
    List<Case> cases = badInputs().toList();
    assertTrue(cases.size() >= 30, "only " + cases.size() + " bad inputs");
  }
}
