package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.builder.Webhook.Builder;
import com.trengo.client.error.InternalServerException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.http.LogLevel;
import com.trengo.client.internal.SecretRedaction;
import com.trengo.client.model.CreateWebhookRequest;
import com.trengo.client.model.Webhook;
import com.trengo.client.model.WebhookList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A webhook's signing secret (the only key for verifying its deliveries) is readable, and appears
 * nowhere else: not in toString(), not in a {@link LogLevel#BODY} log of the create or list call, not
 * in an exception's message. Served from the real create answer, webhooks-view.json.
 */
class SigningSecretTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  /** The secret in fixtures/real/webhooks-view.json. */
  private static final String SECRET = "vVxE8b2VEQtoFRvqYCcI2R4aYD2anCA4";

  private final List<String> log = new CopyOnWriteArrayList<>();

  @Test
  void theSecretIsReadableButNotInToStringNorInABodyLogOfTheCreate() throws IOException {
    server.stubFor(post(urlPathEqualTo("/api/v2/webhooks")).willReturn(json(201, fixture("webhooks-view.json"))));

    Webhook created;
    try (TrengoClient trengo = new TestServer().client(server).logLevel(LogLevel.BODY, log::add).build()) {
      created = trengo.webhooks().create(inbound().url("https://example.com/hooks/trengo").build());
    }

    assertEquals(SECRET, created.getSigningSecret());
    assertFalse(created.toString().contains(SECRET), created.toString());
    assertTrue(created.toString().contains("signingSecret: *"), created.toString());
    String logged = String.join("\n", log);
    assertTrue(logged.contains("\"signing_secret\": \"██\""), "the body was logged, its secret masked:\n" + logged);
    assertTrue(logged.contains("\"title\": \"Webhook #7637\""), "the rest of the body is logged as it came");
    assertFalse(logged.contains(SECRET), logged);
  }

  @Test
  void aListOfWebhooksShowsNoSecretInToStringOrTheLog() throws IOException {
    server.stubFor(get(urlPathEqualTo("/api/v2/webhooks")).willReturn(json(200, fixture("webhooks-list.json"))));

    WebhookList list;
    try (TrengoClient trengo = new TestServer().client(server).logLevel(LogLevel.BODY, log::add).build()) {
      list = trengo.webhooks().list(1);
    }

    List<String> secrets = list.getData().stream().map(Webhook::getSigningSecret).toList();
    assertEquals(List.of("0RLUURnwi5eGYX8CQqNR97wyFQ4h1cF9", "vVxE8b2VEQtoFRvqYCcI2R4aYD2anCA4"), secrets);
    for (String secret : secrets) {
      assertFalse(list.toString().contains(secret), list.toString());
      assertFalse(String.join("\n", log).contains(secret));
    }
  }

  @Test
  void anErrorBodyQuotingTheSecretKeepsItOutOfTheExceptionMessage() {
    // No "message" in the body: the exception quotes the body itself.
    server.stubFor(post(urlPathEqualTo("/api/v2/webhooks"))
        .willReturn(json(500, "{\"id\":7637,\"signing_secret\":\"" + SECRET + "\",\"error_code\":17}")));

    TrengoOutcomeUnknownException unknown;
    try (TrengoClient trengo = new TestServer().client(server).build()) {
      // A 500 on a create does not say whether it was applied: an unknown outcome, the 500 its cause.
      unknown = assertThrows(TrengoOutcomeUnknownException.class,
          () -> trengo.webhooks().create(inbound().url("https://example.com/hooks/trengo").build()));
    }
    InternalServerException e = assertInstanceOf(InternalServerException.class, unknown.getCause());

    assertTrue(e.getMessage().contains("\"signing_secret\":\"██\""), e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(unknown.getMessage().contains(SECRET), unknown.getMessage());
    assertTrue(unknown.bodyExcerpt().contains("\"signing_secret\":\"██\""), unknown.bodyExcerpt());
    assertFalse(unknown.bodyExcerpt().contains(SECRET), unknown.bodyExcerpt());
  }

  @Test
  void everyPropertyTheContractMarksSecretIsRedactedFromLogs() throws IOException {
    Set<String> marked = new TreeSet<>();
    List<String> lines = contract().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals("x-trengo-secret: true")) {
        marked.add(propertyAbove(lines, i));
      }
    }

    assertEquals(Set.of("signing_secret"), marked, "the contract's secrets");
    assertTrue(SecretRedaction.SECRET_KEYS.containsAll(marked), SecretRedaction.SECRET_KEYS.toString());
  }

  @Test
  void redactionMasksOnlyTheValuesOfSecretKeys() {
    assertEquals("{\"id\":1,\"signing_secret\":\"██\",\"title\":\"a \\\"b\\\"\"}",
        SecretRedaction.redact("{\"id\":1,\"signing_secret\":\"x\\\"y\",\"title\":\"a \\\"b\\\"\"}"));
    assertEquals("{\"password\" : \"██\", \"password_is_null\": false}",
        SecretRedaction.redact("{\"password\" : \"134244633112334\", \"password_is_null\": false}"));
    assertEquals("--> POST https://app.trengo.com/api/v2/webhooks", SecretRedaction.redact(
        "--> POST https://app.trengo.com/api/v2/webhooks"));
    assertEquals("{\"signing_secret\":null}", SecretRedaction.redact("{\"signing_secret\":null}"));
  }

  private static Builder inbound() {
    return com.trengo.client.builder.Webhook.builder().type(CreateWebhookRequest.TypeEnum.INBOUND);
  }

  /** The name of the property whose schema holds line {@code i}: the nearest line above indented less. */
  private static String propertyAbove(List<String> lines, int i) {
    int indent = lines.get(i).indexOf('x');
    for (int j = i - 1; j >= 0; j--) {
      String line = lines.get(j);
      int own = line.length() - line.stripLeading().length();
      if (own < indent && line.trim().endsWith(":")) {
        return line.trim().replace(":", "");
      }
    }
    throw new AssertionError("no property above line " + i);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static String fixture(String file) throws IOException {
    return read("/fixtures/real/" + file);
  }

  private static String contract() throws IOException {
    return read("/com/trengo/api/trengo-openapi.yml");
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = SigningSecretTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, "no resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
