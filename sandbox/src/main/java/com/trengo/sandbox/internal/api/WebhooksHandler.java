package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Webhook;
import com.trengo.sandbox.internal.webhook.EventType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** listWebhooks, createWebhook, getWebhook, updateWebhook, deleteWebhook. */
public final class WebhooksHandler {

  /** The webhook types of developers.trengo.com/docs/webhooks and /docs/payload. */
  static final Set<String> TYPES =
      Arrays.stream(EventType.values()).map(EventType::name).collect(Collectors.toUnmodifiableSet());

  private final SandboxStore store;
  private final Views views;

  /** Serves webhooks from {@code store}. */
  public WebhooksHandler(SandboxStore store, Views views) {
    this.store = store;
    this.views = views;
  }

  /** GET /webhooks: by id, full pagination form, each with its signing secret, as Trengo lists them. */
  public ApiResponse list(ApiRequest request) {
    return ApiResponse.ok(Pagination.lengthAware(store.webhooks().stream().map(views::webhook).toList(), request));
  }

  /**
   * POST /webhooks: an http(s) URL, the event {@code type} and an optional (nullable) name. Answers the
   * webhook with its title and a signing secret of its own.
   */
  public ApiResponse create(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    String url = body.requiredUrl("url");
    String type = body.requiredOneOf("type", TYPES);
    String name = body.optionalString("name");
    body.validate();
    return ApiResponse.created(views.webhook(store.addWebhook(url, name, type)));
  }

  /** PUT /webhooks/{webhook_id}: the same body as create; the name is kept when none is given, and the secret always. */
  public ApiResponse update(ApiRequest request) {
    Webhook existing = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    String url = body.requiredUrl("url");
    String type = body.requiredOneOf("type", TYPES);
    String name = body.optionalString("name");
    body.validate();
    Webhook updated =
        new Webhook(existing.id(), url, name != null ? name : existing.name(), type, existing.signingSecret());
    store.putWebhook(updated);
    return ApiResponse.ok(views.webhook(updated));
  }

  /** GET /webhooks/{webhook_id}: the webhook with its signing secret; 404 once deleted. */
  public ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(views.webhook(find(request)));
  }

  /** DELETE /webhooks/{webhook_id}: 204, then the id is unknown. */
  public ApiResponse delete(ApiRequest request) {
    store.removeWebhook(find(request).id());
    return ApiResponse.noContent();
  }

  private Webhook find(ApiRequest request) {
    return request.pathModel("webhook_id", "Webhook", store::webhook);
  }
}
