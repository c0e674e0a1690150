package com.trengo.client.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.sun.net.httpserver.HttpServer;
import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.Webhook;
import com.trengo.sandbox.TrengoSandboxExtension;
import com.trengo.sandbox.internal.webhook.DeliverySignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sandbox signs and lays out deliveries itself (it must not depend on this library), so this
 * holds the two together: the sandbox's signature is the one {@link WebhookVerifier} accepts, and a
 * real delivery of every type, caught over HTTP, reads as that type's class.
 */
class SandboxDeliveriesTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final BlockingQueue<Caught> caught = new LinkedBlockingQueue<>();
  private HttpServer server;
  private TrengoClient trengo;

  record Caught(byte[] body, Map<String, List<String>> headers) {}

  @BeforeEach
  void startAReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        caught.add(new Caught(exchange.getRequestBody().readAllBytes(), Map.copyOf(exchange.getRequestHeaders())));
        exchange.sendResponseHeaders(200, -1);
      }
    });
    server.start();
    trengo = TrengoClient.builder().baseUrl(sandbox.baseUrl()).token(sandbox.token())
        .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults())).build();
  }

  @AfterEach
  void stop() {
    trengo.close();
    server.stop(0);
  }

  @Test
  void theSandboxSignsExactlyAsTheVerifierChecks() {
    Random random = new Random(15);
    for (int i = 0; i < 200; i++) {
      String secret = randomText(random, 1 + random.nextInt(40)).strip();
      if (secret.isEmpty()) {
        continue;
      }
      byte[] body = randomText(random, random.nextInt(300)).getBytes(UTF_8);
      long at = 1_500_000_000L + random.nextInt(400_000_000);

      String header = DeliverySignature.header(secret, at, body);

      assertEquals(WebhookVerifier.signatureHeader(secret, Instant.ofEpochSecond(at), body), header);
      assertEquals(Instant.ofEpochSecond(at), WebhookVerifier.of(secret).verify(body, header));
    }
  }

  @ParameterizedTest
  @EnumSource(value = WebhookEventType.class, mode = EnumSource.Mode.EXCLUDE, names = "UNRECOGNIZED")
  void aDeliveryOfEveryTypeVerifiesAndReadsAsItsClass(WebhookEventType type) throws Exception {
    Webhook registered = trengo.webhooks().create(com.trengo.client.builder.Webhook.builder()
        .url("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks").type(type).build());
    WebhookReceiver receiver = WebhookReceiver.builder().webhook(registered).build();

    sandbox.webhooks().trigger(type.name());

    Caught delivery = caught.poll(10, TimeUnit.SECONDS);
    WebhookEvent event = receiver.receive(delivery.body(), delivery.headers());
    assertInstanceOf(type.eventClass(), event);
    assertEquals(type.name(), event.type().raw());
    assertEquals(List.of("Http/Trengo"), delivery.headers().get("User-agent"));
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    String alphabet = "abcXYZ019 &=%+.;\n\u00e7\u20ac\ud83d\ude00";
    while (text.length() < length) {
      int at = random.nextInt(alphabet.length());
      char c = alphabet.charAt(at);
      if (Character.isHighSurrogate(c)) {
        text.append(c).append(alphabet.charAt(at + 1));
      } else if (!Character.isLowSurrogate(c)) {
        text.append(c);
      }
    }
    return text.toString();
  }
}
