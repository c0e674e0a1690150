package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.Webhook;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhooks through TrengoClient against the sandbox: create, update, delete. */
class WebhooksContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createWebhook", "updateWebhook"})
  void createsThenUpdatesAWebhookKeepingItsName(TrengoClient trengo) {
    Webhook created =
        trengo.webhooks().create(new CreateWebhookRequest().url(URI.create("https://hooks.example.com/trengo")).name("CRM"));

    Webhook updated =
        trengo.webhooks().update(created.getId(), new CreateWebhookRequest().url(URI.create("https://hooks.example.com/v2")));

    assertEquals(URI.create("https://hooks.example.com/trengo"), created.getUrl());
    assertEquals(created.getId(), updated.getId());
    assertEquals(URI.create("https://hooks.example.com/v2"), updated.getUrl());
    assertEquals("CRM", updated.getName(), "a name the update leaves out is kept");
  }

  @Test
  @Covers({"createWebhook", "deleteWebhook", "updateWebhook"})
  void deletesAWebhookThenItIsNotFound(TrengoClient trengo) {
    Webhook created = trengo.webhooks().create(new CreateWebhookRequest().url(URI.create("https://hooks.example.com/x")));

    trengo.webhooks().delete(created.getId());

    assertThrows(NotFoundException.class, () -> trengo.webhooks().delete(created.getId()));
    assertThrows(
        NotFoundException.class,
        () -> trengo.webhooks().update(created.getId(), new CreateWebhookRequest().url(URI.create("https://a.example"))));
  }

  @Test
  @Covers("createWebhook")
  void aUrlThatIsNotHttpIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.webhooks().create(new CreateWebhookRequest().url(URI.create("ftp://files.example.com/in"))));

    assertEquals(List.of("The url must be a valid URL."), rejected.errors().get("url"));
  }
}
