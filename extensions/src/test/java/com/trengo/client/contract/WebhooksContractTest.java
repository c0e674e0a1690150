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

  private static final URI TRENGO_HOOK = URI.create("https://hooks.example.com/trengo");
  private static final URI V2_HOOK = URI.create("https://hooks.example.com/v2");

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createWebhook", "updateWebhook"})
  void createsThenUpdatesAWebhookKeepingItsName(TrengoClient trengo) {
    Webhook created =
        trengo.webhooks().create(new CreateWebhookRequest().url(TRENGO_HOOK).name("CRM"));

    Webhook updated =
        trengo.webhooks().update(created.getId(), new CreateWebhookRequest().url(V2_HOOK));

    assertEquals(TRENGO_HOOK, created.getUrl());
    assertEquals(created.getId(), updated.getId());
    assertEquals(V2_HOOK, updated.getUrl());
    assertEquals("CRM", updated.getName(), "a name the update leaves out is kept");
  }

  @Test
  @Covers({"createWebhook", "deleteWebhook", "updateWebhook"})
  void deletesAWebhookThenItIsNotFound(TrengoClient trengo) {
    Webhook created = trengo.webhooks().create(new CreateWebhookRequest().url(TRENGO_HOOK));

    trengo.webhooks().delete(created.getId());

    assertThrows(NotFoundException.class, () -> trengo.webhooks().delete(created.getId()));
    assertThrows(
        NotFoundException.class,
        () -> trengo.webhooks().update(created.getId(), new CreateWebhookRequest().url(V2_HOOK)));
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

  @Test
  @Covers({"createWebhook", "listWebhooks"})
  void listsEveryWebhookAcrossPages(TrengoClient trengo) {
    for (int i = 0; i < 27; i++) {
      trengo.webhooks().create(new CreateWebhookRequest().url(URI.create("https://hooks.example.com/" + i)));
    }

    List<Webhook> all = trengo.webhooks().listAll().stream().toList();

    assertEquals(27, all.size(), "two pages of 25");
    assertEquals(27, trengo.webhooks().list(1).getMeta().getTotal());
    assertEquals(URI.create("https://hooks.example.com/26"), all.get(26).getUrl());
  }
}
