package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.api.ContactsApi;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnauthorizedException;
import com.trengo.client.http.LogLevel;
import com.trengo.client.model.Contact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client users hold: configuration, auth, User-Agent, async, escape hatches, secrecy. */
class TrengoClientTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TestServer test = new TestServer();

  private static final String CONTACT = "{\"id\":5,\"name\":\"Ada\",\"identifier\":\"ada@example.com\"}";

  private void stubContact() {
    server.stubFor(
        get(urlEqualTo("/api/v2/contacts/5"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-RateLimit-Remaining", "119")
                    .withBody(CONTACT)));
  }

  @Test
  void fromEnvWithoutTokenNamesTheVariable() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> TrengoClient.builder().fromEnv(name -> null).build());
    assertTrue(e.getMessage().contains("TRENGO_TOKEN"), e.getMessage());
  }

  @Test
  void fromEnvReadsTokenAndBaseUrl() {
    stubContact();
    Map<String, String> env = Map.of("TRENGO_TOKEN", TestServer.TOKEN, "TRENGO_BASE_URL", server.baseUrl() + "/api/v2");
    try (TrengoClient client = TrengoClient.builder().fromEnv(env::get).sleeper(test.sleeps::add).build()) {
      assertEquals(server.baseUrl() + "/api/v2/", client.options().baseUrl());
      assertEquals("Ada", client.contacts().get(5).getName());
    }
    server.verify(getRequestedFor(urlEqualTo("/api/v2/contacts/5")).withHeader("Authorization", equalTo("Bearer " + TestServer.TOKEN)));
  }

  @Test
  void badBaseUrlFromEnvNamesTheVariableAndValue() {
    Map<String, String> env = Map.of("TRENGO_TOKEN", "t", "TRENGO_BASE_URL", "not a url");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TrengoClient.builder().fromEnv(env::get));
    assertTrue(e.getMessage().contains("TRENGO_BASE_URL") && e.getMessage().contains("not a url"), e.getMessage());
  }

  @Test
  void buildWithoutTokenFailsClearly() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> TrengoClient.builder().build());
    assertTrue(e.getMessage().contains("token"), e.getMessage());
  }

  @Test
  void tokenWithAControlCharacterIsRejectedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TrengoClient.builder().token("abc\r\nX-Evil: 1"));
    assertFalse(e.getMessage().contains("abc"), e.getMessage());
  }

  @Test
  void sendsUserAgentNamingLibraryVersionAndJava() {
    stubContact();
    try (TrengoClient client = test.client(server).build()) {
      client.contacts().get(5);
    }
    server.verify(
        getRequestedFor(urlPathEqualTo("/api/v2/contacts/5"))
            .withHeader("User-Agent", matching("trengo-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? Java/" + System.getProperty("java.version").replace(".", "\\."))));
  }

  @Test
  void tokenAppearsInNoToStringLogLineOrExceptionMessage() {
    server.stubFor(
        get(urlEqualTo("/api/v2/contacts/6"))
            .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Unauthenticated.\"}")));
    stubContact();
    List<String> log = new CopyOnWriteArrayList<>();
    List<String> seen = new ArrayList<>();
    TrengoClient.Builder builder = test.client(server).logLevel(LogLevel.BODY, log::add);
    seen.add(builder.toString());
    try (TrengoClient client = builder.build()) {
      seen.add(client.toString());
      seen.add(client.options().toString());
      seen.add(client.rateLimiter().toString());
      client.contacts().get(5);
      UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> client.contacts().get(6));
      seen.add(e.getMessage());
      seen.add(e.toString());
      seen.add(e.headers().toString());
      seen.add(e.body());
    }
    assertTrue(log.stream().anyMatch(l -> l.contains("[Authorization: ██]")), "the header is logged, redacted: " + log);
    seen.addAll(log);
    for (String s : seen) {
      assertFalse(s.contains(TestServer.TOKEN), "token leaked in: " + s);
      assertFalse(s.contains("SECRET"), "token leaked in: " + s);
    }
  }

  @Test
  void asyncCallsCompleteWithTheModelOrTheTypedException() throws Exception {
    stubContact();
    server.stubFor(get(urlEqualTo("/api/v2/contacts/404")).willReturn(aResponse().withStatus(404).withBody("{\"message\":\"No query results\"}")));
    try (TrengoClient client = test.client(server).build()) {
      CompletableFuture<Contact> ok = client.contacts().getAsync(5);
      assertEquals("Ada", ok.get(5, TimeUnit.SECONDS).getName());
      CompletableFuture<Contact> missing = client.contacts().getAsync(404);
      ExecutionException e = assertThrows(ExecutionException.class, () -> missing.get(5, TimeUnit.SECONDS));
      NotFoundException nf = assertInstanceOf(NotFoundException.class, e.getCause());
      assertEquals("No query results", nf.serverMessage().orElseThrow());
    }
  }

  @Test
  void responseObserverSeesStatusHeadersAndAttempts() {
    stubContact();
    AtomicReference<ResponseInfo> info = new AtomicReference<>();
    try (TrengoClient client = test.client(server).build()) {
      client.withOptions(RequestOptions.builder().responseObserver(info::set).build()).contacts().get(5);
    }
    assertEquals(200, info.get().statusCode());
    assertEquals("119", info.get().header("x-ratelimit-remaining").orElseThrow());
    assertEquals(1, info.get().attempts());
  }

  @Test
  void generatedInterfacesStayReachableThroughTheWholeStack() throws Exception {
    stubContact();
    try (TrengoClient client = test.client(server).build()) {
      retrofit2.Response<Contact> r = client.api(ContactsApi.class).getContact(5L, null).execute();
      assertEquals(200, r.code());
      assertEquals(5L, r.body().getId());
    }
    server.verify(getRequestedFor(urlEqualTo("/api/v2/contacts/5")).withHeader("Authorization", equalTo("Bearer " + TestServer.TOKEN)));
  }

  @Test
  void ownOkHttpClientAndInterceptorsAreUsedAndNotClosed() {
    stubContact();
    OkHttpClient mine = new OkHttpClient();
    List<String> seen = new CopyOnWriteArrayList<>();
    try (TrengoClient client =
        test.client(server)
            .okHttpClient(mine)
            .addInterceptor(chain -> {
              seen.add("app " + chain.request().url().encodedPath());
              return chain.proceed(chain.request().newBuilder().header("X-Trace", "t-1").build());
            })
            .addNetworkInterceptor(chain -> {
              seen.add("net " + chain.request().header("Authorization").startsWith("Bearer "));
              return chain.proceed(chain.request());
            })
            .build()) {
      client.contacts().get(5);
    }
    assertEquals(List.of("app /api/v2/contacts/5", "net true"), seen);
    server.verify(getRequestedFor(urlEqualTo("/api/v2/contacts/5")).withHeader("X-Trace", equalTo("t-1")));
    assertFalse(mine.dispatcher().executorService().isShutdown(), "the caller's client stays open");
    mine.dispatcher().executorService().shutdown();
  }

  @Test
  void closeReleasesTheThreadsTheClientCreated() throws Exception {
    stubContact();
    TrengoClient client = test.client(server).build();
    assertNotNull(client.contacts().getAsync(5).get(5, TimeUnit.SECONDS));
    client.close();
    client.close();
    IllegalStateException sync = assertThrows(IllegalStateException.class, () -> client.contacts().get(5));
    assertEquals("this TrengoClient is closed", sync.getMessage());
    assertThrows(IllegalStateException.class, () -> client.contacts().getAsync(5));
  }

  @Test
  void withOptionsSharesTheRateLimiter() {
    try (TrengoClient client = test.client(server).build()) {
      TrengoClient view = client.withOptions(RequestOptions.builder().maxRetries(0).build());
      assertSame(client.rateLimiter(), view.rateLimiter());
    }
  }
}
