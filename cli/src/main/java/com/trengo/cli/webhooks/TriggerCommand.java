package com.trengo.cli.webhooks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.trengo.cli.CliContext;
import com.trengo.cli.TrengoCli;
import com.trengo.client.webhook.WebhookEventType;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trengo webhooks trigger TYPE}: make a running sandbox send that event to its webhooks. */
@Command(
    name = "trigger",
    mixinStandardHelpOptions = true,
    description = {
      "Makes a running sandbox send one event of TYPE to the webhooks registered for it, and says how"
          + " each delivery went. Start the sandbox first with `trengo webhooks listen` (which registers"
          + " a webhook for every type) or `trengo sandbox`.",
      "",
      "An event an API call causes is caused by that call on a demo ticket (OUTBOUND and NOTE send a"
          + " message, TICKET_CREATED opens a ticket, TICKET_ASSIGNED assigns one to the token's owner,"
          + " TICKET_CLOSED closes one, TICKET_LABEL_ADDED labels one); INBOUND adds a contact's message;"
          + " the others are sent with fields from the demo data. --field chooses: ticket_id, message,"
          + " user_id, team_id, label_id, contact_id, or any field of the events sent without a call.",
      "",
      "Talks only to a sandbox (its admin API, with the sandbox's token): TRENGO_TOKEN and"
          + " TRENGO_BASE_URL are not used, so a real token is never sent anywhere."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every delivery was accepted (2xx)",
      "1:no webhook is registered for TYPE, or a delivery failed or is still being retried",
      "2:usage error, or no sandbox answers at --base-url"
    })
public final class TriggerCommand implements Callable<Integer> {

  private static final String TRIGGER_PATH = "__admin/trengo/webhooks/trigger";

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "TYPE", description = "The event, e.g. TICKET_ASSIGNED (any letter case).")
  String type;

  @Option(names = "--field", paramLabel = "NAME=VALUE",
      description = "A field of the event, e.g. ticket_id=90003 or message=Hello; repeat for more.")
  List<String> fields = new ArrayList<>();

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8089/api/v2/",
      description = "The sandbox, as `trengo webhooks listen` or `trengo sandbox` printed it"
          + " (default http://127.0.0.1:8089/api/v2/).")
  String baseUrl = "http://127.0.0.1:8089/api/v2/";

  @Option(names = "--token", paramLabel = "T", defaultValue = "sandbox-token",
      description = "The sandbox's token (default sandbox-token).")
  String token = "sandbox-token";

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long to wait for the deliveries to be accepted or given up, 0 to 60 (default 10).")
  int waitSeconds = 10;

  /** The command, for {@code context}. */
  public TriggerCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    WebhookEventType event = WebhooksCommand.type(type).orElse(null);
    if (event == null) {
      return usage("'" + type + "' is not an event type; one of " + WebhooksCommand.typeNames());
    }
    if (waitSeconds < 0 || waitSeconds > 60) {
      return usage("--wait must be 0 to 60 seconds, was " + waitSeconds);
    }
    JsonObject given = new JsonObject();
    for (String field : fields) {
      int eq = field.indexOf('=');
      if (eq <= 0) {
        return usage("--field takes NAME=VALUE, e.g. ticket_id=90003; got '" + field + "'");
      }
      given.addProperty(field.substring(0, eq), field.substring(eq + 1));
    }
    URI root = sandboxRoot();
    if (root == null) {
      return usage("--base-url must be the sandbox's http URL, e.g. http://127.0.0.1:8089/api/v2/; got '" + baseUrl + "'");
    }
    JsonObject request = new JsonObject();
    request.addProperty("type", event.name());
    request.add("fields", given);
    request.addProperty("wait_seconds", waitSeconds);

    HttpResponse<String> response;
    try {
      response = send(root.resolve(TRIGGER_PATH), request);
    } catch (ConnectException e) {
      return usage("no sandbox answers at " + root + ": start one with `trengo webhooks listen` (or"
          + " `trengo sandbox`), or give its URL with --base-url");
    } catch (HttpTimeoutException e) {
      return failed("the sandbox at " + root + " did not answer within " + (waitSeconds + 10) + " s");
    } catch (IOException e) {
      return usage("cannot reach " + root + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ListenCommand.INTERRUPTED;
    }
    return report(event, root, response);
  }

  private int report(WebhookEventType event, URI root, HttpResponse<String> response) {
    JsonObject answer = json(response.body());
    switch (response.statusCode()) {
      case 200 -> { }
      case 401 -> {
        return usage("the sandbox at " + root + " refused the token: give the one it was started with (--token)");
      }
      case 404 -> {
        return usage(root + " has no webhook trigger: is it a Trengo sandbox (of this version)?");
      }
      case 400 -> {
        return usage(answer != null && answer.has("message") ? answer.get("message").getAsString()
            : "the sandbox refused the trigger (400)");
      }
      default -> {
        return failed("the sandbox at " + root + " answered " + response.statusCode());
      }
    }
    if (answer == null || !answer.has("deliveries")) {
      return failed("the sandbox at " + root + " answered something other than a trigger's result");
    }
    context.out().println(event.name() + ": " + answer.get("action").getAsString());
    List<JsonObject> deliveries = answer.getAsJsonArray("deliveries").asList().stream()
        .map(JsonElement::getAsJsonObject).toList();
    if (deliveries.isEmpty()) {
      context.out().flush();
      return failed("no webhook is registered for " + event.name() + " on the sandbox, so nothing was sent;"
          + " `trengo webhooks listen` registers one for every type");
    }
    boolean allDelivered = true;
    for (JsonObject d : deliveries) {
      String status = d.get("status").getAsString();
      int attempts = d.get("attempts").getAsInt();
      allDelivered &= status.equals("DELIVERED");
      context.out().println("  " + status.toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
          + d.get("url").getAsString() + " (webhook " + d.get("webhook_id").getAsLong() + ")"
          + (d.has("http_status") ? ", HTTP " + d.get("http_status").getAsInt() : "")
          + ", " + attempts + (attempts == 1 ? " attempt" : " attempts")
          + (d.has("last_error") && !status.equals("DELIVERED") ? "; last: " + d.get("last_error").getAsString() : ""));
    }
    context.out().flush();
    return allDelivered ? TrengoCli.OK : failed("not every delivery was accepted (yet)");
  }

  /** The sandbox's server root from the base URL as printed ({@code http://host:port/api/v2/}). */
  private URI sandboxRoot() {
    URI uri;
    try {
      uri = URI.create(baseUrl.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
      return null;
    }
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
  }

  private HttpResponse<String> send(URI uri, JsonObject body) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(waitSeconds + 10L))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try {
      JsonElement element = JsonParser.parseString(body == null ? "" : body);
      return element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }

  private int usage(String message) {
    context.err().println("trengo webhooks trigger: " + message);
    context.err().flush();
    return TrengoCli.USAGE;
  }

  private int failed(String message) {
    context.err().println("trengo webhooks trigger: " + message);
    context.err().flush();
    return TrengoCli.SOME_FAILED;
  }
}
