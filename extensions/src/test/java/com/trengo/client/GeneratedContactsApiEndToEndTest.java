package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trengo.client.api.ContactsApi;
import com.trengo.client.internal.LenientGson;
import com.trengo.client.model.Contact;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** The generated Retrofit interface, wired by hand, against a real HTTP server. */
class GeneratedContactsApiEndToEndTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  @Test
  void getContactSendsBearerTokenAndParsesContactWithIdAboveInt32() throws Exception {
    long bigId = 4_217_650_721L; // a real-world id that does not fit in an int
    server.stubFor(
        get(urlEqualTo("/api/v2/contacts/" + bigId))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":" + bigId + ",\"name\":\"Ada Lovelace\",\"identifier\":\"+31612345678\","
                            + "\"email\":\"ada@example.com\",\"phone\":\"+31612345678\","
                            + "\"created_at\":\"2024-05-01T10:15:30Z\",\"added_later\":true}")));

    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("Authorization", "Bearer test-token").build()))
            .build();
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl(server.baseUrl() + "/api/v2/")
            .client(http)
            .addConverterFactory(GsonConverterFactory.create(LenientGson.create()))
            .build();
    try {
      Response<Contact> response = retrofit.create(ContactsApi.class).getContact(bigId, null).execute();

      assertEquals(200, response.code());
      Contact contact = response.body();
      assertEquals(bigId, contact.getId());
      assertEquals("Ada Lovelace", contact.getName());
      assertEquals("+31612345678", contact.getIdentifier());
      assertEquals("ada@example.com", contact.getEmail());
      assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC), contact.getCreatedAt());

      List<LoggedRequest> requests = server.findAll(getRequestedFor(urlEqualTo("/api/v2/contacts/" + bigId)));
      assertEquals(1, requests.size());
      LoggedRequest request = requests.get(0);
      assertEquals("GET", request.getMethod().getName());
      assertEquals("/api/v2/contacts/4217650721", request.getUrl());
      assertEquals("Bearer test-token", request.getHeader("Authorization"));
      server.verify(getRequestedFor(urlEqualTo("/api/v2/contacts/" + bigId))
          .withHeader("Authorization", equalTo("Bearer test-token")));
      assertTrue(server.findAllUnmatchedRequests().isEmpty(), "no unmatched requests");
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
