package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** listWebhooks; creating, updating and deleting one is in {@link AccountTest}. */
class WebhooksTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void listsNoWebhooksOnAFreshAccountInTheFullForm() throws IOException {
    JsonObject page = api.get("webhooks").json();

    assertEquals(0, page.getAsJsonArray("data").size());
    assertEquals(0, page.getAsJsonObject("meta").get("total").getAsInt());
    assertEquals(1, page.getAsJsonObject("meta").get("last_page").getAsInt());
    assertTrue(page.getAsJsonObject("meta").get("from").isJsonNull());
  }

  @Test
  void paginatesWebhooksTwentyFiveToAPageWithLastPageAndTotal() throws IOException {
    for (int i = 1; i <= 26; i++) {
      api.post("webhooks", "{\"url\":\"https://example.org/hook/" + i + "\",\"type\":\"INBOUND\",\"name\":\"Hook " + i + "\"}");
    }

    JsonObject first = api.get("webhooks").json();
    JsonObject second = api.getUrl(first.getAsJsonObject("links").get("next").getAsString()).json();

    assertEquals(25, first.getAsJsonArray("data").size());
    assertEquals(26, first.getAsJsonObject("meta").get("total").getAsInt());
    assertEquals(2, first.getAsJsonObject("meta").get("last_page").getAsInt());
    assertTrue(first.getAsJsonObject("links").get("last").getAsString().endsWith("/api/v2/webhooks?page=2"));
    assertEquals(1, second.getAsJsonArray("data").size());
    assertEquals("https://example.org/hook/26", second.getAsJsonArray("data").get(0).getAsJsonObject().get("url").getAsString());
    assertTrue(second.getAsJsonObject("links").get("next").isJsonNull());
  }

  @Test
  void aDeletedWebhookLeavesTheList() throws IOException {
    long id = api.post("webhooks", "{\"url\":\"https://example.org/hook\",\"type\":\"INBOUND\"}").json().get("id").getAsLong();
    long kept = api.post("webhooks", "{\"url\":\"https://example.org/kept\",\"type\":\"INBOUND\"}").json().get("id").getAsLong();

    api.delete("webhooks/" + id);

    assertEquals(List.of(kept), Pages.ids(Pages.all(api, sandbox.sandbox(), "webhooks")));
  }
}
