package com.trengo.client.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceExceptionMappingTest {

  private static TrengoServiceException of(int status, String body) {
    return TrengoServiceException.of(status, "POST", "/api/v2/contacts", Map.of(), body, null);
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "422, UnprocessableEntityException",
    "429, RateLimitException",
    "500, InternalServerException",
    "502, InternalServerException",
    "503, InternalServerException",
    "504, InternalServerException",
    "409, TrengoServiceException",
  })
  void eachStatusGetsItsOwnType(int status, String type) {
    TrengoServiceException e = of(status, "{\"message\":\"nope\"}");
    assertEquals(type, e.getClass().getSimpleName());
    assertEquals(status, e.statusCode());
    assertEquals("nope", e.serverMessage().orElseThrow());
    assertTrue(e.getMessage().startsWith(status + " from POST /api/v2/contacts: nope"), e.getMessage());
  }

  @Test
  void laravelValidationBodyGivesFieldErrorsInOrder() {
    String body =
        "{\"message\":\"The given data was invalid.\",\"errors\":{"
            + "\"identifier\":[\"The identifier has already been taken.\"],"
            + "\"channel_id\":[\"The channel id field is required.\",\"The channel id must be an integer.\"]}}";
    UnprocessableEntityException e = assertInstanceOf(UnprocessableEntityException.class, of(422, body));
    assertEquals(List.of("identifier", "channel_id"), List.copyOf(e.errors().keySet()));
    assertEquals(List.of("The identifier has already been taken."), e.errors().get("identifier"));
    assertEquals(2, e.errors().get("channel_id").size());
    assertEquals("The given data was invalid.", e.serverMessage().orElseThrow());
    assertTrue(e.getMessage().contains("identifier=[The identifier has already been taken.]"), e.getMessage());
    assertEquals(body, e.body());
  }

  @Test
  void errorPlusMessageArrayShapeIsRead() {
    TrengoServiceException e = of(400, "{\"error\":\"validation_failed\",\"message\":[\"name is required\",\"bad phone\"]}");
    assertEquals("validation_failed: name is required; bad phone", e.serverMessage().orElseThrow());
  }

  @Test
  void htmlBodyFromAGatewayStillGivesTheTypedExceptionWithAShortSnippet() {
    String html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x".repeat(5000) + "</body></html>";
    TrengoServiceException e = of(502, html);
    assertInstanceOf(InternalServerException.class, e);
    assertTrue(e.serverMessage().isEmpty());
    assertTrue(e.getMessage().contains("<html> <head><title>502 Bad Gateway</title></head>"), e.getMessage());
    assertTrue(e.getMessage().length() < 300, "snippet is short: " + e.getMessage().length());
    assertEquals(html, e.body(), "the raw body is kept whole");
  }

  @Test
  void emptyBodySaysSo() {
    TrengoServiceException e = of(503, "");
    assertInstanceOf(InternalServerException.class, e);
    assertTrue(e.getMessage().endsWith("(empty body)"), e.getMessage());
    assertEquals("", e.body());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[1,2,3]",
        "\"just a string\"",
        "{\"message\": {\"nested\": true}, \"errors\": [\"not a map\"]}",
        "{not json",
        "null",
      })
  void anyOtherBodyIsReadWithoutFailing(String body) {
    TrengoServiceException e = of(422, body);
    UnprocessableEntityException u = assertInstanceOf(UnprocessableEntityException.class, e);
    assertTrue(u.errors().isEmpty());
    assertEquals(body, e.body());
  }

  @Test
  void rateLimitExceptionCarriesTheWaitTheServerAskedFor() {
    TrengoServiceException e =
        TrengoServiceException.of(429, "GET", "/api/v2/tickets", Map.of("Retry-After", List.of("7")), "", Duration.ofSeconds(7));
    RateLimitException r = assertInstanceOf(RateLimitException.class, e);
    assertEquals(Duration.ofSeconds(7), r.retryAfter().orElseThrow());
    assertEquals(List.of("7"), r.headers().get("Retry-After"));
  }
}
