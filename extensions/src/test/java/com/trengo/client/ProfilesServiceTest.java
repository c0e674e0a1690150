package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.builder.CreateProfile;
import com.trengo.client.model.Profile;
import com.trengo.client.model.ProfileList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every profile operation sends the request the contract describes and returns what the server said. */
class ProfilesServiceTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TrengoClient client = new TestServer().client(server).build();

  @AfterEach
  void close() {
    client.close();
  }

  private static final String ACME = "{\"id\":3448655702,\"name\":\"Acme\"}";

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** Full (length-aware) pagination, as the profile list answers. */
  private static String profilePage(int page, int lastPage, long... ids) {
    String data = java.util.Arrays.stream(ids)
        .mapToObj(id -> "{\"id\":" + id + ",\"name\":\"Profile " + id + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
    return "{\"data\":" + data + ",\"meta\":{\"current_page\":" + page + ",\"last_page\":" + lastPage
        + ",\"per_page\":2,\"total\":3}}";
  }

  @Test
  void listSendsPageAndTerm() {
    server.stubFor(get(urlPathEqualTo("/api/v2/profiles")).willReturn(json(200, profilePage(2, 2, 3))));

    ProfileList list = client.profiles().list(2, "acme");

    assertEquals(3L, list.getData().get(0).getId());
    server.verify(getRequestedFor(urlPathEqualTo("/api/v2/profiles"))
        .withQueryParam("page", equalTo("2")).withQueryParam("term", equalTo("acme")));
  }

  @Test
  void listAllWalksEveryPageUntilTheLastWithTheTermOnEach() {
    server.stubFor(get(urlPathEqualTo("/api/v2/profiles")).withQueryParam("page", equalTo("1"))
        .willReturn(json(200, profilePage(1, 2, 1, 2))));
    server.stubFor(get(urlPathEqualTo("/api/v2/profiles")).withQueryParam("page", equalTo("2"))
        .willReturn(json(200, profilePage(2, 2, 3))));

    List<Long> ids = client.profiles().listAll("a").stream().map(Profile::getId).toList();

    assertEquals(List.of(1L, 2L, 3L), ids);
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/profiles")).withQueryParam("term", equalTo("a")));
  }

  @Test
  void createGetUpdateAndDeleteUseTheProfilePaths() throws Exception {
    server.stubFor(post(urlPathEqualTo("/api/v2/profiles")).willReturn(json(201, ACME)));
    server.stubFor(get(urlPathEqualTo("/api/v2/profiles/3448655702")).willReturn(json(200, ACME)));
    server.stubFor(put(urlPathEqualTo("/api/v2/profiles/3448655702")).willReturn(json(200, ACME)));
    server.stubFor(delete(urlPathEqualTo("/api/v2/profiles/3448655702")).willReturn(aResponse().withStatus(204)));

    Profile created = client.profiles().create(CreateProfile.builder().name("Acme").build());
    assertEquals(3_448_655_702L, created.getId());
    assertEquals("Acme", client.profiles().get(created.getId()).getName());
    assertEquals("Acme", client.profiles().getAsync(created.getId()).get().getName());
    client.profiles().update(created.getId(), CreateProfile.builder().name("Acme Holding").build());
    client.profiles().updateAsync(created.getId(), CreateProfile.builder().name("Acme Group").build()).get();
    client.profiles().delete(created.getId());
    client.profiles().deleteAsync(created.getId()).get();

    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/profiles")).withRequestBody(equalToJson("{\"name\":\"Acme\"}")));
    server.verify(putRequestedFor(urlPathEqualTo("/api/v2/profiles/3448655702"))
        .withRequestBody(equalToJson("{\"name\":\"Acme Holding\"}")));
    server.verify(putRequestedFor(urlPathEqualTo("/api/v2/profiles/3448655702"))
        .withRequestBody(equalToJson("{\"name\":\"Acme Group\"}")));
    server.verify(2, deleteRequestedFor(urlPathEqualTo("/api/v2/profiles/3448655702")));
  }

  @Test
  void attachSendsContactIdAndTypeAsGiven() throws Exception {
    server.stubFor(post(urlPathEqualTo("/api/v2/profiles/7/contacts")).willReturn(aResponse().withStatus(200)));

    client.profiles().attachContact(7, 5001, "EMAIL");
    client.profiles().attachContactAsync(7, 5002, "SOME_FUTURE_CHANNEL").get();

    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/profiles/7/contacts"))
        .withRequestBody(equalToJson("{\"contact_id\":5001,\"type\":\"EMAIL\"}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/profiles/7/contacts"))
        .withRequestBody(equalToJson("{\"contact_id\":5002,\"type\":\"SOME_FUTURE_CHANNEL\"}")));
  }

  @Test
  void detachSendsTheTypeOnlyWhenGiven() throws Exception {
    server.stubFor(delete(urlPathEqualTo("/api/v2/profiles/7/contacts/5001")).willReturn(aResponse().withStatus(204)));

    client.profiles().detachContact(7, 5001);
    client.profiles().detachContact(7, 5001, "WA_BUSINESS");
    client.profiles().detachContactAsync(7, 5001).get();
    client.profiles().detachContactAsync(7, 5001, "VOIP").get();

    server.verify(2, deleteRequestedFor(urlPathEqualTo("/api/v2/profiles/7/contacts/5001")).withQueryParam("type", absent()));
    server.verify(deleteRequestedFor(urlPathEqualTo("/api/v2/profiles/7/contacts/5001"))
        .withQueryParam("type", equalTo("WA_BUSINESS")));
    server.verify(deleteRequestedFor(urlPathEqualTo("/api/v2/profiles/7/contacts/5001"))
        .withQueryParam("type", equalTo("VOIP")));
  }
}
