package com.trengo.examples.webhooks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.trengo.client.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Posts a webhook delivery the way Trengo does: form-encoded, signed in Trengo-Signature. */
final class Delivery {
  static final String SECRET = "example-signing-secret";
  static final String CLOSED = "ticket_id=2147483650";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Delivery() {}

  /** {@code body} signed with {@code secret} now, posted to {@code url}; the response status. */
  static int signedWith(String secret, URI url, String body) throws IOException, InterruptedException {
    return withSignature(url, body, signature(secret, body));
  }

  /** The Trengo-Signature of {@code body} signed with {@code secret} now. */
  static String signature(String secret, String body) {
    return WebhookVerifier.signatureHeader(secret, Instant.now(), body.getBytes(UTF_8));
  }

  /** {@code body} posted with {@code signature} as its Trengo-Signature header (none when null). */
  static int withSignature(URI url, String body, String signature) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (signature != null) {
      request.header("Trengo-Signature", signature);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static int get(URI url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
