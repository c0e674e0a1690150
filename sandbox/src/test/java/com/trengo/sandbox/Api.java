package com.trengo.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain java.net.http client for the sandbox's tests: relative paths, the bearer token, JSON bodies. */
final class Api {

  // HTTP/1.1, as the library's OkHttp speaks cleartext HTTP: the JDK client's default, HTTP/2, upgrades
  // a cleartext GET to h2c, and such an upgraded connection to the sandbox's Jetty now and then answered
  // nothing until the idle timeout (30 s, then "EOF reached while reading") on this shared machine.
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String authorization;

  private Api(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  /** Talks to {@code sandbox} with its token. */
  static Api of(TrengoSandbox sandbox) {
    return new Api(sandbox.baseUrl(), "Bearer " + sandbox.token());
  }

  /** The same, sending this Authorization header instead (null for none). */
  Api withAuthorization(String header) {
    return new Api(baseUrl, header);
  }

  Reply get(String path) throws IOException {
    return send(request(path).GET());
  }

  /** GET of an absolute URL, e.g. a pagination link. */
  Reply getUrl(String url) throws IOException {
    return send(authorized(HttpRequest.newBuilder(URI.create(url))).GET());
  }

  Reply post(String path, String json) throws IOException {
    return send(withJson(request(path), "POST", json));
  }

  Reply put(String path, String json) throws IOException {
    return send(withJson(request(path), "PUT", json));
  }

  Reply patch(String path, String json) throws IOException {
    return send(withJson(request(path), "PATCH", json));
  }

  Reply delete(String path) throws IOException {
    return send(request(path).DELETE());
  }

  /** Sends a request built on {@link #request(String)}; I/O failures are thrown as they come. */
  Reply send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /** A request to {@code path} below the API root, with the token. */
  HttpRequest.Builder request(String path) {
    return authorized(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10)));
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
    return authorization == null ? builder : builder.header("Authorization", authorization);
  }

  private static HttpRequest.Builder withJson(HttpRequest.Builder builder, String method, String json) {
    return builder
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
  }
}
