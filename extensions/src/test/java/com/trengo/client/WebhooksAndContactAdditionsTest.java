package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.builder.AddContactNote;
import com.trengo.client.builder.ContactCustomFieldValue;
import com.trengo.client.builder.CreateContactOnChannel;
import com.trengo.client.model.Contact;
import com.trengo.client.model.Webhook;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook list, and the contact operations beyond create/read/update/delete. */
class WebhooksAndContactAdditionsTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TrengoClient client = new TestServer().client(server).build();

  @AfterEach
  void close() {
    client.close();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static String webhookPage(int page, int lastPage, int id) {
    return "{\"data\":[{\"id\":" + id + ",\"url\":\"https://example.com/h" + id + "\",\"name\":\"CRM\"}],"
        + "\"meta\":{\"current_page\":" + page + ",\"last_page\":" + lastPage + ",\"per_page\":1,\"total\":2}}";
  }

  @Test
  void webhookListAllWalksToTheLastPage() throws Exception {
    server.stubFor(get(urlPathEqualTo("/api/v2/webhooks")).withQueryParam("page", equalTo("1"))
        .willReturn(json(200, webhookPage(1, 2, 11))));
    server.stubFor(get(urlPathEqualTo("/api/v2/webhooks")).withQueryParam("page", equalTo("2"))
        .willReturn(json(200, webhookPage(2, 2, 12))));

    assertEquals(List.of(11L, 12L), client.webhooks().listAll().stream().map(Webhook::getId).toList());
    assertEquals("https://example.com/h12", client.webhooks().list(2).getData().get(0).getUrl().toString());
    assertEquals(11L, client.webhooks().listAsync(1).get().getData().get(0).getId());
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/webhooks")).withQueryParam("page", equalTo("2")));
  }

  @Test
  void createOnChannelReadsTheCreatedAndTheExistingContactAlike() throws Exception {
    String ada = "{\"id\":5001,\"identifier\":\"ada@example.com\",\"name\":\"Ada\"}";
    server.stubFor(post(urlPathEqualTo("/api/v2/channels/12/contacts")).willReturn(json(201, ada)));
    server.stubFor(post(urlPathEqualTo("/api/v2/channels/13/contacts")).willReturn(json(200, ada)));

    Contact created = client.contacts().createOnChannel(12,
        CreateContactOnChannel.builder().identifier("ada@example.com").name("Ada").build());
    Contact existing = client.contacts().createOnChannelAsync(13,
        CreateContactOnChannel.builder().identifier("ada@example.com").build()).get();

    assertEquals(5001L, created.getId());
    assertEquals(5001L, existing.getId());
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/channels/12/contacts"))
        .withRequestBody(equalToJson("{\"identifier\":\"ada@example.com\",\"name\":\"Ada\"}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/channels/13/contacts"))
        .withRequestBody(equalToJson("{\"identifier\":\"ada@example.com\"}")));
  }

  @Test
  void setCustomFieldAndAddNotePostTheirBodies() throws Exception {
    server.stubFor(post(urlPathEqualTo("/api/v2/contacts/5001/custom_fields")).willReturn(aResponse().withStatus(200)));
    server.stubFor(post(urlPathEqualTo("/api/v2/contacts/5001/notes"))
        .willReturn(json(201, "{\"id\":90,\"body\":\"Prefers email.\",\"user\":{\"id\":201}}")));

    client.contacts().setCustomField(5001, ContactCustomFieldValue.builder().customFieldId(7L).value("ORD-42").build());
    client.contacts().setCustomFieldAsync(5001, ContactCustomFieldValue.builder().customFieldId(8L).value("42").build()).get();
    com.trengo.client.model.ContactNote note =
        client.contacts().addNote(5001, AddContactNote.builder().note("Prefers email.").build());
    assertEquals(90L, client.contacts().addNoteAsync(5001, AddContactNote.builder().note("Again.").build()).get().getId());

    assertEquals(90L, note.getId());
    assertEquals("Prefers email.", note.getBody());
    assertEquals(201L, note.getUser().getId());
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/contacts/5001/custom_fields"))
        .withRequestBody(equalToJson("{\"custom_field_id\":7,\"value\":\"ORD-42\"}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/contacts/5001/custom_fields"))
        .withRequestBody(equalToJson("{\"custom_field_id\":8,\"value\":\"42\"}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/contacts/5001/notes"))
        .withRequestBody(equalToJson("{\"note\":\"Prefers email.\"}")));
  }
}
