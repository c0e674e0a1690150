package com.trengo.client.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.error.FieldError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading verified bodies as typed events: every documented type and field, and what a payload can get wrong. */
class WebhookEventTest {
  private static final String FORM = "application/x-www-form-urlencoded";

  /** One form body per type, with the fields Trengo's payload list gives it (voice: Pipedream's sample). */
  static final Map<WebhookEventType, String> DOCUMENTED = new EnumMap<>(Map.ofEntries(
      Map.entry(WebhookEventType.INBOUND, "message_id=3448655702&ticket_id=2147483650&contact_id=5001&message=Hi+there"
          + "&contact_name=Greta+Mulder&contact_email=greta%40example.com&contact_identifier=%2B31674241400&channel_id=12"
          + "&parent_message_id=3448655701&parent_ticket_id=2147483649"),
      Map.entry(WebhookEventType.OUTBOUND, "message_id=11&ticket_id=22&message=Hello&user_id=3&user_name=Ada&user_email=ada%40example.com"
          + "&contact_id=5001&contact_name=Greta&contact_email=greta%40example.com&contact_identifier=%2B31674241400&channel_id=12"),
      Map.entry(WebhookEventType.NOTE, "message_id=11&ticket_id=22&message=Call+back&user_id=3&user_name=Ada&user_email=ada%40example.com"),
      Map.entry(WebhookEventType.TICKET_CREATED, "ticket_id=22"),
      Map.entry(WebhookEventType.TICKET_ASSIGNED, "ticket_id=22&user_id=3&user_name=Ada&user_email=ada%40example.com"
          + "&team_id=7&team_name=Support&assigned_to=USER"),
      Map.entry(WebhookEventType.TICKET_CLOSED, "ticket_id=22"),
      Map.entry(WebhookEventType.TICKET_REOPENED, "ticket_id=22&status=OPEN"),
      Map.entry(WebhookEventType.TICKET_MERGED, "ticket_id=22&merged_and_deleted_ticket_id=21"),
      Map.entry(WebhookEventType.TICKET_LABEL_ADDED, "ticket_id=22&label_id=9&label_name=VIP"),
      Map.entry(WebhookEventType.TICKET_LABEL_DELETED, "ticket_id=22&label_id=9&label_name=VIP"),
      Map.entry(WebhookEventType.TICKET_MARKED_AS_SPAM, "ticket_id=22"),
      Map.entry(WebhookEventType.TICKET_UNMARKED_AS_SPAM, "ticket_id=22"),
      Map.entry(WebhookEventType.VOICE_CALL_STARTED, "channel_id=12345&ticket_id=67890&contact_id=11111&direction=INBOUND&from=%2B1234567890"),
      Map.entry(WebhookEventType.VOICE_CALL_ENDED, "channel_id=12345&ticket_id=67890&contact_id=11111&direction=INBOUND&from=%2B1234567890&to=%2B0987654321"),
      Map.entry(WebhookEventType.VOICE_CALL_RECORDED, "channel_id=12345&ticket_id=67890&contact_id=11111&direction=INBOUND"
          + "&from=%2B1234567890&to=%2B0987654321&user_id=22222&user_name=John+Doe&user_email=john.doe%40example.com"
          + "&duration=180&recording_url=https%3A%2F%2Fexample.com%2Frecordings%2Fcall-12345.mp3"),
      Map.entry(WebhookEventType.VOICE_CALL_MISSED, "channel_id=12345&ticket_id=67890&contact_id=11111&direction=INBOUND&from=%2B1234567890"),
      Map.entry(WebhookEventType.VOICE_CALL_ROUTE_NUMBER, "channel_id=12345&contact_id=11111&from=%2B1234567890")));

  @ParameterizedTest
  @EnumSource(value = WebhookEventType.class, mode = EnumSource.Mode.EXCLUDE, names = "UNRECOGNIZED")
  void readsEveryDocumentedTypeAsItsOwnClass(WebhookEventType type) {
    WebhookEvent event = parse(type.name(), DOCUMENTED.get(type));

    assertEquals(type.eventClass(), event.getClass());
    assertEquals(type, event.type().known());
    assertEquals(type.name(), event.type().raw());
    assertTrue(event.type().isKnown());
    assertFalse(event.payload().names().isEmpty());
  }

  @Test
  void coversTheSeventeenTypesTrengoDocuments() {
    assertEquals(17, DOCUMENTED.size());
    assertEquals(18, WebhookEventType.values().length, "the 17 and UNRECOGNIZED");
  }

  @Test
  void readsAnInboundMessageWithEveryDocumentedField() {
    InboundMessage m = (InboundMessage) parse("INBOUND", DOCUMENTED.get(WebhookEventType.INBOUND));

    assertEquals(3_448_655_702L, m.messageId(), "an id above 2^31 fits");
    assertEquals(2_147_483_650L, m.ticketId());
    assertEquals(Optional.of("Hi there"), m.message());
    assertEquals(OptionalLong.of(5001), m.contactId());
    assertEquals(Optional.of("Greta Mulder"), m.contactName());
    assertEquals(Optional.of("greta@example.com"), m.contactEmail());
    assertEquals(Optional.of("+31674241400"), m.contactIdentifier());
    assertEquals(OptionalLong.of(12), m.channelId());
    assertEquals(OptionalLong.of(3_448_655_701L), m.parentMessageId());
    assertEquals(OptionalLong.of(2_147_483_649L), m.parentTicketId());
  }

  @Test
  void readsOutboundMessagesAndNotesWithTheirAgent() {
    OutboundMessage out = (OutboundMessage) parse("OUTBOUND", DOCUMENTED.get(WebhookEventType.OUTBOUND));
    InternalNote note = (InternalNote) parse("NOTE", DOCUMENTED.get(WebhookEventType.NOTE));

    assertEquals(OptionalLong.of(3), out.userId());
    assertEquals(Optional.of("Ada"), out.userName());
    assertEquals(Optional.of("ada@example.com"), out.userEmail());
    assertEquals(OptionalLong.of(5001), out.contactId());
    assertEquals(11, note.messageId());
    assertEquals(22, note.ticketId());
    assertEquals(Optional.of("Call back"), note.message());
    assertEquals(OptionalLong.of(3), note.userId());
  }

  @Test
  void readsTicketEvents() {
    TicketAssigned assigned = (TicketAssigned) parse("TICKET_ASSIGNED", DOCUMENTED.get(WebhookEventType.TICKET_ASSIGNED));
    assertEquals(22, assigned.ticketId());
    assertEquals(OptionalLong.of(3), assigned.userId());
    assertEquals(OptionalLong.of(7), assigned.teamId());
    assertEquals(Optional.of("Support"), assigned.teamName());
    assertEquals(AssigneeType.USER, assigned.assignedTo().orElseThrow().known());

    TicketReopened reopened = (TicketReopened) parse("TICKET_REOPENED", "ticket_id=22&status=ASSIGNED");
    assertEquals(TicketStatus.ASSIGNED, reopened.status().orElseThrow().known());

    TicketMerged merged = (TicketMerged) parse("TICKET_MERGED", DOCUMENTED.get(WebhookEventType.TICKET_MERGED));
    assertEquals(22, merged.ticketId());
    assertEquals(21, merged.mergedAndDeletedTicketId());

    TicketLabelDeleted label = (TicketLabelDeleted) parse("TICKET_LABEL_DELETED", DOCUMENTED.get(WebhookEventType.TICKET_LABEL_DELETED));
    assertEquals(9, label.labelId());
    assertEquals(Optional.of("VIP"), label.labelName());

    assertEquals(22, ((TicketClosed) parse("TICKET_CLOSED", "ticket_id=22")).ticketId());
  }

  @Test
  void readsAVoiceCallAsPipedreamsSampleHasIt() {
    VoiceCallRecorded call = (VoiceCallRecorded) parse("VOICE_CALL_RECORDED", DOCUMENTED.get(WebhookEventType.VOICE_CALL_RECORDED));

    assertEquals(OptionalLong.of(12345), call.channelId());
    assertEquals(OptionalLong.of(67890), call.ticketId());
    assertEquals(OptionalLong.of(11111), call.contactId());
    assertEquals(CallDirection.INBOUND, call.direction().orElseThrow().known());
    assertEquals(Optional.of("+1234567890"), call.from());
    assertEquals(Optional.of("+0987654321"), call.to());
    assertEquals(OptionalLong.of(22222), call.userId());
    assertEquals(Optional.of("John Doe"), call.userName());
    assertEquals(Optional.of("john.doe@example.com"), call.userEmail());
    assertEquals(Optional.of("180"), call.duration());
    assertEquals(Optional.of("https://example.com/recordings/call-12345.mp3"), call.recordingUrl());
  }

  @Test
  void keepsAFieldNoGetterReads() {
    TicketClosed closed = (TicketClosed) parse("TICKET_CLOSED", "ticket_id=22&closed_by_user_id=3&reason=resolved");

    assertEquals(List.of("ticket_id", "closed_by_user_id", "reason"), List.copyOf(closed.payload().names()));
    assertEquals(Optional.of("resolved"), closed.payload().get("reason"));
    assertEquals(Optional.of("3"), closed.payload().get("closed_by_user_id"));
  }

  @Test
  void readsATypeThisVersionDoesNotKnowAsAGenericEventWithEveryField() {
    WebhookEvent event = parse("CONTACT_CREATED", "contact_id=5001&name=Greta");

    assertInstanceOf(UnknownWebhookEvent.class, event);
    assertEquals(WebhookEventType.UNRECOGNIZED, event.type().known());
    assertEquals("CONTACT_CREATED", event.type().raw());
    assertFalse(event.type().isKnown());
    assertEquals(Map.of("contact_id", List.of("5001"), "name", List.of("Greta")), event.payload().asMap());
  }

  @Test
  void keepsAnEnumValueThisVersionDoesNotKnow() {
    TicketAssigned assigned = (TicketAssigned) parse("TICKET_ASSIGNED", "ticket_id=22&assigned_to=BOT");

    OpenEnum<AssigneeType> to = assigned.assignedTo().orElseThrow();
    assertEquals(AssigneeType.UNRECOGNIZED, to.known());
    assertEquals("BOT", to.raw());
    assertFalse(to.isKnown());
    // UNRECOGNIZED sent as a value is not mistaken for a known one.
    assertFalse(((TicketAssigned) parse("TICKET_ASSIGNED", "ticket_id=22&assigned_to=UNRECOGNIZED"))
        .assignedTo().orElseThrow().isKnown());
  }

  @Test
  void namesTheFieldAndTheValueOfANonNumericId() {
    WebhookPayloadException e = assertThrows(WebhookPayloadException.class, () -> parse("TICKET_CLOSED", "ticket_id=12a"));

    assertEquals("invalid TICKET_CLOSED payload: ticket_id=\"12a\" is not an id (1 to 18 digits)", e.getMessage());
    assertEquals(List.of(FieldError.of("ticket_id", "12a", "is not an id (1 to 18 digits)")), e.errors());
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    WebhookPayloadException e = assertThrows(WebhookPayloadException.class,
        () -> parse("INBOUND", "ticket_id=-4&contact_id=1.5&channel_id=99999999999999999999"));

    assertEquals(List.of("message_id", "ticket_id", "contact_id", "channel_id"),
        e.errors().stream().map(FieldError::field).toList());
    assertEquals("message_id=null is required", e.errors().get(0).toString());
  }

  @Test
  void requiresTheIdsEveryDeliveryOfTheTypeCarries() {
    assertEquals("invalid TICKET_CLOSED payload: ticket_id=null is required",
        assertThrows(WebhookPayloadException.class, () -> parse("TICKET_CLOSED", "")).getMessage());
    assertEquals("invalid TICKET_MERGED payload: merged_and_deleted_ticket_id=\"\" is required",
        assertThrows(WebhookPayloadException.class,
            () -> parse("TICKET_MERGED", "ticket_id=2&merged_and_deleted_ticket_id=")).getMessage());
  }

  @Test
  void refusesAKnownFieldSentTwiceButKeepsARepeatedUnknownOne() {
    WebhookPayloadException e = assertThrows(WebhookPayloadException.class,
        () -> parse("TICKET_CLOSED", "ticket_id=1&ticket_id=2"));
    assertEquals("invalid TICKET_CLOSED payload: ticket_id=\"1,2\" is sent 2 times", e.getMessage());

    TicketClosed closed = (TicketClosed) parse("TICKET_CLOSED", "ticket_id=1&tag[]=a&tag[]=b");
    assertEquals(List.of("a", "b"), closed.payload().getAll("tag[]"));
  }

  @Test
  void readsAnEmptyOptionalValueAsAbsentAndKeepsItInThePayload() {
    InboundMessage m = (InboundMessage) parse("INBOUND", "message_id=1&ticket_id=2&contact_email=&message=");

    assertEquals(Optional.empty(), m.contactEmail());
    assertEquals(Optional.empty(), m.message());
    assertEquals(Optional.of(""), m.payload().get("contact_email"));
  }

  @Test
  void decodesFormValuesAsUtf8() {
    InboundMessage m = (InboundMessage) parse("INBOUND", "message_id=1&ticket_id=2&message=caf%C3%A9+%26+th%C3%A9%3D%F0%9F%98%80");

    assertEquals(Optional.of("café & thé=😀"), m.message());
  }

  @Test
  void readsAJsonBodyWhenTheContentTypeSaysSo() {
    byte[] json = ("{\"channel_id\": 12345, \"ticket_id\": \"67890\", \"direction\": \"OUTBOUND\", \"duration\": 180,"
        + " \"user_id\": null, \"answered\": true, \"meta\": {\"a\": [1, 2]}}").getBytes(UTF_8);

    VoiceCallEnded call = (VoiceCallEnded) WebhookEvent.parse("VOICE_CALL_ENDED", json, "application/json; charset=utf-8");

    assertEquals(OptionalLong.of(12345), call.channelId(), "a JSON number reads as an id");
    assertEquals(OptionalLong.of(67890), call.ticketId(), "and so does a string");
    assertEquals(CallDirection.OUTBOUND, call.direction().orElseThrow().known());
    assertEquals(Optional.of("180"), call.duration());
    assertEquals(OptionalLong.empty(), call.userId(), "null is absent");
    assertTrue(call.payload().has("user_id"));
    assertEquals(Optional.of("true"), call.payload().get("answered"));
    assertEquals(Optional.of("{\"a\":[1,2]}"), call.payload().get("meta"), "nested values kept as JSON text");
  }

  @Test
  void readsTheSameEventFromFormAndJson() {
    WebhookEvent form = parse("TICKET_LABEL_ADDED", "ticket_id=22&label_id=9&label_name=VIP");
    WebhookEvent json = WebhookEvent.parse(WebhookEventType.TICKET_LABEL_ADDED,
        "{\"ticket_id\":\"22\",\"label_id\":\"9\",\"label_name\":\"VIP\"}".getBytes(UTF_8), "application/json");

    assertEquals(form, json);
    assertEquals(form.hashCode(), json.hashCode());
  }

  @Test
  void refusesABodyThatDoesNotDecode() {
    assertEquals("body is not valid form encoding at \"%zz\": URLDecoder: Illegal hex characters in escape (%) pattern"
        + " - Error at index 0 in: \"zz\"",
        assertThrows(WebhookPayloadException.class, () -> parse("TICKET_CLOSED", "ticket_id=1&x=%zz")).getMessage());
    assertTrue(assertThrows(WebhookPayloadException.class,
        () -> WebhookEvent.parse("TICKET_CLOSED", "{\"ticket_id\": 1".getBytes(UTF_8), "application/json"))
        .getMessage().startsWith("body is not a JSON object: "));
    assertTrue(assertThrows(WebhookPayloadException.class,
        () -> WebhookEvent.parse("TICKET_CLOSED", "[1]".getBytes(UTF_8), "application/json"))
        .getMessage().startsWith("body is not a JSON object: "));
    assertTrue(assertThrows(WebhookPayloadException.class,
        () -> WebhookEvent.parse("TICKET_CLOSED", "{'ticket_id': 1}".getBytes(UTF_8), "application/json"))
        .getMessage().startsWith("body is not a JSON object: "), "strict JSON only");
    assertTrue(assertThrows(WebhookPayloadException.class,
        () -> WebhookEvent.parse("TICKET_CLOSED", "{} {}".getBytes(UTF_8), "application/json"))
        .getMessage().startsWith("body is not a JSON object: "));
    assertEquals("unsupported Content-Type \"text/plain\": Trengo sends application/x-www-form-urlencoded (JSON is read too)",
        assertThrows(WebhookPayloadException.class,
            () -> WebhookEvent.parse("TICKET_CLOSED", "ticket_id=1".getBytes(UTF_8), "text/plain")).getMessage());
  }

  @Test
  void readsABodyWithoutContentTypeAsAForm() {
    assertEquals(22, ((TicketClosed) WebhookEvent.parse("TICKET_CLOSED", "ticket_id=22".getBytes(UTF_8), null)).ticketId());
  }

  @Test
  void showsIdsButNoPersonalDataInToString() {
    WebhookEvent m = parse("INBOUND", DOCUMENTED.get(WebhookEventType.INBOUND));

    assertEquals("INBOUND{message_id=3448655702, ticket_id=2147483650, contact_id=5001, message, contact_name,"
        + " contact_email, contact_identifier, channel_id=12, parent_message_id=3448655701, parent_ticket_id=2147483649}",
        m.toString());
  }

  @Test
  void readsARealDeliveryThatNamesItsEventAndLeavesOutTheFieldsItHasNoValueFor() {
    // The shape of the 2025 capture (eriksonlive/trengo json/webhook.json), values replaced: type first,
    // event_type last, no user_* (an automated e-mail) and no contact_identifier (an e-mail contact).
    String body = "type=OUTBOUND&message_id=3906930193&ticket_id=841465037&message=How+did+we+do%3F&contact_id=494390017"
        + "&contact_name=Greta+Mulder&contact_email=greta%40example.com&channel_id=922004&event_type=OUTBOUND";

    OutboundMessage m = (OutboundMessage) WebhookEvent.parse(body.getBytes(UTF_8), FORM);

    assertEquals(3_906_930_193L, m.messageId());
    assertEquals(841_465_037L, m.ticketId());
    assertEquals(OptionalLong.empty(), m.userId());
    assertEquals(Optional.empty(), m.contactIdentifier());
    assertEquals(Optional.of("OUTBOUND"), m.payload().get("type"));
    assertEquals(Optional.of("OUTBOUND"), m.payload().get("event_type"));
  }

  @Test
  void aBodyThatNamesItsEventIsReadAsThatEventWhateverTheWebhooksType() {
    WebhookEvent named = parse("TICKET_CLOSED", "ticket_id=22&status=OPEN&event_type=TICKET_REOPENED");
    WebhookEvent unknown = parse("TICKET_CLOSED", "contact_id=5&event_type=CONTACT_CREATED");

    assertInstanceOf(TicketReopened.class, named);
    assertInstanceOf(UnknownWebhookEvent.class, unknown);
    assertEquals("CONTACT_CREATED", unknown.type().raw());
  }

  @Test
  void refusesABodyWithoutAWebhookTypeThatNamesNoneOrTwo() {
    WebhookPayloadException none =
        assertThrows(WebhookPayloadException.class, () -> WebhookEvent.parse("ticket_id=1".getBytes(UTF_8), FORM));
    WebhookPayloadException twice = assertThrows(WebhookPayloadException.class,
        () -> parse("TICKET_CLOSED", "ticket_id=1&event_type=TICKET_CLOSED&event_type=INBOUND"));

    assertEquals(List.of(FieldError.of("event_type", null,
        "is required when the webhook's type is not given (give it with the signing secret)")), none.errors());
    assertEquals("invalid TICKET_CLOSED payload: event_type=\"TICKET_CLOSED,INBOUND\" is sent 2 times",
        twice.getMessage());
  }

  @Test
  void refusesAMissingOrUnrecognizedType() {
    byte[] body = "ticket_id=1".getBytes(UTF_8);
    assertThrows(NullPointerException.class, () -> WebhookEvent.parse((String) null, body, FORM));
    assertThrows(IllegalArgumentException.class, () -> WebhookEvent.parse(" ", body, FORM));
    assertThrows(IllegalArgumentException.class, () -> WebhookEvent.parse(WebhookEventType.UNRECOGNIZED, body, FORM));
  }

  private static WebhookEvent parse(String type, String formBody) {
    return WebhookEvent.parse(type, formBody.getBytes(UTF_8), FORM);
  }
}
