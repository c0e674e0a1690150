package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Webhook;

/** listWebhooks, createWebhook, updateWebhook, deleteWebhook. */
public final class WebhooksHandler {

  private final SandboxStore store;
  private final Views views;

  /** Serves webhooks from {@code store}. */
  public WebhooksHandler(SandboxStore store, Views views) {
    this.store = store;
    this.views = views;
  }

  /** GET /webhooks: by id, full pagination form. */
  public ApiResponse list(ApiRequest request) {
    return ApiResponse.ok(Pagination.lengthAware(store.webhooks().stream().map(views::webhook).toList(), request));
  }

  /** POST /webhooks: an http(s) URL and an optional name. */
  public ApiResponse create(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    String url = body.requiredUrl("url");
    String name = body.optionalString("name");
    body.validate();
    return ApiResponse.created(views.webhook(store.addWebhook(url, name)));
  }

  /** PUT /webhooks/{webhook_id}. */
  public ApiResponse update(ApiRequest request) {
    Webhook existing = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    String url = body.requiredUrl("url");
    String name = body.optionalString("name");
    body.validate();
    Webhook updated = new Webhook(existing.id(), url, name != null ? name : existing.name());
    store.putWebhook(updated);
    return ApiResponse.ok(views.webhook(updated));
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
