package com.trengo.client.builder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.TrengoClient;
import com.trengo.client.model.AddContactNoteRequest;
import com.trengo.client.model.AssignTicketRequest;
import com.trengo.client.model.AttachContactToProfileRequest;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CreateCustomFieldRequest.TypeEnum;
import com.trengo.client.model.CreateTeamRequest;
import com.trengo.client.model.CreateTicketRequest;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.LogPhoneCallRequest;
import com.trengo.client.model.SendQuickMessageRequest;
import com.trengo.client.model.ProfileRequest;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequestParamsInner;
import com.trengo.client.model.SetCustomFieldRequest;
import com.trengo.client.webhook.WebhookEventType;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid input builds exactly the model a user would have written by hand: nothing dropped or changed. */
class ValidBuildersTest {
  @RegisterExtension static WireMockExtension server = BuilderClients.server();

  @Test
  void createContactKeepsEveryField() {
    CreateContactRequest built = CreateContact.builder()
        .name(" Ada Lovelace ").identifier("+31612345678").channelId(12L)
        .email("ada@example.com").phone("31612345678").build();

    assertEquals(new CreateContactRequest().name(" Ada Lovelace ").identifier("+31612345678").channelId(12L)
        .email("ada@example.com").phone("31612345678"), built);
  }

  @Test
  void optionalFieldsLeftUnsetStayNull() {
    CreateContactRequest contact = CreateContact.builder().name("Ada").identifier("U12345").channelId(1L).build();
    CreateTicketRequest ticket = CreateTicket.builder().channelId(1L).contactId(5001L).build();

    assertNull(contact.getEmail());
    assertNull(contact.getPhone());
    assertNull(ticket.getSubject());
    assertNull(ticket.getDelegateToUserId());
    SendMessageRequest message = SendMessage.builder().message("hi").build();
    assertNull(message.getInternalNote());
    assertNull(message.getSubject());
    assertNull(message.getAttachmentIds(), "no attachment_ids key unless one was added");
    assertNull(AssignTicket.toUser(3L).build().getNote());
    assertNull(SendWhatsAppTemplate.toTicket(9L).hsmId(4L).build().getSource());
    assertNull(Webhook.builder().url("https://example.com/h").type(CreateWebhookRequest.TypeEnum.INBOUND).build()
        .getName());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "fb_12345", "wa:abc", "U12345", "@ada_lovelace", "chat-5f1c2e9a",
      "5f0c1d2e-8c3b-4d8a-9a0e-2b7f3c4d5e6f", "Ada Lovelace", "ig:17841400000000000",
      "+31612345678", "+14155552671", "+442071838750", "31612345678",
      "ada@example.com", "ada.lovelace+trengo@mail.example.co.uk", "josé@exämple.de"})
  void chatSocialPhoneAndEmailIdentifiersAreAcceptedAsGiven(String identifier) {
    assertEquals(identifier,
        CreateContact.builder().name("Ada").identifier(identifier).channelId(12L).build().getIdentifier());
    assertEquals(identifier,
        CreateContactOnChannel.builder().identifier(identifier).build().getIdentifier());
  }

  @Test
  void createTicketKeepsEveryField() {
    CreateTicketRequest built = CreateTicket.builder().channelId(12L).contactId(3_448_655_703L)
        .subject("Order 42").delegateToUserId(3_448_655_702L).delegateToTeamId(4L).build();

    assertEquals(new CreateTicketRequest().channelId(12L).contactId(3_448_655_703L).subject("Order 42")
        .delegateToUserId(3_448_655_702L).delegateToTeamId(4L), built);
  }

  @Test
  void assignTicketNamesTheTypeOfWhomItAssignsTo() {
    assertEquals(new AssignTicketRequest().type(AssignTicketRequest.TypeEnum.USER).userId(3L),
        AssignTicket.toUser(3L).build());
    assertEquals(new AssignTicketRequest().type(AssignTicketRequest.TypeEnum.TEAM).teamId(4L).note("Escalated"),
        AssignTicket.toTeam(4L).note("Escalated").build());
    assertEquals(AssignTicket.toUser(3L).build(), AssignTicket.builder().userId(3L).build());
  }

  @Test
  void sendMessageKeepsTheTextAndEveryOptionAsWritten() {
    assertEquals(new SendMessageRequest().message("  Hi Ada,\n\nfixed.  ").internalNote(false),
        SendMessage.builder().message("  Hi Ada,\n\nfixed.  ").internalNote(false).build());
    assertEquals(
        new SendMessageRequest().message("Invoice").subject("Your invoice").addAttachmentIdsItem(3_448_655_702L)
            .addAttachmentIdsItem(7L),
        SendMessage.builder().message("Invoice").subject("Your invoice").attachmentId(3_448_655_702L)
            .attachmentId(7L).build());
  }

  @Test
  void createTeamAndCustomField() {
    assertEquals(new CreateTeamRequest().name("Support NL"), CreateTeam.builder().name("Support NL").build());
    assertEquals(new CreateCustomFieldRequest().title("Order").type(TypeEnum.TICKET),
        CreateCustomField.builder().title("Order").type("TICKET").build());
    assertEquals(new CreateCustomFieldRequest().title("Due").type(TypeEnum.CONTACT),
        CreateCustomField.builder().title("Due").type("BOGUS").type(TypeEnum.CONTACT).build());
  }

  @Test
  void profileBuildersKeepTheNameAsWritten() {
    assertEquals(new ProfileRequest().name(" Acme B.V. "), CreateProfile.builder().name(" Acme B.V. ").build());
    assertEquals(new ProfileRequest().name("Acme Holding"), CreateProfile.builder().name("Acme Holding").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EMAIL", "WA_BUSINESS", "VOIP", "a_type_trengo_adds_later"})
  void attachToProfileTakesAnyChannelType(String type) {
    assertEquals(new AttachContactToProfileRequest().contactId(3_448_655_702L).type(type),
        AttachContactToProfile.builder().contactId(3_448_655_702L).type(type).build());
  }

  @Test
  void contactOnChannelCustomFieldAndNoteKeepEveryField() {
    assertEquals(new CreateContactOnChannelRequest().identifier("+31612345678").name("Ada"),
        CreateContactOnChannel.builder().identifier("+31612345678").name("Ada").build());
    assertNull(CreateContactOnChannel.builder().identifier("fb_12345").build().getName());
    assertEquals(new SetCustomFieldRequest().customFieldId(7L).value(" 42 "),
        ContactCustomFieldValue.builder().customFieldId(7L).value(" 42 ").build());
    assertEquals(new AddContactNoteRequest().note("Prefers email.\n"),
        AddContactNote.builder().note("Prefers email.\n").build());
  }

  @Test
  void webhookUrlIsKeptAsGiven() {
    String url = "HTTPS://Example.com:8443/trengo/events?secret=a%20b#frag";

    CreateWebhookRequest built =
        Webhook.builder().url(url).name("CRM sync").type(CreateWebhookRequest.TypeEnum.TICKET_CLOSED).build();

    assertEquals(new CreateWebhookRequest().url(URI.create(url)).name("CRM sync")
        .type(CreateWebhookRequest.TypeEnum.TICKET_CLOSED), built);
    assertEquals(url, built.getUrl().toString());
  }

  @Test
  void whatsAppTemplateKeepsParamsInOrder() {
    SendWhatsAppTemplateRequest built = SendWhatsAppTemplate.toPhoneNumber("+4915123456789").hsmId(4L)
        .param("body", "{{1}}", "Ada").param("body", "{{2}}", "order 42")
        .source(SendWhatsAppTemplateRequest.SourceEnum.KLAVIYO).build();

    assertEquals(new SendWhatsAppTemplateRequest().recipientPhoneNumber("+4915123456789").hsmId(4L)
        .addParamsItem(new SendWhatsAppTemplateRequestParamsInner().type("body").key("{{1}}").value("Ada"))
        .addParamsItem(new SendWhatsAppTemplateRequestParamsInner().type("body").key("{{2}}").value("order 42"))
        .source(SendWhatsAppTemplateRequest.SourceEnum.KLAVIYO), built);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:4242/", "http://localhost:8080/trengo/webhooks", "http://[::1]:9000/h",
      "http://127.10.0.3/h"})
  void aWebhookMayPostOverPlainHttpToAReceiverOnThisMachine(String url) {
    assertEquals(URI.create(url),
        Webhook.builder().url(url).type(WebhookEventType.TICKET_CLOSED).build().getUrl());
  }

  @Test
  void aWebhookIsRegisteredWithTheTypeItsReceiverIsGiven() {
    assertEquals(CreateWebhookRequest.TypeEnum.TICKET_CLOSED,
        Webhook.builder().url("https://example.com/h").type(WebhookEventType.TICKET_CLOSED).build().getType());
  }

  @Test
  void theContractListsTheWebhookTypesTheReceiverKnows() {
    assertEquals(
        Arrays.stream(WebhookEventType.values()).filter(t -> t != WebhookEventType.UNRECOGNIZED).map(Enum::name)
            .sorted().toList(),
        Arrays.stream(CreateWebhookRequest.TypeEnum.values()).map(CreateWebhookRequest.TypeEnum::getValue)
            .sorted().toList());
  }

  @Test
  void whatsAppTemplateGoesToATicketInsteadOfANumber() {
    assertEquals(new SendWhatsAppTemplateRequest().ticketId(90001L).hsmId(4L),
        SendWhatsAppTemplate.toTicket(90001L).hsmId(4L).build());
  }

  @Test
  void theServerReceivesExactlyWhatWasGiven() {
    server.stubFor(post(urlPathEqualTo("/api/v2/contacts")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":5}")));
    try (TrengoClient trengo = BuilderClients.client(server)) {
      trengo.contacts().create(CreateContact.builder()
          .name("Ada").identifier("fb_12345").channelId(3_448_655_702L).email("ada@example.com").build());
    }
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/contacts")).withRequestBody(equalToJson(
        "{\"name\":\"Ada\",\"identifier\":\"fb_12345\",\"channel_id\":3448655702,\"email\":\"ada@example.com\"}")));
  }

  @Test
  void sendToIdentifierKeepsEveryField() {
    SendQuickMessageRequest built = SendToIdentifier.builder().channelId(101L).contactIdentifier("+31612345678")
        .contactName(" Ada ").message("Hi").emailSubject("Re: order").build();

    assertEquals(new SendQuickMessageRequest().channelId(101L).contactIdentifier("+31612345678").contactName(" Ada ")
        .message("Hi").emailSubject("Re: order"), built);
  }

  @Test
  void logPhoneCallKeepsEveryFieldAndLeavesTheUnsetOnesNull() {
    LogPhoneCallRequest full = LogPhoneCall.builder().channelId(104L).phone("31201234567")
        .direction(LogPhoneCallRequest.DirectionEnum.OUTBOUND).contactName("Ada").note("n").durationSeconds(0)
        .recordingUrl(URI.create("http://pbx.example.com/r.mp3")).build();
    LogPhoneCallRequest least = LogPhoneCall.builder().channelId(104L).phone("+31201234567")
        .direction(LogPhoneCallRequest.DirectionEnum.INBOUND).build();

    assertEquals(new LogPhoneCallRequest().channelId(104L).phone("31201234567")
        .direction(LogPhoneCallRequest.DirectionEnum.OUTBOUND).contactName("Ada").note("n").duration(0)
        .recordingUrl(URI.create("http://pbx.example.com/r.mp3")), full);
    assertNull(least.getDuration());
    assertNull(least.getRecordingUrl());
    assertNull(least.getNote());
  }
}
