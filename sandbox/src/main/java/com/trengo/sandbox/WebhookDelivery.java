package com.trengo.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event the sandbox sent, or is sending, to one registered webhook: what it sent and how each
 * attempt went. A snapshot: ask {@link Webhooks#deliveries()} again for news.
 *
 * @param id the delivery's number in this sandbox, from 1, in the order the events happened
 * @param webhookId the webhook it goes to
 * @param url the webhook's URL
 * @param eventType the event, e.g. {@code TICKET_CLOSED}
 * @param payload every field of the body, in the order sent, values as strings (the body repeats the
 *     event as {@code type} first and {@code event_type} last, as real deliveries do)
 * @param body the form-encoded body exactly as sent (and signed)
 * @param status where it stands
 * @param attempts every attempt so far, oldest first
 */
public record WebhookDelivery(
    long id,
    long webhookId,
    String url,
    String eventType,
    Map<String, String> payload,
    String body,
    Status status,
    List<Attempt> attempts) {

  /** Copies the payload and attempts. */
  public WebhookDelivery {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(eventType, "eventType == null");
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(status, "status == null");
    payload = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payload));
    attempts = List.copyOf(attempts);
  }

  /** Where a delivery stands. */
  public enum Status {
    /** The first attempt is under way. */
    PENDING,
    /** An attempt failed and another is scheduled (see {@link WebhookRetryPolicy}). */
    RETRYING,
    /** A 2xx answered an attempt. */
    DELIVERED,
    /** Every attempt the retry policy allows failed. */
    FAILED,
    /**
     * Never sent: the sandbox delivers only to receivers on this machine unless told otherwise
     * ({@link TrengoSandbox.Builder#deliverWebhooksToAnyHost(boolean)}), so a test never posts to the
     * internet.
     */
    NOT_SENT;

    /** Whether nothing more will happen to the delivery. */
    public boolean isSettled() {
      return this == DELIVERED || this == FAILED || this == NOT_SENT;
    }
  }

  /**
   * One POST of the delivery.
   *
   * @param number 1 for the first attempt
   * @param at when it was signed and sent (the sandbox's clock)
   * @param httpStatus the receiver's status code, or 0 when there was no answer
   * @param outcome what happened, e.g. {@code HTTP 200}, {@code HTTP 500}, {@code connection refused}
   */
  public record Attempt(int number, Instant at, int httpStatus, String outcome) {
    /** Checks the arguments. */
    public Attempt {
      Objects.requireNonNull(at, "at == null");
      Objects.requireNonNull(outcome, "outcome == null");
    }

    /** Whether the receiver answered 2xx. */
    public boolean succeeded() {
      return httpStatus >= 200 && httpStatus < 300;
    }
  }

  /** Whether nothing more will happen to it: delivered, failed for good, or not sent. */
  public boolean isSettled() {
    return status.isSettled();
  }

  /** What went wrong with the last attempt, if it failed; for NOT_SENT, why. */
  public Optional<String> lastError() {
    if (status == Status.NOT_SENT) {
      return Optional.of("not sent: the sandbox posts only to receivers on this machine (localhost, 127.0.0.1)"
          + " unless built with deliverWebhooksToAnyHost(true)");
    }
    if (attempts.isEmpty()) {
      return Optional.empty();
    }
    Attempt last = attempts.get(attempts.size() - 1);
    return last.succeeded() ? Optional.empty() : Optional.of(last.outcome());
  }

  /** The event, where it went and how it stands; not the payload. */
  @Override
  public String toString() {
    return "WebhookDelivery{#" + id + " " + eventType + " to " + url + " (webhook " + webhookId + "): " + status
        + ", " + attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts")
        + lastError().map(e -> ", last: " + e).orElse("") + "}";
  }
}
