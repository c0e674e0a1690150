package com.trengo.sandbox.internal;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.internal.api.ApiResponse;
import com.trengo.sandbox.internal.api.Json;
import com.trengo.sandbox.internal.api.QueryString;
import com.trengo.sandbox.internal.api.Router;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Answers every request the way Trengo would, in order: the per-token rate limit (429), the bearer token
 * (401), then an injected fault if one is due, else the operation applied to the store.
 */
public final class SandboxTransformer implements ResponseDefinitionTransformerV2 {

  /** The name the catch-all stub refers to. */
  public static final String NAME = "trengo-sandbox";

  /** The sub-event that tells the validating listener which fault this exchange got. */
  static final String FAULT_EVENT = "trengo-sandbox-fault";

  private final SandboxStore store;
  private final Router router;
  private final SlidingWindowRateLimiter rateLimiter;
  private final FaultInjector faults;
  private final byte[] expectedAuthorization;
  private final Clock clock;

  /** Serves {@code store} through {@code router}, accepting only {@code token}. */
  public SandboxTransformer(
      SandboxStore store,
      Router router,
      SlidingWindowRateLimiter rateLimiter,
      FaultInjector faults,
      String token,
      Clock clock) {
    this.store = store;
    this.router = router;
    this.rateLimiter = rateLimiter;
    this.faults = faults;
    this.expectedAuthorization = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** Only the sandbox's own stub is transformed; a stub a test adds serves what it says. */
  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    LoggedRequest request = serveEvent.getRequest();
    String authorization = request.getHeader("Authorization");
    RateLimitDecision limit = rateLimiter.acquire(authorization == null ? "" : authorization);
    if (!limit.allowed()) {
      return tooManyRequests(limit);
    }
    if (!isAuthorized(authorization)) {
      return respond(ApiResponse.message(401, "Unauthenticated."), limit).build();
    }
    String path = QueryString.pathOf(request.getUrl());
    if (!path.startsWith(WireMockRequests.API_ROOT + "/")) {
      return respond(ApiResponse.message(404, "The route " + path + " could not be found."), limit).build();
    }
    String apiPath = path.substring(WireMockRequests.API_ROOT.length());
    String method = request.getMethod().getName();

    faults.holdIfScripted(method, apiPath);
    Optional<FaultType> fault = faults.decide(method, apiPath);
    fault.ifPresent(f -> serveEvent.appendSubEvent(FAULT_EVENT, Map.of("type", f.name())));
    if (fault.isPresent() && !appliesRequest(fault.get())) {
      return switch (fault.get()) {
        case SERVER_ERROR -> respond(ApiResponse.message(500, "Server Error"), limit).build();
        case HTML_200 -> html(200, "Please wait", limit);
        case REDIRECT -> responseDefinition().withStatus(302)
            .withHeader("Location", absoluteUrl(request)).build();
        default -> reset();
      };
    }

    ApiResponse response =
        store.atomically(
            () -> router.dispatch(WireMockRequests.toApiRequest(request, apiPath, clock.instant())));

    if (fault.isEmpty()) {
      return respond(response, limit).build();
    }
    return switch (fault.get()) {
      case RESET_AFTER_APPLY -> reset();
      case MALFORMED_BODY -> malformed(response, limit);
      case DELAY -> respond(response, limit).withFixedDelay((int) faults.config().delay().toMillis()).build();
      case CUT_BODY -> cut(response, limit);
      case BAD_GATEWAY -> html(502, "502 Bad Gateway", limit);
      default -> throw new IllegalStateException("not an after-apply fault: " + fault.get());
    };
  }

  /** Whether the store is changed before this fault strikes. */
  private static boolean appliesRequest(FaultType fault) {
    return switch (fault) {
      case SERVER_ERROR, RESET_BEFORE_APPLY, HTML_200, REDIRECT -> false;
      default -> true;
    };
  }

  /** An HTML page such as a proxy or a gateway sends, not the API's JSON. */
  private static ResponseDefinition html(int status, String title, RateLimitDecision limit) {
    return rateLimitHeaders(responseDefinition().withStatus(status), limit)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body><h1>" + title
            + "</h1><p>The service is busy. This page refreshes by itself.</p></body></html>\n")
        .build();
  }

  /** The URL the request was sent to, for a redirect back to it. */
  private static String absoluteUrl(LoggedRequest request) {
    return request.getAbsoluteUrl();
  }

  /**
   * The real status, a Content-Length for the whole body, and half of it: the server (Jetty) closes
   * the connection when the handler wrote less than it declared. A response without a body gets the
   * contract's smallest JSON, so that there is something to cut.
   */
  private static ResponseDefinition cut(ApiResponse response, RateLimitDecision limit) {
    String json = response.hasBody() ? Json.write(response.body()) : "{\"message\": \"Server Error\"}";
    int status = response.hasBody() ? response.status() : 200;
    byte[] whole = json.getBytes(StandardCharsets.UTF_8);
    return rateLimitHeaders(responseDefinition().withStatus(status), limit)
        .withHeader("Content-Type", "application/json")
        .withHeader("Content-Length", Integer.toString(whole.length))
        .withBody(json.substring(0, json.length() / 2))
        .build();
  }

  // Constant-time comparison: cheap, and the habit matters more than the threat here.
  private boolean isAuthorized(String authorization) {
    return authorization != null
        && MessageDigest.isEqual(expectedAuthorization, authorization.trim().getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseDefinitionBuilder respond(ApiResponse response, RateLimitDecision limit) {
    ResponseDefinitionBuilder builder = rateLimitHeaders(responseDefinition().withStatus(response.status()), limit);
    if (response.hasBody()) {
      builder.withHeader("Content-Type", "application/json").withBody(Json.write(response.body()));
    }
    return builder;
  }

  /** 429 with the headers the contract declares, and no body (the contract declares none). */
  private static ResponseDefinition tooManyRequests(RateLimitDecision limit) {
    return rateLimitHeaders(responseDefinition().withStatus(429), limit)
        .withHeader("Retry-After", Long.toString(limit.retryAfterSeconds()))
        .withHeader("X-RateLimit-Reset", Long.toString(limit.resetEpochSecond()))
        .build();
  }

  private static ResponseDefinitionBuilder rateLimitHeaders(
      ResponseDefinitionBuilder builder, RateLimitDecision limit) {
    return builder
        .withHeader("X-RateLimit-Limit", Integer.toString(limit.limit()))
        .withHeader("X-RateLimit-Remaining", Integer.toString(limit.remaining()));
  }

  private static ResponseDefinition reset() {
    return responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
  }

  /**
   * The real status with the JSON cut off halfway; a response without a body (204, or a 200 the contract
   * leaves empty) becomes a 200 with a cut-off body, so that there is something to fail to parse.
   */
  private static ResponseDefinition malformed(ApiResponse response, RateLimitDecision limit) {
    String json = response.hasBody() ? Json.write(response.body()) : "{\"message\": \"Server Error\"}";
    int status = response.hasBody() ? response.status() : 200;
    return rateLimitHeaders(responseDefinition().withStatus(status), limit)
        .withHeader("Content-Type", "application/json")
        .withBody(json.substring(0, json.length() / 2))
        .build();
  }
}
