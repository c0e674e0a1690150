package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validator is active: both a response and a request that leave the contract are reported. */
class ValidatorTest {

  private static TrengoSandbox sandbox;
  private static Api api;

  @BeforeAll
  static void start() {
    sandbox = TrengoSandbox.builder().build().start();
    api = Api.of(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void reportsAResponseThatBreaksTheContractWithTheValidatorsMessage() throws IOException {
    // A stub added through WireMock's admin API outranks the sandbox's catch-all: a contact whose id is a string.
    String mapping =
        "{\"priority\":1,\"request\":{\"method\":\"GET\",\"url\":\"/api/v2/contacts/5001\"},"
            + "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
            + "\"jsonBody\":{\"id\":\"abc\",\"name\":\"Broken\"}}}";
    Reply added =
        api.send(
            HttpRequest.newBuilder(URI.create(adminUrl() + "mappings"))
                .header("Authorization", "Bearer " + sandbox.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapping)));
    assertEquals(201, added.status(), added.toString());

    Reply served = api.get("contacts/5001");

    assertEquals("abc", served.json().get("id").getAsString());
    List<SpecViolation> violations = sandbox.violations();
    assertEquals(1, violations.size(), violations.toString());
    SpecViolation violation = violations.get(0);
    assertEquals(SpecViolation.Direction.RESPONSE, violation.direction());
    assertEquals("validation.response.body.schema.type", violation.key());
    assertTrue(
        violation.message().contains("[Path '/id'] Instance type (string) does not match any allowed primitive type"),
        "the validator's message: " + violation.message());
    AssertionError failure = assertThrows(AssertionError.class, sandbox::assertNoViolations);
    assertTrue(failure.getMessage().contains("GET /api/v2/contacts/5001"), failure.getMessage());
    System.out.println("Reported as expected:\n" + failure.getMessage());
  }

  @Test
  void resetDropsStubsAddedThroughTheAdminApi() throws IOException {
    api.send(
        HttpRequest.newBuilder(URI.create(adminUrl() + "mappings"))
            .header("Authorization", "Bearer " + sandbox.token())
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"priority\":1,\"request\":{\"method\":\"GET\",\"urlPath\":\"/api/v2/users\"},"
                    + "\"response\":{\"status\":503}}")));
    assertEquals(503, api.get("users").status());

    sandbox.reset();

    assertEquals(200, api.get("users").status());
    assertEquals(200, api.get("contacts").status());
  }

  @Test
  void reportsARequestBodyThatBreaksTheContract() throws IOException {
    Reply reply = api.post("teams", "{\"name\":[\"not\",\"a\",\"string\"]}");

    assertEquals(422, reply.status());
    List<SpecViolation> violations = sandbox.violations();
    assertEquals(1, violations.size(), violations.toString());
    assertEquals(SpecViolation.Direction.REQUEST, violations.get(0).direction());
    assertEquals("validation.request.body.schema.type", violations.get(0).key());
    assertTrue(violations.get(0).message().contains("Instance type (array) does not match"), violations.toString());
  }

  @Test
  void tellsAViolationListenerAsEachViolationHappens() throws IOException {
    List<SpecViolation> heard = new CopyOnWriteArrayList<>();
    try (TrengoSandbox listened = TrengoSandbox.builder().onViolation(heard::add).build().start()) {
      Api.of(listened).post("teams", "{}");

      assertEquals(listened.violations(), heard);
      assertEquals(1, heard.size());
    }
  }

  @Test
  void reportsAQueryParameterOutsideTheContract() throws IOException {
    api.get("tickets?status=SNOOZED&users[]=me");

    List<String> keys = sandbox.violations().stream().map(SpecViolation::key).toList();
    assertTrue(keys.contains("validation.request.parameter.schema.enum"), keys.toString());
    assertTrue(keys.contains("validation.request.parameter.schema.type"), keys.toString());
  }

  @Test
  void reportsAnUnknownFieldInARequestBody() throws IOException {
    api.post("teams", "{\"name\":\"Support\",\"nmae\":\"typo\"}");

    assertEquals(
        List.of("validation.request.body.schema.additionalProperties"),
        sandbox.violations().stream().map(SpecViolation::key).toList());
  }

  @Test
  void theSandboxsOwnAnswersToValidRequestsAreWithinTheContract() throws IOException {
    List<Reply> replies =
        List.of(
            api.get("contacts"),
            api.get("tickets?status=OPEN&channels[]=101&users[]=201&labels[]=401&last_message_type=INBOUND&sort=date"),
            api.get("tickets/90001/messages?page=2"),
            api.get("users"),
            api.get("channels/voice"),
            api.post("tickets/90001/messages", "{\"message\":\"Hello\",\"internal_note\":false}"),
            api.post("tickets/90001/assign", "{\"type\":\"team\",\"team_id\":301}"),
            api.post("tickets/90001/close", ""),
            api.post("tickets/90001/labels", "{\"label_id\":401}"),
            api.delete("contacts/5003"));

    assertTrue(replies.stream().allMatch(r -> r.status() / 100 == 2), replies.toString());
    sandbox.assertNoViolations();
    assertEquals(10, sandbox.receivedRequests().size());
  }

  private static String adminUrl() {
    return "http://127.0.0.1:" + sandbox.port() + "/__admin/";
  }
}
