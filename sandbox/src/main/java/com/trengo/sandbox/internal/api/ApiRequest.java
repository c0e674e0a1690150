package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A request as the handlers see it: the path below {@code /api/v2}, decoded query, body and the time the
 * sandbox's clock gave it.
 */
public final class ApiRequest {

  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final byte[] body;
  private final List<FilePart> parts;
  private final String baseUrl;
  private final Instant now;
  private final Map<String, String> pathParams;

  /**
   * @param method upper-case HTTP method
   * @param path the path below the API root, e.g. {@code /contacts/5001}
   * @param query decoded query parameters, in order
   * @param body the raw body (empty, never null)
   * @param parts multipart parts, empty for other requests
   * @param baseUrl the API root as the client reached it, without trailing slash, for pagination links
   * @param now the sandbox clock's time for this request
   */
  public ApiRequest(
      String method,
      String path,
      Map<String, List<String>> query,
      byte[] body,
      List<FilePart> parts,
      String baseUrl,
      Instant now) {
    // Kept in order: pagination links repeat the query as the client sent it.
    this(
        method,
        path,
        Collections.unmodifiableMap(new LinkedHashMap<>(query)),
        body.clone(),
        List.copyOf(parts),
        baseUrl,
        now,
        Map.of());
  }

  // Takes its arguments as they are: the public constructor has copied them already.
  private ApiRequest(
      String method,
      String path,
      Map<String, List<String>> query,
      byte[] body,
      List<FilePart> parts,
      String baseUrl,
      Instant now,
      Map<String, String> pathParams) {
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.query = query;
    this.body = body;
    this.parts = parts;
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    this.now = Objects.requireNonNull(now, "now == null");
    this.pathParams = pathParams;
  }

  /** This request with the path parameters its route captured; the body and query are shared, not copied. */
  ApiRequest withPathParams(Map<String, String> params) {
    return new ApiRequest(method, path, query, body, parts, baseUrl, now, Map.copyOf(params));
  }

  /** Upper-case HTTP method. */
  public String method() {
    return method;
  }

  /** The path below the API root, e.g. {@code /contacts/5001}. */
  public String path() {
    return path;
  }

  /** All query parameters, decoded. */
  public Map<String, List<String>> query() {
    return query;
  }

  /** The first value of a query parameter, if present and not empty. */
  public Optional<String> queryParam(String name) {
    return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).findFirst();
  }

  /** Every value of a (repeated) query parameter such as {@code users[]}. */
  public List<String> queryParams(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** The body as a JSON object; a missing or unparsable body reads as an empty object. */
  public JsonObject jsonBody() {
    return Json.readObject(new String(body, StandardCharsets.UTF_8));
  }

  /** The multipart part with this name, if any. */
  public Optional<FilePart> part(String name) {
    return parts.stream().filter(p -> name.equals(p.name())).findFirst();
  }

  /**
   * The {@code model} whose id is in the path parameter {@code name}, found with {@code lookup}, as
   * Laravel's route model binding finds it: an id that is missing, not a number, out of range or unknown
   * is answered with 404.
   */
  public <T> T pathModel(String name, String model, LongFunction<Optional<T>> lookup) {
    long id = pathId(name, model);
    return lookup.apply(id).orElseThrow(() -> new NotFoundException(model, id));
  }

  /** The id in the path parameter {@code name}, 404 as {@link #pathModel} answers when {@code lookup} finds nothing. */
  public long pathId(String name, String model, LongFunction<Optional<?>> lookup) {
    long id = pathId(name, model);
    if (lookup.apply(id).isEmpty()) {
      throw new NotFoundException(model, id);
    }
    return id;
  }

  private long pathId(String name, String model) {
    String raw = pathParams.get(name);
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new NotFoundException(model, raw);
    }
  }

  /** The API root as the client reached it, without trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The sandbox clock's time for this request. */
  public Instant now() {
    return now;
  }
}
