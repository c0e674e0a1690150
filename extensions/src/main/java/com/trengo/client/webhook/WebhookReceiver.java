package com.trengo.client.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Receives Trengo webhook deliveries: verifies the signature, reads the body as the webhook's event
 * type and hands the typed event to your handlers. Framework-neutral (it takes the raw body bytes and
 * the headers), immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookReceiver receiver = WebhookReceiver.builder()
 *     .webhook(WebhookEventType.TICKET_CLOSED, System.getenv("TRENGO_TICKET_CLOSED_SECRET"))
 *     .webhook(WebhookEventType.INBOUND, System.getenv("TRENGO_INBOUND_SECRET"))
 *     .on(TicketClosed.class, closed -> crm.archive(closed.ticketId()))
 *     .on(InboundMessage.class, message -> bot.answer(message))
 *     .build();
 *
 * receiver.receive(body, headers);   // 401 on WebhookSignatureException, 400 on WebhookPayloadException
 * }</pre>
 *
 * <p><b>Which event is it?</b> Trengo registers one webhook per event type, each with its own signing
 * secret. The receiver knows each webhook's type and secret, so the secret that verifies a delivery
 * tells its type, and several webhooks can share one URL. Deliveries also name their event in {@code
 * event_type} (a real 2025 delivery does; Trengo's payload list does not mention it): when present,
 * that signed name wins (see {@link WebhookEvent#EVENT_TYPE_FIELD}), so a webhook whose type was
 * changed after the receiver was built still gets the right class, and {@link Builder#secret(String)}
 * accepts a webhook without knowing its type. During a secret rotation give the same type twice, with
 * the old and the new secret.
 *
 * <p><b>Handlers</b> run on the calling thread, in the order registered: every handler whose class
 * the event is an instance of ({@code on(TicketEvent.class, ..)} sees every ticket event), or the
 * {@linkplain Builder#otherwise(Consumer) otherwise} handler when none is. An exception from a handler
 * propagates to the caller unchanged.
 */
public final class WebhookReceiver {
  private final WebhookVerifier verifier;
  // Aligned with the verifier's secrets; null where the deliveries name their type (secret(..)).
  private final List<OpenEnum<WebhookEventType>> typeOfSecret;
  private final List<Handler<?>> handlers;
  private final Consumer<? super WebhookEvent> otherwise;

  private WebhookReceiver(Builder builder) {
    this.verifier = builder.verifier.build();
    this.typeOfSecret = Collections.unmodifiableList(new ArrayList<>(builder.typeOfSecret));
    this.handlers = List.copyOf(builder.handlers);
    this.otherwise = builder.otherwise;
  }

  /** A new builder: at least one webhook; no handlers; no timestamp tolerance. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Receives a delivery whose headers are in a map (the JDK's {@code HttpExchange}, Spring's {@code
   * HttpHeaders}); {@code Trengo-Signature} and {@code Content-Type} are looked up in any letter case.
   *
   * @param body the raw request body, exactly as received
   * @return the event, after the handlers ran
   * @throws WebhookSignatureException the delivery is not proven to come from Trengo (answer 401)
   * @throws WebhookPayloadException the body does not read as the webhook's event type (answer 400)
   */
  public WebhookEvent receive(byte[] body, Map<String, ? extends Collection<String>> headers) {
    Objects.requireNonNull(headers, "headers == null");
    List<String> contentType = WebhookVerifier.header(headers, "Content-Type");
    return receive(body, WebhookVerifier.signatureOf(headers), contentType.isEmpty() ? null : contentType.get(0));
  }

  /**
   * Receives a delivery: verifies it, reads it and runs the handlers.
   *
   * @param body the raw request body, exactly as received
   * @param signatureHeader the {@code Trengo-Signature} header's value; null when absent
   * @param contentType the {@code Content-Type} header's value; null reads the body as form-encoded
   * @return the event, after the handlers ran
   * @throws WebhookSignatureException the delivery is not proven to come from Trengo (answer 401)
   * @throws WebhookPayloadException the body does not read as the webhook's event type (answer 400)
   */
  public WebhookEvent receive(byte[] body, String signatureHeader, String contentType) {
    Objects.requireNonNull(body, "body == null");
    int secret = verifier.matchingSecret(Signature.parse(signatureHeader), body);
    WebhookEvent event = WebhookEvent.parse(typeOfSecret.get(secret), body, contentType);
    boolean handled = false;
    for (Handler<?> handler : handlers) {
      handled |= handler.offer(event);
    }
    if (!handled && otherwise != null) {
      otherwise.accept(event);
    }
    return event;
  }

  /** The webhooks' types, the handlers' event classes and the tolerance; never a secret. */
  @Override
  public String toString() {
    return "WebhookReceiver{webhooks=" + typeOfSecret.stream()
            .map(type -> type == null ? "(named by the delivery)" : type.raw()).collect(Collectors.toList())
        + ", handlers=" + handlers.stream().map(h -> h.type.getSimpleName()).collect(Collectors.toList())
        + ", tolerance=" + verifier.tolerance().map(Duration::toString).orElse("none") + '}';
  }

  private static final class Handler<T extends WebhookEvent> {
    private final Class<T> type;
    private final Consumer<? super T> consumer;

    Handler(Class<T> type, Consumer<? super T> consumer) {
      this.type = type;
      this.consumer = consumer;
    }

    boolean offer(WebhookEvent event) {
      if (!type.isInstance(event)) {
        return false;
      }
      consumer.accept(type.cast(event));
      return true;
    }
  }

  /** Builds a {@link WebhookReceiver}; every setter checks its argument at once. */
  public static final class Builder {
    private final WebhookVerifier.Builder verifier = WebhookVerifier.builder();
    private final List<String> secrets = new ArrayList<>();
    private final List<OpenEnum<WebhookEventType>> typeOfSecret = new ArrayList<>();
    private final List<Handler<?>> handlers = new ArrayList<>();
    private Consumer<? super WebhookEvent> otherwise;

    private Builder() {}

    /**
     * Adds a webhook this receiver accepts deliveries from: its {@code type} (as registered, e.g.
     * {@code "TICKET_CLOSED"}; a type this version does not know gives {@link UnknownWebhookEvent}s)
     * and its {@code signing_secret}. Give the same type again with another secret to rotate.
     *
     * @throws IllegalArgumentException the secret is empty, or already given for another type (the
     *     secret is what tells the webhooks apart)
     */
    public Builder webhook(String type, String signingSecret) {
      return add(WebhookEvent.checkedType(type), signingSecret);
    }

    /** Adds a webhook by its known type; see {@link #webhook(String, String)}. */
    public Builder webhook(WebhookEventType type, String signingSecret) {
      return add(WebhookEvent.checkedType(type), signingSecret);
    }

    /**
     * Adds a webhook as the API answered it when it was registered or listed: its {@code type} and
     * its {@code signing_secret}. A webhook without a type is added as {@link #secret(String)} adds it.
     *
     * <pre>{@code
     * Webhook registered = trengo.webhooks().create(com.trengo.client.builder.Webhook.builder()
     *     .url(url).type(WebhookEventType.TICKET_CLOSED).build());
     * WebhookReceiver receiver = WebhookReceiver.builder().webhook(registered).on(..).build();
     * }</pre>
     *
     * @throws IllegalArgumentException the webhook carries no signing secret (store the create's answer:
     *     the secret is in it), or the secret is already given for another type
     */
    public Builder webhook(com.trengo.client.model.Webhook registered) {
      Objects.requireNonNull(registered, "registered == null");
      String secret = registered.getSigningSecret();
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("webhook " + registered.getId() + " carries no signing_secret:"
            + " use the answer of webhooks().create(..) or webhooks().list(..), which carry it");
      }
      return registered.getType() == null
          ? secret(secret)
          : add(WebhookEvent.checkedType(registered.getType().getValue()), secret);
    }

    /**
     * Adds a webhook by its signing secret alone: its deliveries are read as the event they name in
     * {@code event_type}, and one that names none is refused with a {@link WebhookPayloadException}.
     * For when the type is not known where the secret is, e.g. {@code trengo webhooks listen --secret}.
     *
     * @throws IllegalArgumentException the secret is empty, or already given with a type
     */
    public Builder secret(String signingSecret) {
      return add(null, signingSecret);
    }

    private Builder add(OpenEnum<WebhookEventType> type, String signingSecret) {
      WebhookVerifier.Builder.checkedSecret(signingSecret);
      int known = secrets.indexOf(signingSecret);
      if (known >= 0) {
        if (!Objects.equals(typeOfSecret.get(known), type)) {
          throw new IllegalArgumentException("the signing secret given for " + describe(type)
              + " is already given for " + describe(typeOfSecret.get(known))
              + ": each webhook has its own secret, and it tells the receiver the type");
        }
        return this;
      }
      verifier.secret(signingSecret);
      secrets.add(signingSecret);
      typeOfSecret.add(type);
      return this;
    }

    private static String describe(OpenEnum<WebhookEventType> type) {
      return type == null ? "a webhook without a type" : type.raw();
    }

    /**
     * Runs {@code handler} for every event that is a {@code type}: a concrete event ({@code
     * TicketClosed.class}) or a group ({@code TicketEvent.class}, {@code WebhookEvent.class}).
     */
    public <T extends WebhookEvent> Builder on(Class<T> type, Consumer<? super T> handler) {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(handler, "handler == null");
      handlers.add(new Handler<>(type, handler));
      return this;
    }

    /** Runs {@code handler} for an event no {@link #on(Class, Consumer) on} handler took. */
    public Builder otherwise(Consumer<? super WebhookEvent> handler) {
      this.otherwise = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /** Refuses deliveries signed further than this from now; see {@link WebhookVerifier.Builder#tolerance(Duration)}. */
    public Builder tolerance(Duration tolerance) {
      verifier.tolerance(tolerance);
      return this;
    }

    /** The clock the tolerance is measured with; tests pass a fixed or fake one. */
    public Builder clock(Clock clock) {
      verifier.clock(clock);
      return this;
    }

    /**
     * Creates the receiver.
     *
     * @throws IllegalStateException when no webhook was given
     */
    public WebhookReceiver build() {
      if (secrets.isEmpty()) {
        throw new IllegalStateException("a WebhookReceiver needs at least one webhook: webhook(type, signingSecret)");
      }
      return new WebhookReceiver(this);
    }
  }
}
