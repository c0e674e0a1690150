package com.trengo.sandbox;

import com.trengo.sandbox.internal.webhook.EventType;
import com.trengo.sandbox.internal.webhook.WebhookDispatcher;
import com.trengo.sandbox.internal.webhook.WebhookTriggers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The webhooks a sandbox sends. When an API call causes an event Trengo announces (a message sent,
 * a note, a ticket created, assigned, closed or labelled), every webhook registered for its type gets
 * a form-encoded POST signed with that webhook's {@code signing_secret}, as Trengo sends them:
 * asynchronously (the API call never waits for a receiver), recorded here with each attempt, and
 * retried per the {@link WebhookRetryPolicy} when the receiver does not answer 2xx. The events no API
 * call causes (an inbound message, voice calls) are {@linkplain #trigger(String) triggered}.
 *
 * <pre>{@code
 * trengo.webhooks().create(Webhook.builder().url(receiverUrl).type(WebhookEventType.TICKET_CLOSED).build());
 * trengo.tickets().close(ticketId);
 * WebhookDelivery delivery = sandbox.webhooks().awaitDelivery("TICKET_CLOSED", Duration.ofSeconds(5));
 * assertEquals(WebhookDelivery.Status.DELIVERED, delivery.status());
 * }</pre>
 *
 * <p>Only receivers on this machine (localhost, 127.0.0.1) are posted to unless the sandbox was built
 * with {@link TrengoSandbox.Builder#deliverWebhooksToAnyHost(boolean)}; the others are recorded as
 * {@link WebhookDelivery.Status#NOT_SENT}. {@link TrengoSandbox#reset()} forgets the deliveries and
 * drops the retries still to come.
 */
public final class Webhooks {
  private final WebhookDispatcher dispatcher;
  private final WebhookTriggers triggers;

  Webhooks(WebhookDispatcher dispatcher, WebhookTriggers triggers) {
    this.dispatcher = dispatcher;
    this.triggers = triggers;
  }

  /** Every delivery since start or the last reset, oldest first, as each stands now. */
  public List<WebhookDelivery> deliveries() {
    return dispatcher.deliveries();
  }

  /**
   * Waits for the first delivery of {@code eventType} to settle (delivered, failed for good, or not
   * sent) and returns it; returns as soon as it is, however short that is.
   *
   * @throws AssertionError when none did within {@code timeout}, listing the deliveries there are
   */
  public WebhookDelivery awaitDelivery(String eventType, Duration timeout) {
    Objects.requireNonNull(eventType, "eventType == null");
    return awaitDelivery(d -> d.eventType().equals(eventType) && d.isSettled(), timeout,
        "a settled " + eventType + " delivery");
  }

  /**
   * Waits for a delivery, as it stands at some moment, to satisfy {@code condition} (e.g. {@code d ->
   * d.attempts().size() == 2}) and returns that snapshot.
   *
   * @throws AssertionError when none did within {@code timeout}, listing the deliveries there are
   */
  public WebhookDelivery awaitDelivery(Predicate<? super WebhookDelivery> condition, Duration timeout) {
    return awaitDelivery(condition, timeout, "a delivery matching the condition");
  }

  private WebhookDelivery awaitDelivery(Predicate<? super WebhookDelivery> condition, Duration timeout, String what) {
    Objects.requireNonNull(condition, "condition == null");
    Objects.requireNonNull(timeout, "timeout == null");
    Optional<WebhookDelivery> found;
    try {
      found = dispatcher.await(condition, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, e);
    }
    return found.orElseThrow(() -> new AssertionError("no " + what + " within " + timeout.toMillis() + " ms; "
        + describe(deliveries())));
  }

  /** Makes {@code type} happen with the demo data's defaults; see {@link #trigger(String, Map)}. */
  public List<WebhookDelivery> trigger(String type) {
    return trigger(type, Map.of());
  }

  /**
   * Makes the event {@code type} happen, as {@code trengo webhooks trigger} does. An event an API call
   * causes is caused by that call, applied to the store: OUTBOUND and NOTE send a message, TICKET_CREATED
   * opens a ticket, TICKET_ASSIGNED assigns one to the token's owner, TICKET_CLOSED closes one,
   * TICKET_LABEL_ADDED labels one. INBOUND adds a contact's message to a ticket. The voice call events,
   * TICKET_REOPENED, TICKET_MERGED, TICKET_LABEL_DELETED and TICKET_(UN)MARKED_AS_SPAM are sent with
   * fields from the demo data, the store unchanged.
   *
   * <p>{@code fields} choose: {@code ticket_id} (default: the first ticket not closed), {@code message},
   * {@code user_id} or {@code team_id} (assign), {@code label_id}, {@code contact_id} (create); for the
   * events sent without a change, any payload field, which replaces the default (a null value leaves
   * the field out).
   *
   * @return the deliveries started, one per webhook registered for the type; empty when none is
   * @throws IllegalArgumentException for an unknown type, a field the event does not take, or a ticket,
   *     user, team, label or contact the sandbox does not have
   */
  public List<WebhookDelivery> trigger(String type, Map<String, String> fields) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(fields, "fields == null");
    EventType event = EventType.named(type).orElseThrow(() -> new IllegalArgumentException(
        "type " + type + " is not a webhook event; one of " + List.of(EventType.values())));
    return triggers.trigger(event, fields).deliveries();
  }

  private static String describe(List<WebhookDelivery> deliveries) {
    return deliveries.isEmpty() ? "there are no deliveries (is a webhook registered for the event?)"
        : "deliveries:\n" + deliveries.stream().map(d -> "  - " + d).collect(Collectors.joining("\n"));
  }
}
