package com.trengo.sandbox.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trengo.sandbox.SpecViolation;
import com.trengo.sandbox.SpecViolation.Direction;
import com.trengo.sandbox.internal.api.QueryString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Checks exchanges against the bundled contract ({@code com/trengo/api/trengo-openapi.yml}) with
 * Atlassian's swagger-request-validator. Two of its defaults are relaxed, each because the contract is
 * silent where Trengo is not:
 *
 * <ul>
 *   <li>response fields the contract does not name are allowed (plain JSON Schema): Trengo sends Laravel's
 *       {@code links} and {@code meta.from/path/to}, which the contract leaves out. Requests stay strict,
 *       since an unknown field there is most likely a typo that Trengo would silently ignore;
 *   <li>error statuses the contract does not list (401, 404, 405, 422, 5xx) are allowed; an undeclared
 *       success status (200 where 201 is declared) is still a violation.
 * </ul>
 *
 * The contract's bearer security is not checked here; the sandbox answers 401 itself.
 */
public final class SpecValidator {

  /** Where the api module puts the contract on the classpath. */
  public static final String CONTRACT = "/com/trengo/api/trengo-openapi.yml";

  private static final String STATUS_UNKNOWN = "validation.response.status.unknown";

  // Parsing the contract takes most of a second; the validator is immutable and thread-safe, so every
  // sandbox in a JVM shares one.
  private static final class Shared {
    static final OpenApiInteractionValidator VALIDATOR = create();
  }

  private final OpenApiInteractionValidator validator;

  private SpecValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /** A validator for the contract bundled in trengo-api. */
  public static SpecValidator forBundledContract() {
    return new SpecValidator(Shared.VALIDATOR);
  }

  /** What is wrong with the request, if anything. */
  public List<SpecViolation> validateRequest(LoggedRequest request) {
    ValidationReport report = validator.validateRequest(toValidatorRequest(request));
    return violations(Direction.REQUEST, request, report, 0);
  }

  /** What is wrong with the response to {@code request}, if anything. */
  public List<SpecViolation> validateResponse(LoggedRequest request, LoggedResponse response) {
    SimpleResponse.Builder builder = new SimpleResponse.Builder(response.getStatus());
    if (response.getHeaders() != null) {
      for (HttpHeader header : response.getHeaders().all()) {
        builder.withHeader(header.key(), header.values());
      }
    }
    byte[] body = response.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(body);
    }
    ValidationReport report =
        validator.validateResponse(QueryString.pathOf(request.getUrl()), method(request), builder.build());
    return violations(Direction.RESPONSE, request, report, response.getStatus());
  }

  private static Request toValidatorRequest(LoggedRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method(request), QueryString.pathOf(request.getUrl()));
    QueryString.parse(QueryString.rawQueryOf(request.getUrl())).forEach(builder::withQueryParam);
    for (HttpHeader header : request.getHeaders().all()) {
      builder.withHeader(header.key(), header.values());
    }
    byte[] body = request.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(body);
    }
    return builder.build();
  }

  private static Request.Method method(LoggedRequest request) {
    return Request.Method.valueOf(request.getMethod().getName().toUpperCase(Locale.ROOT));
  }

  private static List<SpecViolation> violations(
      Direction direction, LoggedRequest request, ValidationReport report, int status) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> !(STATUS_UNKNOWN.equals(m.getKey()) && status >= 400))
        // A response to an unknown path or method repeats the request's complaint; report it once.
        .filter(m -> direction == Direction.REQUEST || !m.getKey().startsWith("validation.request."))
        .map(
            m ->
                new SpecViolation(
                    direction, request.getMethod().getName(), request.getUrl(), m.getKey(), m.getMessage()))
        .toList();
  }

  private static OpenApiInteractionValidator create() {
    return OpenApiInteractionValidator.createForInlineApiSpecification(readContract())
        .withBasePathOverride("/api/v2")
        .withLevelResolver(
            LevelResolver.create()
                .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                .build())
        .build();
  }

  private static String readContract() {
    try (InputStream in = SpecValidator.class.getResourceAsStream(CONTRACT)) {
      if (in == null) {
        throw new IllegalStateException("The contract " + CONTRACT + " is not on the classpath (trengo-api)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
