package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.builder.Webhook.Builder;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.CreateWebhookRequest.TypeEnum;
import com.trengo.client.model.Webhook;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhooks through TrengoClient against the sandbox: create, get, update, delete, list. */
class WebhooksContractTest {

  private static final URI TRENGO_HOOK = URI.create("https://hooks.example.com/trengo");
  private static final URI V2_HOOK = URI.create("https://hooks.example.com/v2");

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createWebhook", "updateWebhook"})
  void createsThenUpdatesAWebhookKeepingItsTitleAndSecret(TrengoClient trengo) {
    Webhook created = trengo.webhooks().create(hook(TRENGO_HOOK).type(TypeEnum.INBOUND).name("CRM").build());

    Webhook updated = trengo.webhooks().update(created.getId(), hook(V2_HOOK).type(TypeEnum.TICKET_CLOSED).build());

    assertEquals(TRENGO_HOOK, created.getUrl());
    assertEquals("CRM", created.getTitle());
    assertEquals(Webhook.TypeEnum.INBOUND, created.getType());
    assertTrue(created.getSigningSecret().matches("[A-Za-z0-9]{32}"), "the key deliveries are signed with");
    assertFalse(created.toString().contains(created.getSigningSecret()), created.toString());
    assertEquals(created.getId(), updated.getId());
    assertEquals(V2_HOOK, updated.getUrl());
    assertEquals(Webhook.TypeEnum.TICKET_CLOSED, updated.getType());
    assertEquals("CRM", updated.getTitle(), "a name the update leaves out is kept");
    assertEquals(created.getSigningSecret(), updated.getSigningSecret());
  }

  @Test
  @Covers({"createWebhook", "getWebhook", "deleteWebhook"})
  void getsAWebhookWithItsSecretUntilItIsDeletedAsN8nChecksIt(TrengoClient trengo) {
    Webhook created = trengo.webhooks().create(hook(TRENGO_HOOK).type(TypeEnum.TICKET_MERGED).build());

    Webhook got = trengo.webhooks().get(created.getId());
    trengo.webhooks().delete(created.getId());

    assertEquals(created, got);
    assertEquals(created.getSigningSecret(), got.getSigningSecret());
    assertThrows(NotFoundException.class, () -> trengo.webhooks().get(created.getId()), "gone: register it again");
  }

  @Test
  @Covers("createWebhook")
  void aWebhookWithoutANameIsTitledByItsId(TrengoClient trengo) {
    Webhook created = trengo.webhooks().create(hook(TRENGO_HOOK).type(TypeEnum.TICKET_ASSIGNED).build());

    assertEquals("Webhook #" + created.getId(), created.getTitle());
  }

  @Test
  @Covers({"createWebhook", "deleteWebhook", "updateWebhook"})
  void deletesAWebhookThenItIsNotFound(TrengoClient trengo) {
    Webhook created = trengo.webhooks().create(hook(TRENGO_HOOK).type(TypeEnum.INBOUND).build());

    trengo.webhooks().delete(created.getId());

    assertThrows(NotFoundException.class, () -> trengo.webhooks().delete(created.getId()));
    assertThrows(
        NotFoundException.class,
        () -> trengo.webhooks().update(created.getId(), hook(V2_HOOK).type(TypeEnum.INBOUND).build()));
  }

  @Test
  @Covers("createWebhook")
  void aUrlThatIsNotHttpIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.webhooks().create(new CreateWebhookRequest()
                .url(URI.create("ftp://files.example.com/in")).type(TypeEnum.INBOUND)));

    assertEquals(List.of("The url must be a valid URL."), rejected.errors().get("url"));
  }

  @Test
  @Covers({"createWebhook", "listWebhooks"})
  void listsEveryWebhookAcrossPagesWithTheirSecrets(TrengoClient trengo) {
    for (int i = 0; i < 27; i++) {
      trengo.webhooks().create(hook(URI.create("https://hooks.example.com/" + i)).type(TypeEnum.NOTE).build());
    }

    List<Webhook> all = trengo.webhooks().listAll().stream().toList();

    assertEquals(27, all.size(), "two pages of 25");
    assertEquals(27, trengo.webhooks().list(1).getMeta().getTotal());
    assertEquals(URI.create("https://hooks.example.com/26"), all.get(26).getUrl());
    assertEquals(27, all.stream().map(Webhook::getSigningSecret).distinct().count(), "one secret per webhook");
  }

  private static Builder hook(URI url) {
    return com.trengo.client.builder.Webhook.builder().url(url);
  }
}
