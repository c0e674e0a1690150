package com.trengo.client.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verify, read, dispatch: the receiver's choices (type by secret, handler order, failures) on in-memory deliveries. */
class WebhookReceiverTest {
  private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");
  private static final String FORM = "application/x-www-form-urlencoded";

  private final List<String> seen = new ArrayList<>();

  @Test
  void tellsTheTypeByTheSecretThatVerifiesSoWebhooksCanShareAUrl() {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "closed-secret")
        .webhook("TICKET_REOPENED", "reopened-secret")
        .build();

    WebhookEvent closed = receiver.receive(body("ticket_id=22"), signed("closed-secret", "ticket_id=22"), FORM);
    WebhookEvent reopened = receiver.receive(body("ticket_id=22&status=OPEN"), signed("reopened-secret", "ticket_id=22&status=OPEN"), FORM);

    assertInstanceOf(TicketClosed.class, closed);
    assertInstanceOf(TicketReopened.class, reopened);
  }

  @Test
  void acceptsTheOldAndTheNewSecretOfOneWebhookDuringARotation() {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "old-secret")
        .webhook(WebhookEventType.TICKET_CLOSED, "new-secret")
        .build();

    assertInstanceOf(TicketClosed.class, receiver.receive(body("ticket_id=1"), signed("old-secret", "ticket_id=1"), FORM));
    assertInstanceOf(TicketClosed.class, receiver.receive(body("ticket_id=1"), signed("new-secret", "ticket_id=1"), FORM));
  }

  @Test
  void runsEveryMatchingHandlerInOrderAndOtherwiseOnlyWhenNoneMatched() {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "closed-secret")
        .webhook(WebhookEventType.NOTE, "note-secret")
        .webhook("CONTACT_CREATED", "contact-secret")
        .on(TicketClosed.class, e -> seen.add("closed " + e.ticketId()))
        .on(TicketEvent.class, e -> seen.add("ticket event " + e.ticketId()))
        .on(InternalNote.class, e -> seen.add("note " + e.messageId()))
        .otherwise(e -> seen.add("otherwise " + e.type().raw()))
        .build();

    receiver.receive(body("ticket_id=22"), signed("closed-secret", "ticket_id=22"), FORM);
    receiver.receive(body("message_id=5&ticket_id=22"), signed("note-secret", "message_id=5&ticket_id=22"), FORM);
    receiver.receive(body("contact_id=9"), signed("contact-secret", "contact_id=9"), FORM);

    assertEquals(List.of("closed 22", "ticket event 22", "note 5", "otherwise CONTACT_CREATED"), seen);
  }

  @Test
  void runsNoHandlerForADeliveryThatDoesNotVerifyOrRead() {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "closed-secret")
        .on(WebhookEvent.class, e -> seen.add("handled"))
        .otherwise(e -> seen.add("otherwise"))
        .build();

    assertThrows(SignatureMismatchException.class,
        () -> receiver.receive(body("ticket_id=23"), signed("closed-secret", "ticket_id=22"), FORM));
    assertThrows(MissingSignatureException.class, () -> receiver.receive(body("ticket_id=22"), (String) null, FORM));
    assertThrows(WebhookPayloadException.class,
        () -> receiver.receive(body("ticket_id=x"), signed("closed-secret", "ticket_id=x"), FORM));
    assertEquals(List.of(), seen);
  }

  @Test
  void letsAHandlersExceptionThroughUnchanged() {
    IllegalStateException boom = new IllegalStateException("crm down");
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "closed-secret")
        .on(TicketClosed.class, e -> {
          throw boom;
        })
        .build();

    assertSame(boom, assertThrows(IllegalStateException.class,
        () -> receiver.receive(body("ticket_id=22"), signed("closed-secret", "ticket_id=22"), FORM)));
  }

  @Test
  void readsTheSignatureAndContentTypeFromAHeaderMapInAnyCase() {
    WebhookReceiver receiver = WebhookReceiver.builder().webhook(WebhookEventType.TICKET_CLOSED, "closed-secret").build();
    String json = "{\"ticket_id\": 22}";

    WebhookEvent event = receiver.receive(body(json), Map.of(
        "content-type", List.of("application/json"), "TRENGO-SIGNATURE", List.of(signed("closed-secret", json))));

    assertEquals(22, ((TicketClosed) event).ticketId());
  }

  @Test
  void refusesAStaleDeliveryWhenGivenATolerance() {
    FakeTime clock = new FakeTime(AT);
    WebhookReceiver receiver = WebhookReceiver.builder().webhook(WebhookEventType.TICKET_CLOSED, "closed-secret")
        .tolerance(Duration.ofMinutes(5)).clock(clock).on(TicketClosed.class, e -> seen.add("closed")).build();

    clock.advance(Duration.ofMinutes(6));

    assertThrows(StaleSignatureException.class,
        () -> receiver.receive(body("ticket_id=22"), signed("closed-secret", "ticket_id=22"), FORM));
    assertEquals(List.of(), seen);
  }

  @Test
  void refusesOneSecretForTwoTypesWithoutShowingIt() {
    WebhookReceiver.Builder builder = WebhookReceiver.builder().webhook(WebhookEventType.TICKET_CLOSED, "shared-secret");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.webhook(WebhookEventType.INBOUND, "shared-secret"));

    assertEquals("the signing secret given for INBOUND is already given for TICKET_CLOSED: each webhook has its own"
        + " secret, and it tells the receiver the type", e.getMessage());
    assertFalse(e.getMessage().contains("shared-secret"));
  }

  @Test
  void theEventTypeTheDeliveryNamesWinsOverTheTypeItsWebhookWasGiven() {
    // Signed, so Trengo's word: e.g. the webhook's type was changed after this receiver was built.
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "closed-secret")
        .on(TicketReopened.class, e -> seen.add("reopened " + e.ticketId()))
        .on(TicketClosed.class, e -> seen.add("closed " + e.ticketId()))
        .build();
    String named = "ticket_id=22&status=OPEN&event_type=TICKET_REOPENED";
    String unnamed = "ticket_id=23&event_type=";

    WebhookEvent reopened = receiver.receive(body(named), signed("closed-secret", named), FORM);
    receiver.receive(body(unnamed), signed("closed-secret", unnamed), FORM);

    assertEquals("TICKET_REOPENED", reopened.type().raw());
    assertEquals(List.of("reopened 22", "closed 23"), seen);
  }

  @Test
  void aWebhookGivenBySecretAloneIsReadAsTheEventItsDeliveryNames() {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .secret("any-secret")
        .on(TicketAssigned.class, e -> seen.add("assigned " + e.ticketId() + " to " + e.userId().getAsLong()))
        .build();
    String named = "type=TICKET_ASSIGNED&ticket_id=22&user_id=201&assigned_to=USER&event_type=TICKET_ASSIGNED";

    receiver.receive(body(named), signed("any-secret", named), FORM);
    WebhookPayloadException unnamed = assertThrows(WebhookPayloadException.class,
        () -> receiver.receive(body("ticket_id=22"), signed("any-secret", "ticket_id=22"), FORM));

    assertEquals(List.of("assigned 22 to 201"), seen);
    assertEquals("event_type", unnamed.errors().get(0).field());
    assertEquals("invalid webhook payload: event_type=null is required when the webhook's type is not given"
        + " (give it with the signing secret)", unnamed.getMessage());
  }

  @Test
  void takesTheTypeAndSecretOfAWebhookAsTheApiAnsweredIt() {
    com.trengo.client.model.Webhook registered = new com.trengo.client.model.Webhook().id(601L)
        .type(com.trengo.client.model.Webhook.TypeEnum.TICKET_CLOSED).signingSecret("registered-secret");
    WebhookReceiver receiver = WebhookReceiver.builder().webhook(registered).build();

    assertInstanceOf(TicketClosed.class,
        receiver.receive(body("ticket_id=22"), signed("registered-secret", "ticket_id=22"), FORM));
    assertEquals("WebhookReceiver{webhooks=[TICKET_CLOSED], handlers=[], tolerance=none}", receiver.toString());
  }

  @Test
  void refusesAWebhookAnsweredWithoutItsSecretAndTakesOneWithoutTypeBySecret() {
    com.trengo.client.model.Webhook noSecret = new com.trengo.client.model.Webhook().id(601L)
        .type(com.trengo.client.model.Webhook.TypeEnum.TICKET_CLOSED);
    com.trengo.client.model.Webhook noType = new com.trengo.client.model.Webhook().id(602L).signingSecret("s2");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WebhookReceiver.builder().webhook(noSecret));
    WebhookReceiver receiver = WebhookReceiver.builder().webhook(noType).build();

    assertTrue(e.getMessage().startsWith("webhook 601 carries no signing_secret"), e.getMessage());
    assertEquals("WebhookReceiver{webhooks=[(named by the delivery)], handlers=[], tolerance=none}",
        receiver.toString());
  }

  @Test
  void refusesOneSecretWithAndWithoutAType() {
    WebhookReceiver.Builder builder = WebhookReceiver.builder().secret("shared-secret");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.webhook(WebhookEventType.INBOUND, "shared-secret"));

    assertEquals("the signing secret given for INBOUND is already given for a webhook without a type: each"
        + " webhook has its own secret, and it tells the receiver the type", e.getMessage());
  }

  @Test
  void neverShowsASecretInToString() {
    WebhookReceiver receiver = WebhookReceiver.builder()
        .webhook(WebhookEventType.TICKET_CLOSED, "closed-secret")
        .on(TicketClosed.class, e -> { })
        .build();

    assertEquals("WebhookReceiver{webhooks=[TICKET_CLOSED], handlers=[TicketClosed], tolerance=none}", receiver.toString());
  }

  @Test
  void needsAtLeastOneWebhook() {
    assertTrue(assertThrows(IllegalStateException.class, () -> WebhookReceiver.builder().build())
        .getMessage().contains("webhook(type, signingSecret)"));
    assertThrows(IllegalArgumentException.class,
        () -> WebhookReceiver.builder().webhook(WebhookEventType.UNRECOGNIZED, "s"));
    assertThrows(NullPointerException.class, () -> WebhookReceiver.builder().webhook("TICKET_CLOSED", null));
  }

  private static byte[] body(String text) {
    return text.getBytes(UTF_8);
  }

  private static String signed(String secret, String body) {
    return WebhookVerifier.signatureHeader(secret, AT, body(body));
  }
}
