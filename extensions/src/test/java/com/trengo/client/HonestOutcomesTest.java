package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.TrengoRedirectException;
import com.trengo.client.error.TrengoResponseTooLargeException;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.testing.RawHttpServer;
import com.trengo.client.testing.RawHttpServer.Reply;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The caller is never told a create happened, or did not, without proof; reads are retried when an
 * answer cannot be used. Items 1, 7, 8, 9 and 15 of issue 13, against real servers on 127.0.0.1.
 */
class HonestOutcomesTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private static final String CONTACT = "{\"id\":5,\"name\":\"Ada\",\"identifier\":\"ada@example.com\"}";
  private static final String HTML = "<html><head><title>502</title></head><body>\n<h1>Bad Gateway</h1></body></html>";

  private final TestServer test = new TestServer();
  private TrengoClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private TrengoClient client(String baseUrl) {
    client = test.client(server).baseUrl(baseUrl).build();
    return client;
  }

  private TrengoClient client() {
    client = test.client(server).build();
    return client;
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static ResponseDefinitionBuilder html200() {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(HTML);
  }

  private static CreateContactRequest newContact() {
    return new CreateContactRequest().name("Ada").identifier("ada@example.com").channelId(1L);
  }

  // Item 1: a redirect answering a create is not followed as a GET

  @Test
  void aRedirectAnsweringACreateIsNotFollowedAndIsAnUnknownOutcomeNamingTheLocation() {
    server.stubFor(post(urlPathEqualTo("/api/v2/contacts"))
        .willReturn(aResponse().withStatus(302).withHeader("Location", server.baseUrl() + "/api/v2/contacts?page=1")));
    server.stubFor(get(urlPathEqualTo("/api/v2/contacts")).willReturn(json(200, "{\"data\":[]}")));

    TrengoOutcomeUnknownException e =
        assertThrows(TrengoOutcomeUnknownException.class, () -> client().contacts().create(newContact()));

    assertEquals(302, e.statusCode().orElseThrow());
    TrengoRedirectException redirect = assertInstanceOf(TrengoRedirectException.class, e.getCause());
    assertEquals(server.baseUrl() + "/api/v2/contacts?page=1", redirect.location().orElseThrow());
    assertTrue(e.getMessage().contains("redirected to " + server.baseUrl() + "/api/v2/contacts?page=1"), e.getMessage());
    assertEquals(0, server.findAll(getRequestedFor(urlPathEqualTo("/api/v2/contacts"))).size(), "never followed as a GET");
  }

  @Test
  void aGetFollowsARedirectWithinTheSameHostButNeverToAnotherOne() {
    server.stubFor(get(urlPathEqualTo("/api/v2/contacts/5"))
        .willReturn(aResponse().withStatus(301).withHeader("Location", "/api/v2/contacts/6")));
    server.stubFor(get(urlPathEqualTo("/api/v2/contacts/6")).willReturn(json(200, CONTACT)));
    server.stubFor(get(urlPathEqualTo("/api/v2/contacts/7"))
        .willReturn(aResponse().withStatus(302).withHeader("Location", "https://evil.example:1/api/v2/contacts/6")));

    assertEquals(5L, client().contacts().get(5).getId());

    TrengoRedirectException away = assertThrows(TrengoRedirectException.class, () -> client.contacts().get(7));
    assertEquals(302, away.statusCode());
    assertEquals("https://evil.example:1/api/v2/contacts/6", away.location().orElseThrow());
  }

  @Test
  void aRedirectedUpdateIsATypedErrorNamingTheLocationWithoutCredentials() {
    server.stubFor(any(urlPathEqualTo("/api/v2/contacts/5"))
        .willReturn(aResponse().withStatus(307).withHeader("Location", "https://user:secret@other.example/x")));

    TrengoRedirectException e =
        assertThrows(TrengoRedirectException.class, () -> client().contacts().update(5, new com.trengo.client.model.UpdateContactRequest().name("Ada")));

    assertEquals("https://other.example/x", e.location().orElseThrow());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertEquals(1, server.getAllServeEvents().size());
  }

  // Item 7: a 200 that is HTML

  @Test
  void aCreateAnswered200WithHtmlIsAnUnknownOutcomeWithStatusTypeAndExcerpt() {
    server.stubFor(any(anyUrl()).willReturn(html200()));

    TrengoOutcomeUnknownException e =
        assertThrows(TrengoOutcomeUnknownException.class, () -> client().contacts().create(newContact()));

    assertEquals(200, e.statusCode().orElseThrow());
    assertEquals("<html><head><title>502</title></head><body> <h1>Bad Gateway</h1></body></html>", e.bodyExcerpt());
    assertTrue(e.getMessage().contains("200 (text/html; charset=utf-8)"), e.getMessage());
    assertFalse(e.getMessage().contains("was applied"), e.getMessage());
    assertFalse(e.getMessage().contains("setStrictness"), e.getMessage());
    assertEquals(1, server.getAllServeEvents().size(), "not resent");
  }

  @Test
  void aGetAnswered200WithHtmlIsRetried() {
    server.stubFor(get(anyUrl()).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("html once")
        .willReturn(html200()));
    server.stubFor(get(anyUrl()).inScenario("s").whenScenarioStateIs("html once").willReturn(json(200, CONTACT)));

    assertEquals(5L, client().contacts().get(5).getId());
    assertEquals(2, server.getAllServeEvents().size());
  }

  @Test
  void aGetWhoseEveryAnswerIsHtmlFailsNamingStatusTypeAndExcerpt() {
    server.stubFor(get(anyUrl()).willReturn(html200()));

    TrengoDecodingException e = assertThrows(TrengoDecodingException.class, () -> client().contacts().get(5));

    assertTrue(e.getMessage().contains("GET /api/v2/contacts/5"), e.getMessage());
    assertTrue(e.getMessage().contains("200 (text/html; charset=utf-8): \"<html><head><title>502"), e.getMessage());
    assertEquals(3, server.getAllServeEvents().size(), "two retries");
  }

  // Item 8: a 200 whose body is cut short or stalls

  @Test
  void aCreateWhoseAnswerBreaksOffIsAnUnknownOutcomeWithTheStatusAndWhatArrived() throws Exception {
    try (RawHttpServer raw = new RawHttpServer(request -> Reply.cut(201, CONTACT, 20))) {
      TrengoOutcomeUnknownException e =
          assertThrows(TrengoOutcomeUnknownException.class, () -> client(raw.baseUrl()).contacts().create(newContact()));

      assertEquals(201, e.statusCode().orElseThrow());
      assertEquals(CONTACT.substring(0, 20), e.bodyExcerpt());
      assertTrue(e.getMessage().contains("broke off after 20 bytes"), e.getMessage());
      assertEquals(1, raw.received().size(), "not resent");
    }
  }

  @Test
  void aGetWhoseAnswerBreaksOffIsRetried() throws Exception {
    AtomicInteger n = new AtomicInteger();
    try (RawHttpServer raw = new RawHttpServer(
        request -> n.incrementAndGet() == 1 ? Reply.cut(200, CONTACT, 20) : Reply.json(200, CONTACT))) {
      assertEquals(5L, client(raw.baseUrl()).contacts().get(5).getId());
      assertEquals(2, raw.received().size());
    }
  }

  @Test
  void aCreateWhoseAnswerStallsIsAnUnknownOutcome() throws Exception {
    try (RawHttpServer raw = new RawHttpServer(request -> Reply.stall(201, CONTACT.length(), "{\"id\":5,"))) {
      TrengoClient impatient = test.client(server).baseUrl(raw.baseUrl())
          .readTimeout(java.time.Duration.ofMillis(200)).build();
      client = impatient;

      TrengoOutcomeUnknownException e =
          assertThrows(TrengoOutcomeUnknownException.class, () -> impatient.contacts().create(newContact()));

      assertEquals(201, e.statusCode().orElseThrow());
      assertEquals("{\"id\":5,", e.bodyExcerpt());
      assertEquals(1, raw.received().size());
    }
  }

  // Item 9: a server that closes idle keep-alive connections

  @Test
  void createsAfterTheServerClosedTheirIdleConnectionAllSucceedAndEachArrivesOnce() throws Exception {
    // The server answers with keep-alive semantics, then closes the connection at once: what a server
    // with a short idle timeout does while the client's pool still holds the connection as reusable.
    try (RawHttpServer raw = new RawHttpServer(request -> Reply.jsonThenClose(201, CONTACT))) {
      TrengoClient trengo = client(raw.baseUrl());
      for (int i = 0; i < 5; i++) {
        Contact created = trengo.contacts().create(newContact());
        assertEquals(5L, created.getId());
        assertTrue(raw.awaitConnectionClosed(10), "the server closed the connection after create " + (i + 1));
      }
      List<RawHttpServer.Request> received = raw.received();
      assertEquals(5, received.size());
      assertEquals(5, received.stream().mapToInt(RawHttpServer.Request::connection).distinct().count(),
          "each create on a connection opened for it");
    }
  }

  @Test
  void readsStillReusePooledConnections() throws Exception {
    try (RawHttpServer raw = new RawHttpServer(request -> Reply.json(200, CONTACT))) {
      TrengoClient trengo = client(raw.baseUrl());
      for (int i = 0; i < 3; i++) {
        trengo.contacts().get(5);
      }
      assertEquals(1, raw.received().stream().mapToInt(RawHttpServer.Request::connection).distinct().count());
    }
  }

  // Item 15: a body larger than the cap ends in a typed error

  @Test
  void aBodyLargerThanTheCapEndsInATypedErrorWhetherItsLengthIsDeclaredOrNot() throws Exception {
    for (boolean chunked : new boolean[] {false, true}) {
      try (RawHttpServer raw = new RawHttpServer(request -> Reply.large(200, 4096, chunked))) {
        TrengoClient capped = test.client(server).baseUrl(raw.baseUrl()).maxResponseBytes(1024).build();
        client = capped;

        TrengoResponseTooLargeException e =
            assertThrows(TrengoResponseTooLargeException.class, () -> capped.contacts().get(5), "chunked " + chunked);

        assertEquals(1024, e.limit());
        assertEquals(200, e.statusCode());
        assertTrue(e.getMessage().contains("larger than the limit of 1024 bytes"), e.getMessage());
        assertEquals(1, raw.received().size(), "as large the next time: not retried");
        capped.close();
      }
    }
  }

  @Test
  void aCreateWhoseAnswerIsTooLargeIsAnUnknownOutcome() throws Exception {
    try (RawHttpServer raw = new RawHttpServer(request -> Reply.large(201, 4096, false))) {
      TrengoClient capped = test.client(server).baseUrl(raw.baseUrl()).maxResponseBytes(1024).build();
      client = capped;

      TrengoOutcomeUnknownException e =
          assertThrows(TrengoOutcomeUnknownException.class, () -> capped.contacts().create(newContact()));

      assertEquals(201, e.statusCode().orElseThrow());
    }
  }

  @Test
  void aBodyWithinTheCapIsReadWhole() throws Exception {
    try (RawHttpServer raw = new RawHttpServer(request -> Reply.large(200, 4096, true))) {
      TrengoClient roomy = test.client(server).baseUrl(raw.baseUrl()).maxResponseBytes(8192).build();
      client = roomy;
      assertEquals(4096 - 11, roomy.contacts().get(5).getName().length());
    }
  }

  @Test
  void theDefaultCapIsSixteenMebibytes() {
    assertEquals(16L * 1024 * 1024, client().options().maxResponseBytes());
  }
}
