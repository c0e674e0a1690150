package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

  private static final String ADA = "{\"name\":\"Ada\",\"identifier\":\"ada@example.org\",\"channel_id\":101}";

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(
          TrengoSandbox.builder().faults(FaultConfig.builder().delay(Duration.ofMillis(1500)).build()));

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void resetAfterApplyKeepsTheContactWhileTheClientSeesAReset() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.RESET_AFTER_APPLY);

    assertThrows(IOException.class, () -> api.post("contacts", ADA));

    assertEquals(1, api.get("contacts?term=ada@example.org").data().size(), "the create was applied");
    ReceivedRequest post =
        sandbox.sandbox().receivedRequests().stream().filter(r -> r.is("POST", "/contacts")).findFirst().orElseThrow();
    assertEquals(Optional.of(FaultType.RESET_AFTER_APPLY), post.fault());
    assertEquals(0, post.status());
  }

  @Test
  void afterAResetAfterApplyResendingCreateContactOnChannelGetsTheSameContactWith200() throws IOException {
    sandbox.sandbox().faults().next("POST", "/channels/{channel_id}/contacts", FaultType.RESET_AFTER_APPLY);
    String ada = "{\"identifier\":\"ada@example.org\",\"name\":\"Ada\"}";

    assertThrows(IOException.class, () -> api.post("channels/101/contacts", ada));
    Reply resent = api.post("channels/101/contacts", ada);

    assertEquals(200, resent.status(), "the first call created it: " + resent);
    assertEquals(1, api.get("contacts?term=ada@example.org").data().size());
  }

  @Test
  void aServerErrorOnANewRouteLeavesNothingBehind() throws IOException {
    sandbox.sandbox().faults().next("POST", "/profiles/*/contacts", FaultType.SERVER_ERROR);

    Reply failed = api.post("profiles/801/contacts", "{\"contact_id\":5002,\"type\":\"EMAIL\"}");

    assertEquals(500, failed.status());
    assertEquals(0, api.get("contacts/5002").json().getAsJsonArray("profile").size());
  }

  @Test
  void resetBeforeApplyLeavesNothingBehind() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.RESET_BEFORE_APPLY);

    assertThrows(IOException.class, () -> api.post("contacts", ADA));

    assertEquals(0, api.get("contacts?term=ada@example.org").data().size());
  }

  @Test
  void serverErrorIsA500AndLeavesNothingBehind() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.SERVER_ERROR);

    Reply failed = api.post("contacts", ADA);

    assertEquals(500, failed.status());
    assertEquals("Server Error", failed.json().get("message").getAsString());
    assertEquals(0, api.get("contacts?term=ada@example.org").data().size());
  }

  @Test
  void malformedBodyIsAppliedButCannotBeParsed() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.MALFORMED_BODY);

    Reply broken = api.post("contacts", ADA);

    assertEquals(201, broken.status());
    assertThrows(JsonParseException.class, () -> JsonParser.parseString(broken.body()));
    assertEquals(1, api.get("contacts?term=ada@example.org").data().size());
    assertTrue(sandbox.sandbox().violations().isEmpty(), "a malformed body on purpose is not a violation");
  }

  @Test
  void delayHoldsTheResponseBackLongerThanAShortTimeout() throws IOException {
    sandbox.sandbox().faults().next("GET", "/contacts/{contact_id}", FaultType.DELAY);

    assertThrows(
        HttpTimeoutException.class,
        () -> api.send(api.request("contacts/5001").timeout(Duration.ofMillis(200)).GET()));

    assertEquals(200, api.get("contacts/5001").status(), "only the next request was delayed");
  }

  @Test
  void aScriptedFaultHitsOnlyMatchingRequestsAndOnlyAsOftenAsAsked() throws IOException {
    sandbox.sandbox().faults().next("POST", "/teams", FaultType.SERVER_ERROR, 2);

    Reply otherPath = api.post("custom_fields", "{\"title\":\"t\",\"type\":\"CONTACT\"}");
    Reply first = api.post("teams", "{\"name\":\"a\"}");
    Reply second = api.post("teams", "{\"name\":\"b\"}");
    Reply third = api.post("teams", "{\"name\":\"c\"}");

    assertEquals(201, otherPath.status());
    assertEquals(500, first.status());
    assertEquals(500, second.status());
    assertEquals(201, third.status());
  }

  @Test
  void seededFaultRatesGiveTheSameSequenceEveryRun() throws IOException {
    FaultConfig config =
        FaultConfig.builder().seed(7).rate(FaultType.SERVER_ERROR, 0.3).rate(FaultType.RESET_BEFORE_APPLY, 0.2).build();

    List<Optional<FaultType>> first = faultsOfTwentyPosts(config);
    List<Optional<FaultType>> again = faultsOfTwentyPosts(config);
    List<Optional<FaultType>> otherSeed = faultsOfTwentyPosts(config.toBuilder().seed(8).build());

    assertEquals(first, again);
    assertNotEquals(first, otherSeed);
    long faulted = first.stream().filter(Optional::isPresent).count();
    assertTrue(faulted >= 4 && faulted <= 16, "about half of 20 requests: " + first);
  }

  /** The fault each of 20 POSTs got on a fresh sandbox with {@code config}. */
  private static List<Optional<FaultType>> faultsOfTwentyPosts(FaultConfig config) throws IOException {
    try (TrengoSandbox faulty = TrengoSandbox.builder().faults(config).build().start()) {
      Api api = Api.of(faulty);
      for (int i = 0; i < 20; i++) {
        try {
          api.post("teams", "{\"name\":\"team " + i + "\"}");
        } catch (IOException expected) {
          // a reset: recorded by the sandbox all the same
        }
      }
      List<Optional<FaultType>> faults = new ArrayList<>();
      faulty.receivedRequests().forEach(r -> faults.add(r.fault()));
      assertEquals(20, faults.size());
      return faults;
    }
  }

  @Test
  void anHtml200IsNotAppliedAndAnswersAPage() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.HTML_200);

    Reply reply = api.post("contacts", ADA);

    assertEquals(200, reply.status());
    assertTrue(reply.body().startsWith("<!DOCTYPE html>"), reply.body());
    assertEquals(0, api.get("contacts?term=ada@example.org").data().size(), "an intermediary answered");
    sandbox.sandbox().assertNoViolations();
  }

  @Test
  void aCutBodyIsAppliedAndBreaksOffBeforeItsDeclaredLength() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.CUT_BODY);

    assertThrows(IOException.class, () -> api.post("contacts", ADA), "the body ends before its Content-Length");

    assertEquals(1, api.get("contacts?term=ada@example.org").data().size());
  }

  @Test
  void aBadGatewayIsAppliedAndAnswers502WithAPage() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.BAD_GATEWAY);

    Reply reply = api.post("contacts", ADA);

    assertEquals(502, reply.status());
    assertEquals(1, api.get("contacts?term=ada@example.org").data().size(), "the answer was lost, not the create");
  }

  @Test
  void aRedirectIsNotAppliedAndPointsBackAtTheSameUrl() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.REDIRECT);

    Reply reply = api.post("contacts", ADA);

    assertEquals(302, reply.status());
    assertEquals(sandbox.baseUrl() + "contacts", reply.headers().firstValue("Location").orElseThrow());
    assertEquals(0, api.get("contacts?term=ada@example.org").data().size());
  }

  @Test
  void aHeldRequestWaitsUntilReleasedAndIsThenApplied() throws Exception {
    HeldRequest held = sandbox.sandbox().faults().hold("POST", "/contacts");
    java.util.concurrent.CompletableFuture<Reply> answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return api.post("contacts", ADA);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    assertTrue(held.awaitArrival(Duration.ofSeconds(10)));
    assertEquals(0, api.get("contacts?term=ada@example.org").data().size(), "held before it is applied");
    held.release();

    assertEquals(201, answer.get(10, java.util.concurrent.TimeUnit.SECONDS).status());
    assertEquals(1, api.get("contacts?term=ada@example.org").data().size());
  }

  @Test
  void everyFaultHasACommandLineName() {
    for (FaultType type : FaultType.values()) {
      assertEquals(type, FaultType.fromName(type.cliName()));
    }
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> FaultType.fromName("nope"));
    assertTrue(unknown.getMessage().contains("html-200, cut-body, bad-gateway, redirect"), unknown.getMessage());
  }
}
