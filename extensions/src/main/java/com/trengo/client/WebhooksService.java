package com.trengo.client;

import com.trengo.client.api.WebhooksApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.Webhook;
import com.trengo.client.model.WebhookList;

/**
 * Webhook subscriptions: list, get, create, update, delete ({@link com.trengo.client.builder.Webhook}
 * builds the body of a create and an update). Each answer carries the webhook's signing secret, readable
 * with {@link Webhook#getSigningSecret()} and never printed. A webhook that no longer exists is {@link
 * com.trengo.client.error.NotFoundException} on {@link #get(long)}: register it again. Get one from
 * {@link TrengoClient#webhooks()}.
 */
public final class WebhooksService extends CrudService<Webhook, WebhookList, CreateWebhookRequest, CreateWebhookRequest> {

  WebhooksService(CallExecutor executor, WebhooksApi api) {
    super(
        executor,
        Listing.of(api::listWebhooks, WebhookList::getData, WebhookList::getMeta, WebhookList::getLinks, Webhook::getId),
        api::getWebhook,
        api::createWebhook,
        api::updateWebhook,
        api::deleteWebhook);
  }
}
