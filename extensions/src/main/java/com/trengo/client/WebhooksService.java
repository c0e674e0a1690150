package com.trengo.client;

import com.trengo.client.api.WebhooksApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.Webhook;
import com.trengo.client.model.WebhookList;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.concurrent.CompletableFuture;

/** Webhook subscriptions. Get one from {@link TrengoClient#webhooks()}. */
public final class WebhooksService {
  private final CallExecutor executor;
  private final WebhooksApi api;

  WebhooksService(CallExecutor executor, WebhooksApi api) {
    this.executor = executor;
    this.api = api;
  }

  /** One page of the account's webhooks. */
  public WebhookList list(int page) {
    return executor.execute(api.listWebhooks(page));
  }

  /** Async form of {@link #list(int)}. */
  public CompletableFuture<WebhookList> listAsync(int page) {
    return executor.executeAsync(api.listWebhooks(page));
  }

  /** Every webhook of the account, fetched page by page as the walk reaches it. */
  public AutoPager<Webhook> listAll() {
    return AutoPager.of(
        page -> {
          WebhookList list = list(page);
          return new Page<>(page, list.getData(), list.getMeta(), list.getLinks());
        },
        Webhook::getId);
  }

  /** Registers a webhook. Never resent once it may have reached the server. */
  public Webhook create(CreateWebhookRequest request) {
    return executor.execute(api.createWebhook(request));
  }

  /** Async form of {@link #create(CreateWebhookRequest)}. */
  public CompletableFuture<Webhook> createAsync(CreateWebhookRequest request) {
    return executor.executeAsync(api.createWebhook(request));
  }

  /** Replaces a webhook's settings. */
  public Webhook update(long webhookId, CreateWebhookRequest request) {
    return executor.execute(api.updateWebhook(webhookId, request));
  }

  /** Async form of {@link #update(long, CreateWebhookRequest)}. */
  public CompletableFuture<Webhook> updateAsync(long webhookId, CreateWebhookRequest request) {
    return executor.executeAsync(api.updateWebhook(webhookId, request));
  }

  /** Deletes a webhook. */
  public void delete(long webhookId) {
    executor.execute(api.deleteWebhook(webhookId));
  }

  /** Async form of {@link #delete(long)}. */
  public CompletableFuture<Void> deleteAsync(long webhookId) {
    return executor.executeAsync(api.deleteWebhook(webhookId));
  }
}
