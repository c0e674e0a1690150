package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.InternalServerException;
import com.trengo.client.error.RateLimitException;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.builder.AssignTicket;
import com.trengo.client.builder.SendMessage;
import com.trengo.client.builder.SendWhatsAppTemplate;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.Message;
import com.trengo.client.model.UpdateContactRequest;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every rule of the retry table in {@link RetryPolicy}, against a real HTTP server. */
class RetryBehaviourTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TestServer test = new TestServer();
  private TrengoClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  private TrengoClient client() {
    client = test.client(server).build();
    return client;
  }

  private static final String CONTACT = "{\"id\":5,\"name\":\"Ada\",\"identifier\":\"ada@example.com\"}";

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** Answers {@code responses} in order to any request, then repeats the last. */
  private static void respondInOrder(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      var stub = any(anyUrl()).inScenario("sequence").whenScenarioStateIs(i == 0 ? STARTED : "step" + i);
      if (i < responses.length - 1) {
        stub = stub.willSetStateTo("step" + (i + 1));
      }
      server.stubFor(stub.willReturn(responses[i]));
    }
  }

  private static CreateContactRequest newContact() {
    return new CreateContactRequest().name("Ada").identifier("ada@example.com").channelId(1L);
  }

  private static UpdateContactRequest contactChange() {
    return new UpdateContactRequest().name("Ada King");
  }

  private int requests() {
    return server.getAllServeEvents().size();
  }

  @Test
  void retriesGetAfter503ThenSucceeds() {
    respondInOrder(json(503, "{}"), json(200, CONTACT));
    Contact c = client().contacts().get(5);
    assertEquals(5L, c.getId());
    assertEquals(2, requests());
    assertEquals(List.of(Duration.ofMillis(500)), test.sleeps);
  }

  @Test
  void getGivesUpAfterTwoRetriesWithExponentialBackoff() {
    respondInOrder(json(503, "{\"message\":\"down\"}"));
    InternalServerException e = assertThrows(InternalServerException.class, () -> client().contacts().get(5));
    assertEquals(503, e.statusCode());
    assertEquals(3, requests());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), test.sleeps);
  }

  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy p = RetryPolicy.builder().jitter(0).build();
    assertEquals(Duration.ofMillis(500), p.backoff(1, 0.7));
    assertEquals(Duration.ofSeconds(4), p.backoff(4, 0.7));
    assertEquals(Duration.ofSeconds(8), p.backoff(5, 0.7));
    assertEquals(Duration.ofSeconds(8), p.backoff(30, 0.7));
    Duration jittered = RetryPolicy.ofDefaults().backoff(2, 0.999);
    assertTrue(jittered.compareTo(Duration.ofMillis(750)) > 0 && jittered.compareTo(Duration.ofSeconds(1)) < 0, "" + jittered);
  }

  @Test
  void retriesPutDeleteAndTheStateSettingPostsAssignAndCloseAfterGatewayErrors() {
    respondInOrder(json(502, ""), json(504, ""), json(200, CONTACT));
    assertEquals(5L, client().contacts().update(5, contactChange()).getId());
    assertEquals(3, requests());

    server.resetAll();
    respondInOrder(json(503, ""), aResponse().withStatus(204));
    client.contacts().delete(5);
    assertEquals(2, requests());

    server.resetAll();
    respondInOrder(json(503, ""), json(200, "{\"id\":9,\"status\":\"ASSIGNED\"}"));
    assertEquals(9L, client.tickets().assign(9, AssignTicket.toTeam(3L).build()).getId());
    assertEquals(2, requests());
    server.verify(2, postRequestedFor(urlPathEqualTo("/api/v2/tickets/9/assign")));

    server.resetAll();
    respondInOrder(json(502, ""), json(200, "{\"id\":9,\"status\":\"CLOSED\"}"));
    assertEquals(9L, client.tickets().close(9, 1001).getId());
    assertEquals(2, requests());
    server.verify(2, postRequestedFor(urlPathEqualTo("/api/v2/tickets/9/close")));
  }

  @Test
  void aPostAssignOrCloseWhoseConnectionResetAfterSendingIsResentNotOutcomeUnknown() {
    respondInOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(200, "{\"id\":9,\"status\":\"ASSIGNED\"}"));
    assertEquals(9L, client().tickets().assign(9, AssignTicket.toUser(3L).build()).getId());
    assertEquals(2, requests(), "assigning twice leaves what assigning once does");

    server.resetAll();
    respondInOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(200, "{\"id\":9,\"status\":\"CLOSED\"}"));
    assertEquals(9L, client.tickets().close(9).getId());
    assertEquals(2, requests(), "a closed ticket stays closed");
  }

  @Test
  void aMessageOrAWhatsAppTemplateIsNeverResentOnceItMayHaveReachedTheServer() {
    List<Runnable> sends = List.of(
        () -> client.messages().send(3, SendMessage.builder().message("Your order has shipped").build()),
        () -> client.whatsApp().sendTemplate(SendWhatsAppTemplate.toPhoneNumber("+31612345678").hsmId(4L).build()),
        () -> client.whatsApp().sendTemplate(SendWhatsAppTemplate.toTicket(9L).hsmId(4L).build()));
    client();
    for (Runnable send : sends) {
      for (ResponseDefinitionBuilder mayHaveApplied : List.of(
          aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(502, ""), json(503, ""))) {
        server.resetAll();
        respondInOrder(mayHaveApplied, json(201, "{\"message\":{\"id\":1}}"));
        assertThrows(RuntimeException.class, send::run);
        assertEquals(1, requests(), "a second send is a second message to the customer");
      }
    }
    assertTrue(test.sleeps.isEmpty());
  }

  @Test
  void aCreateAnswered5xxIsNeverResentAndIsAnUnknownOutcomeCarryingTheAnswer() {
    for (int status : new int[] {500, 502, 503, 504}) {
      server.resetAll();
      respondInOrder(json(status, "<html><body>Bad Gateway</body></html>"), json(201, CONTACT));
      TrengoOutcomeUnknownException e =
          assertThrows(TrengoOutcomeUnknownException.class, () -> client().contacts().create(newContact()));
      assertEquals(1, requests(), "status " + status);
      assertEquals(status, e.statusCode().orElseThrow());
      assertEquals("<html><body>Bad Gateway</body></html>", e.bodyExcerpt());
      assertEquals(status, assertInstanceOf(InternalServerException.class, e.getCause()).statusCode());
      client.close();
    }
    assertTrue(test.sleeps.isEmpty());
  }

  @Test
  void neverResendsAttachLabelAfterA502() {
    respondInOrder(json(502, ""), aResponse().withStatus(200));
    TrengoOutcomeUnknownException e =
        assertThrows(TrengoOutcomeUnknownException.class, () -> client().labels().attachToTicket(9, 4));
    assertEquals(502, e.statusCode().orElseThrow());
    assertEquals(1, requests());
  }

  @Test
  void createWhoseConnectionDropsAfterTheServerReceivedItIsSentOnceAndOutcomeIsUnknown() {
    respondInOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(201, CONTACT));
    TrengoOutcomeUnknownException e =
        assertThrows(TrengoOutcomeUnknownException.class, () -> client().contacts().create(newContact()));
    assertEquals(1, requests(), "the create reached the server exactly once");
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/contacts")));
    assertTrue(e.getMessage().contains("POST /api/v2/contacts may have been applied"), e.getMessage());
    assertTrue(test.sleeps.isEmpty());
  }

  @Test
  void theAddedPostsAreNeverResentAfterAReset() {
    List<Runnable> posts = List.of(
        () -> client.contacts().createOnChannel(12,
            new com.trengo.client.model.CreateContactOnChannelRequest().identifier("ada@example.com")),
        () -> client.contacts().addNote(5, new com.trengo.client.model.AddContactNoteRequest().note("hi")),
        () -> client.profiles().create(new com.trengo.client.model.ProfileRequest().name("Acme")),
        () -> client.profiles().attachContact(7, 5, "EMAIL"));
    client();
    for (Runnable post : posts) {
      server.resetAll();
      respondInOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(201, CONTACT));
      assertThrows(TrengoOutcomeUnknownException.class, post::run);
      assertEquals(1, requests());
    }
    assertTrue(test.sleeps.isEmpty());
  }

  @Test
  void settingACustomFieldValueIsRetriedLikeAPutThoughItIsAPost() {
    respondInOrder(json(503, ""), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withStatus(200));

    client().contacts().setCustomField(5, new com.trengo.client.model.SetCustomFieldRequest().customFieldId(7L).value("x"));

    assertEquals(3, requests(), "a value set twice is the value set once");
    assertEquals(2, test.sleeps.size());
  }

  @Test
  void profileUpdateDeleteAndDetachAreRetriedAfterGatewayErrors() {
    respondInOrder(json(503, ""), json(200, "{\"id\":7,\"name\":\"Acme\"}"));
    assertEquals(7L, client().profiles().update(7, new com.trengo.client.model.ProfileRequest().name("Acme")).getId());
    assertEquals(2, requests());

    server.resetAll();
    respondInOrder(json(502, ""), aResponse().withStatus(204));
    client.profiles().delete(7);
    assertEquals(2, requests());

    server.resetAll();
    respondInOrder(json(504, ""), aResponse().withStatus(204));
    client.profiles().detachContact(7, 5, "EMAIL");
    assertEquals(2, requests());
  }

  @Test
  void sendMessageWithAnEmptyResponseIsOutcomeUnknown() {
    respondInOrder(aResponse().withFault(Fault.EMPTY_RESPONSE), json(201, "{\"id\":1}"));
    assertThrows(
        TrengoOutcomeUnknownException.class,
        () -> client().messages().send(3, new com.trengo.client.model.SendMessageRequest().message("hi")));
    assertEquals(1, requests());
  }

  @Test
  void getIsRetriedAfterAConnectionReset() {
    respondInOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(200, CONTACT));
    assertEquals(5L, client().contacts().get(5).getId());
    assertEquals(2, requests());
  }

  @Test
  void putIsRetriedAfterAReadTimeoutAndThePerRequestTimeoutApplies() {
    respondInOrder(json(200, CONTACT).withFixedDelay(2_000), json(200, CONTACT));
    TrengoClient impatient =
        client().withOptions(RequestOptions.builder().readTimeout(Duration.ofMillis(150)).build());
    assertEquals(5L, impatient.contacts().update(5, contactChange()).getId());
    assertEquals(2, requests());
  }

  @Test
  void createIsRetriedWhenTheConnectionFailedBeforeItWasSent() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    client = test.client(server).baseUrl("http://127.0.0.1:" + closedPort + "/api/v2/").build();
    TrengoIoException e = assertThrows(TrengoIoException.class, () -> client.contacts().create(newContact()));
    assertFalse(e instanceof TrengoOutcomeUnknownException, "refused before sending: nothing was applied");
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), test.sleeps, "two retries were made");
  }

  @Test
  void createIsRetriedAfter429HonouringRetryAfterSeconds() {
    respondInOrder(json(429, "{}").withHeader("Retry-After", "3"), json(201, CONTACT));
    assertEquals(5L, client().contacts().create(newContact()).getId());
    assertEquals(2, requests());
    assertEquals(List.of(Duration.ofSeconds(3)), test.sleeps);
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    ZonedDateTime now = ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(30));
    respondInOrder(json(429, "{}").withHeader("Retry-After", date), json(200, CONTACT));
    client = test.client(server).clock(Clock.fixed(now.toInstant(), ZoneOffset.UTC)).build();
    client.contacts().get(5);
    assertEquals(List.of(Duration.ofSeconds(30)), test.sleeps);
  }

  @Test
  void xRateLimitResetIsHonouredWhenThereIsNoRetryAfter() {
    Instant now = Instant.parse("2026-11-24T12:00:00Z");
    long reset = now.getEpochSecond() + 20;
    respondInOrder(json(429, "{}").withHeader("X-RateLimit-Reset", Long.toString(reset)), json(200, CONTACT));
    client = test.client(server).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    client.contacts().get(5);
    assertEquals(List.of(Duration.ofSeconds(20)), test.sleeps);
  }

  @Test
  void aServerWaitLongerThanTheCapReachesTheCallerInsteadOfBlocking() {
    respondInOrder(json(429, "{\"message\":\"Too Many Attempts.\"}").withHeader("Retry-After", "3600"));
    RateLimitException e = assertThrows(RateLimitException.class, () -> client().contacts().get(5));
    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
    assertEquals(1, requests());
    assertTrue(test.sleeps.isEmpty());
  }

  @Test
  void multipartBodyIsResentWholeAfterA429(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("photo.png");
    byte[] bytes = "PNG-bytes-0123".getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    respondInOrder(json(429, "{}").withHeader("Retry-After", "1"), json(201, "{\"id\":77}"));
    Message m = client().messages().sendMedia(3, "see attached", file, "image/png");
    assertEquals(77L, m.getId());
    server.verify(
        2,
        postRequestedFor(urlPathEqualTo("/api/v2/tickets/3/messages/media"))
            .withRequestBodyPart(aMultipart().withName("file").withBody(binaryEqualTo(bytes)).build())
            .withRequestBodyPart(aMultipart().withName("body").withBody(equalTo("see attached")).build()));
  }

  @Test
  void perRequestRetryOverrideWins() {
    respondInOrder(json(503, ""));
    TrengoClient noRetries = client().withOptions(RequestOptions.builder().maxRetries(0).build());
    assertThrows(InternalServerException.class, () -> noRetries.contacts().get(5));
    assertEquals(1, requests());
    server.resetAll();
    respondInOrder(json(503, ""));
    assertThrows(InternalServerException.class, () -> client.contacts().get(5));
    assertEquals(3, requests(), "the client's own policy is untouched");
  }

  @Test
  void nonRetryableStatusesAreNotResent() {
    for (int status : new int[] {400, 401, 403, 404, 422, 500}) {
      server.resetAll();
      respondInOrder(json(status, "{}"), json(200, CONTACT));
      TrengoClient c = client();
      assertThrows(com.trengo.client.error.TrengoServiceException.class, () -> c.contacts().get(5));
      assertEquals(1, requests(), "status " + status);
      c.close();
    }
    assertInstanceOf(List.class, test.sleeps);
    assertTrue(test.sleeps.isEmpty());
  }
}
