package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.http.LogLevel;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Log lines (one per request and response), TRENGO_LOG, fromEnv() combined with code, and proxy(..). */
class LoggingAndEnvironmentTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TestServer test = new TestServer();
  private final List<String> log = new CopyOnWriteArrayList<>();

  private static final String CONTACT = "{\"id\":5,\"name\":\"Ada\",\"identifier\":\"ada@example.com\"}";

  private void stubContact() {
    server.stubFor(
        get(urlEqualTo("/api/v2/contacts/5"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withHeader("X-Trace", "t-1").withBody(CONTACT)));
  }

  private Map<String, String> env(String... more) {
    Map<String, String> env = new java.util.HashMap<>(Map.of("TRENGO_TOKEN", TestServer.TOKEN, "TRENGO_BASE_URL", server.baseUrl() + "/api/v2"));
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  @Test
  void headersLevelWritesOneLinePerRequestAndOnePerResponseWithTheTokenRedacted() {
    stubContact();
    try (TrengoClient client = test.client(server).logLevel(LogLevel.HEADERS, log::add).build()) {
      client.contacts().get(5);
    }

    assertEquals(2, log.size(), log.toString());
    String request = log.get(0);
    String response = log.get(1);
    assertTrue(request.startsWith("--> GET " + server.baseUrl() + "/api/v2/contacts/5 "), request);
    assertTrue(request.contains(" [Authorization: ██]") && request.contains(" [User-Agent: trengo-java/"), request);
    assertTrue(response.startsWith("<-- 200 OK GET " + server.baseUrl() + "/api/v2/contacts/5 ("), response);
    assertTrue(response.contains(" [Content-Type: application/json]") && response.contains(" [X-Trace: t-1]"), response);
    assertFalse(String.join("\n", log).contains(TestServer.TOKEN), "token leaked: " + log);
    assertFalse(String.join("\n", log).contains("\"name\""), "no body below BODY: " + log);
  }

  @Test
  void basicLevelWritesMethodUrlAndStatusOnly() {
    stubContact();
    try (TrengoClient client = test.client(server).logLevel(LogLevel.BASIC, log::add).build()) {
      client.contacts().get(5);
    }

    assertEquals("--> GET " + server.baseUrl() + "/api/v2/contacts/5", log.get(0));
    assertTrue(log.get(1).matches("<-- 200 OK GET \\S+/api/v2/contacts/5 \\(\\d+ ms\\)"), log.get(1));
  }

  @Test
  void bodyLevelLogsBothBodiesAndLeavesTheResponseReadable() {
    server.stubFor(
        post(urlEqualTo("/api/v2/contacts"))
            .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CONTACT)));
    Contact created;
    try (TrengoClient client = test.client(server).logLevel(LogLevel.BODY, log::add).build()) {
      created = client.contacts().create(new CreateContactRequest().name("Ada").identifier("ada@example.com").channelId(101L));
    }

    assertEquals("Ada", created.getName(), "the body was logged and still parsed");
    assertTrue(log.get(0).contains(" body: {") && log.get(0).contains("\"identifier\":\"ada@example.com\""), log.get(0));
    assertTrue(log.get(1).endsWith(" body: " + CONTACT), log.get(1));
  }

  @Test
  void aFailedAttemptIsLoggedAsFailedWithTheCause() {
    server.stubFor(get(urlEqualTo("/api/v2/contacts/5")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (TrengoClient client = test.client(server).maxRetries(0).logLevel(LogLevel.BASIC, log::add).build()) {
      assertThrows(TrengoIoException.class, () -> client.contacts().get(5));
    }

    assertEquals(2, log.size(), log.toString());
    assertTrue(log.get(1).startsWith("<-- FAILED GET " + server.baseUrl() + "/api/v2/contacts/5 ("), log.get(1));
    assertTrue(log.get(1).contains("IOException") || log.get(1).contains("Exception"), log.get(1));
  }

  @Test
  void aBinaryResponseBodyIsNotLoggedEvenAtBody() {
    server.stubFor(
        get(urlEqualTo("/api/v2/contacts/5"))
            .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody(new byte[] {37, 80, 68, 70, 0, 1})));
    try (TrengoClient client = test.client(server).maxRetries(0).logLevel(LogLevel.BODY, log::add).build()) {
      assertThrows(RuntimeException.class, () -> client.contacts().get(5)); // not JSON: the call fails, the log stays clean
    }

    assertTrue(log.get(1).endsWith(" body: (non-text body, not logged)"), log.get(1)); // chunked: length unknown
  }

  @Test
  void trengoLogSetsTheLevelWhenCodeDoesNot() {
    stubContact();
    try (TrengoClient client = TrengoClient.builder().fromEnv(env("TRENGO_LOG", "Headers")::get).build()) {
      assertEquals(LogLevel.HEADERS, client.options().logLevel());
    }
    try (TrengoClient client = TrengoClient.builder().fromEnv(env("TRENGO_LOG", "info")::get).build()) {
      assertEquals(LogLevel.BASIC, client.options().logLevel());
    }
    try (TrengoClient client = TrengoClient.builder().fromEnv(env()::get).build()) {
      assertEquals(LogLevel.NONE, client.options().logLevel());
    }
  }

  @Test
  void aLevelSetInCodeWinsOverTrengoLog() {
    try (TrengoClient client =
        TrengoClient.builder().fromEnv(env("TRENGO_LOG", "body")::get).logLevel(LogLevel.BASIC, log::add).build()) {
      assertEquals(LogLevel.BASIC, client.options().logLevel());
    }
  }

  @Test
  void anUnknownTrengoLogValueIsNamedWithTheVariable() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TrengoClient.builder().fromEnv(env("TRENGO_LOG", "verbose")::get).build());
    assertTrue(e.getMessage().contains("TRENGO_LOG") && e.getMessage().contains("\"verbose\""), e.getMessage());
  }

  @Test
  void fromEnvCombinesWithSettingsMadeInCode() {
    stubContact();
    try (TrengoClient client =
        TrengoClient.builder().fromEnv(env()::get).maxRetries(5).sleeper(test.sleeps::add).build()) {
      assertEquals(5, client.options().retryPolicy().maxRetries());
      assertEquals("Ada", client.contacts().get(5).getName());
    }
    server.verify(getRequestedFor(urlEqualTo("/api/v2/contacts/5")).withHeader("Authorization", equalTo("Bearer " + TestServer.TOKEN)));
  }

  @Test
  void aTokenGivenAfterFromEnvIsEnoughWhenTheEnvironmentHasNone() {
    Map<String, String> noToken = Map.of("TRENGO_BASE_URL", server.baseUrl() + "/api/v2");
    try (TrengoClient client = TrengoClient.builder().fromEnv(noToken::get).token("from-a-vault").build()) {
      assertEquals(server.baseUrl() + "/api/v2/", client.options().baseUrl());
    }
  }

  @Test
  void theLaterOfFromEnvAndBaseUrlWins() {
    try (TrengoClient client = TrengoClient.builder().fromEnv(env()::get).baseUrl("https://sandbox.example/api/v2/").build()) {
      assertEquals("https://sandbox.example/api/v2/", client.options().baseUrl());
    }
    try (TrengoClient client = TrengoClient.builder().baseUrl("https://sandbox.example/api/v2/").fromEnv(env()::get).build()) {
      assertEquals(server.baseUrl() + "/api/v2/", client.options().baseUrl());
    }
  }

  @Test
  void requestsGoThroughTheConfiguredProxy() {
    stubContact();
    // The host does not exist: the call can only succeed by going to the proxy (here the test server,
    // which answers the absolute-form request OkHttp sends to an HTTP proxy).
    try (TrengoClient client =
        test.client(server)
            .baseUrl("http://api.trengo.invalid/api/v2/")
            .allowPlainHttp(true) // plain http to another host is refused unless allowed: the token travels in clear
            .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", server.getPort())))
            .build()) {
      assertEquals("Ada", client.contacts().get(5).getName());
    }
    server.verify(getRequestedFor(urlEqualTo("/api/v2/contacts/5")).withHeader("Host", equalTo("api.trengo.invalid")));
  }
}
