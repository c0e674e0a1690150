package com.trengo.cli.webhooks;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.trengo.client.webhook.WebhookEvent;
import com.trengo.client.webhook.WebhookPayloadException;
import com.trengo.client.webhook.WebhookReceiver;
import com.trengo.client.webhook.WebhookSignatureException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@code trengo webhooks listen} does with each request: the library's {@link WebhookReceiver}
 * verifies and reads it; a delivery that passes is one JSON line on standard output (answered 200),
 * one that does not is one line on standard error (answered 401 or 400) and never an event. Called
 * on one thread, so lines never interleave.
 */
final class DeliveryPrinter implements HttpHandler {
  private static final int MAX_BODY = 1 << 20;
  private static final Gson GSON = new Gson();

  private final WebhookReceiver receiver;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final AtomicInteger printed = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  DeliveryPrinter(WebhookReceiver receiver, PrintStream out, PrintStream err, Clock clock) {
    this.receiver = receiver;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.sendResponseHeaders(answer(exchange), -1);
    }
  }

  int printed() {
    return printed.get();
  }

  int refused() {
    return refused.get();
  }

  private int answer(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return 405;
    }
    byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      return refuse(413, "a body over 1 MiB");
    }
    WebhookEvent event;
    try {
      event = receiver.receive(body, exchange.getRequestHeaders());
    } catch (WebhookSignatureException e) {
      return refuse(401, e.getMessage());
    } catch (WebhookPayloadException e) {
      return refuse(400, e.getMessage());
    }
    out.println(GSON.toJson(line(event, exchange.getRequestHeaders().getFirst("Trengo-Signature"))));
    out.flush();
    printed.incrementAndGet();
    return 200;
  }

  private int refuse(int status, String why) {
    refused.incrementAndGet();
    err.println("trengo webhooks listen: refused a delivery (answered " + status + "): " + why);
    err.flush();
    return status;
  }

  private JsonObject line(WebhookEvent event, String signature) {
    JsonObject line = new JsonObject();
    line.addProperty("received_at", clock.instant().toString());
    // Verified, so the header is <seconds>;<hash>.
    line.addProperty("signed_at", Instant.ofEpochSecond(Long.parseLong(signature.strip().split(";")[0])).toString());
    line.addProperty("type", event.type().raw());
    line.addProperty("event", event.getClass().getSimpleName());
    JsonObject payload = new JsonObject();
    event.payload().asMap().forEach((name, values) -> {
      if (values.size() == 1) {
        payload.addProperty(name, values.get(0));
      } else {
        JsonArray all = new JsonArray();
        List.copyOf(values).forEach(all::add);
        payload.add(name, all);
      }
    });
    line.add("payload", payload);
    return line;
  }
}
