package com.trengo.sandbox.internal.webhook;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.trengo.sandbox.WebhookDelivery;
import com.trengo.sandbox.internal.api.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's webhook test API over HTTP, for the standalone sandbox and {@code trengo webhooks
 * trigger}: on WireMock's admin API, so it answers only what the admin API answers (the sandbox's
 * token, never a web page) and is no traffic of the Trengo API, held to its contract.
 *
 * <ul>
 *   <li>{@code POST /__admin/trengo/webhooks/trigger} with {@code {"type": "TICKET_ASSIGNED", "fields":
 *       {"ticket_id": "90001"}, "wait_seconds": 10}}: makes the event happen (see {@link
 *       WebhookTriggers}); with {@code wait_seconds} (at most 60), answers once its deliveries are
 *       settled or that time has passed. 200 with {@code {"type", "action", "deliveries": [..]}}; 400
 *       with {@code {"message"}} for a type or field it does not take.
 *   <li>{@code GET /__admin/trengo/webhooks/deliveries}: {@code {"data": [..]}}, oldest first.
 * </ul>
 */
public final class WebhookAdminRoutes implements AdminApiExtension {
  /** Below WireMock's admin root, {@code /__admin}. */
  public static final String TRIGGER_PATH = "/trengo/webhooks/trigger";
  /** Below WireMock's admin root, {@code /__admin}. */
  public static final String DELIVERIES_PATH = "/trengo/webhooks/deliveries";
  private static final int MAX_WAIT_SECONDS = 60;

  private final WebhookTriggers triggers;
  private final WebhookDispatcher dispatcher;

  /** Serves {@code triggers} and the deliveries of {@code dispatcher}. */
  public WebhookAdminRoutes(WebhookTriggers triggers, WebhookDispatcher dispatcher) {
    this.triggers = triggers;
    this.dispatcher = dispatcher;
  }

  @Override
  public String getName() {
    return "trengo-sandbox-webhooks";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.POST, TRIGGER_PATH, (AdminTask) (admin, serveEvent, pathParams) ->
        trigger(serveEvent.getRequest().getBodyAsString()));
    router.add(RequestMethod.GET, DELIVERIES_PATH, (AdminTask) (admin, serveEvent, pathParams) -> {
      JsonObject answer = new JsonObject();
      answer.add("data", deliveries(dispatcher.deliveries()));
      return json(200, answer);
    });
  }

  private ResponseDefinition trigger(String requestBody) {
    // A body that is not a JSON object reads as an empty one, and so lacks the type.
    JsonObject request = Json.readObject(requestBody == null ? "" : requestBody);
    JsonElement typeName = request.get("type");
    if (typeName == null || !typeName.isJsonPrimitive()) {
      return error("a JSON body with the event's type is required, e.g. {\"type\": \"TICKET_CLOSED\"}; types: "
          + List.of(EventType.values()));
    }
    EventType type = EventType.named(typeName.getAsString()).orElse(null);
    if (type == null) {
      return error("type " + typeName.getAsString() + " is not a webhook event; one of " + List.of(EventType.values()));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    JsonElement given = request.get("fields");
    if (given != null && !given.isJsonNull()) {
      if (!given.isJsonObject()) {
        return error("fields must be an object of strings");
      }
      for (Map.Entry<String, JsonElement> field : given.getAsJsonObject().entrySet()) {
        JsonElement value = field.getValue();
        if (!value.isJsonNull() && !value.isJsonPrimitive()) {
          return error("fields." + field.getKey() + " must be a string");
        }
        fields.put(field.getKey(), value.isJsonNull() ? null : value.getAsString());
      }
    }
    int waitSeconds = 0;
    JsonElement wait = request.get("wait_seconds");
    if (wait != null && !wait.isJsonNull()) {
      try {
        waitSeconds = wait.getAsInt();
      } catch (RuntimeException e) {
        return error("wait_seconds must be a whole number");
      }
      if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
        return error("wait_seconds must be 0 to " + MAX_WAIT_SECONDS);
      }
    }
    WebhookTriggers.Triggered triggered;
    try {
      triggered = triggers.trigger(type, fields);
    } catch (IllegalArgumentException e) {
      return error(e.getMessage());
    }
    List<WebhookDelivery> deliveries = triggered.deliveries();
    if (waitSeconds > 0 && !deliveries.isEmpty()) {
      try {
        deliveries = dispatcher.awaitSettled(
            deliveries.stream().map(WebhookDelivery::id).toList(), Duration.ofSeconds(waitSeconds));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    JsonObject answer = new JsonObject();
    answer.addProperty("type", type.name());
    answer.addProperty("action", triggered.action());
    answer.add("deliveries", deliveries(deliveries));
    return json(200, answer);
  }

  private static JsonArray deliveries(List<WebhookDelivery> deliveries) {
    JsonArray array = new JsonArray();
    for (WebhookDelivery d : deliveries) {
      JsonObject json = new JsonObject();
      json.addProperty("id", d.id());
      json.addProperty("webhook_id", d.webhookId());
      json.addProperty("url", d.url());
      json.addProperty("event_type", d.eventType());
      json.addProperty("status", d.status().name());
      json.addProperty("attempts", d.attempts().size());
      d.attempts().stream().reduce((a, b) -> b).filter(a -> a.httpStatus() > 0)
          .ifPresent(a -> json.addProperty("http_status", a.httpStatus()));
      d.lastError().ifPresent(e -> json.addProperty("last_error", e));
      JsonObject payload = new JsonObject();
      d.payload().forEach(payload::addProperty);
      json.add("payload", payload);
      array.add(json);
    }
    return array;
  }

  private static ResponseDefinition error(String message) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    return json(400, body);
  }

  private static ResponseDefinition json(int status, JsonObject body) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(Json.write(body)).build();
  }
}
