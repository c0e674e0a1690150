package com.trengo.client.builder;

import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.webhook.WebhookEventType;
import com.trengo.client.webhook.WebhookReceiver;
import java.net.URI;

/**
 * Builds a validated {@link CreateWebhookRequest}, the body of both {@code webhooks().create(..)}
 * and {@code webhooks().update(..)}. Not to be confused with the model {@link
 * com.trengo.client.model.Webhook} that the API returns.
 *
 * <pre>{@code
 * trengo.webhooks().create(Webhook.builder()
 *     .url("https://example.com/trengo/events").type(CreateWebhookRequest.TypeEnum.INBOUND).name("CRM sync")
 *     .build());
 * }</pre>
 */
public final class Webhook {
  private Webhook() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    // As given: a String is parsed in build(), so a malformed one is reported with the others.
    private Object url;
    private String name;
    private CreateWebhookRequest.TypeEnum type;

    private Builder() {}

    /**
     * Where Trengo posts events. Required: an absolute {@code https} URL with a host; {@code http}
     * only to a receiver on this machine ({@code localhost}, {@code 127.0.0.1}), as the sandbox's are.
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Where Trengo posts events. Required: an absolute {@code https} URL with a host; {@code http}
     * only to a receiver on this machine ({@code localhost}, {@code 127.0.0.1}), as the sandbox's are.
     */
    public Builder url(URI url) {
      this.url = url;
      return this;
    }

    /** A name to tell the webhook apart. Optional; when given, not blank. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The event Trengo calls the webhook for, e.g. {@code INBOUND} or {@code TICKET_CLOSED}: one
     * webhook is one event. Required.
     */
    public Builder type(CreateWebhookRequest.TypeEnum type) {
      this.type = type;
      return this;
    }

    /**
     * The event Trengo calls the webhook for, as a {@link WebhookReceiver} takes it: register with the
     * same type the receiver is given, with the signing secret the create answers. Required; {@code
     * UNRECOGNIZED} is no type Trengo registers and fails {@link #build()}.
     */
    public Builder type(WebhookEventType type) {
      this.type = type == null ? null : CreateWebhookRequest.TypeEnum.fromValue(type.name());
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public CreateWebhookRequest build() {
      Checks checks = new Checks("CreateWebhookRequest");
      URI uri = checkedUrl(checks);
      checks.optionalText("name", name);
      checks.required("type", type);
      if (type != null && !type.isKnown()) {
        checks.fail("type", type, "is not a webhook type Trengo registers");
      }
      checks.throwIfFailed();
      return new CreateWebhookRequest().url(uri).name(name).type(type);
    }

    private URI checkedUrl(Checks checks) {
      if (url == null) {
        checks.fail("url", null, "is required");
      }
      // Events carry customer data; Trengo should not send them in the clear. A loopback receiver
      // (a test's, or `trengo webhooks listen` on the sandbox) never leaves the machine.
      return checks.optionalUrl("url", url,
          uri -> Checks.schemeIn(uri, "https") || (Checks.schemeIn(uri, "http") && isLoopback(uri.getHost())),
          "https (http only to localhost or 127.0.0.1)");
    }

    /** localhost, 127.0.0.0/8 or [::1], by name: nothing is resolved. */
    private static boolean isLoopback(String host) {
      String h = host.toLowerCase(java.util.Locale.ROOT);
      return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }
  }
}
