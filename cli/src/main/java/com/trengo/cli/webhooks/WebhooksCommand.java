package com.trengo.cli.webhooks;

import com.trengo.cli.GroupCommand;
import com.trengo.client.webhook.WebhookEventType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code trengo webhooks}: receive deliveries, and make the sandbox send them. */
@Command(
    name = "webhooks",
    mixinStandardHelpOptions = true,
    description = {
      "Receive and verify webhook deliveries, and make the sandbox send them, as stripe listen and"
          + " stripe trigger do:",
      "  shell 1: trengo webhooks listen        (starts a sandbox on port 8089 and registers itself)",
      "  shell 2: trengo webhooks trigger TICKET_ASSIGNED"
    },
    subcommands = {ListenCommand.class, TriggerCommand.class})
public final class WebhooksCommand extends GroupCommand {

  /** Where {@code listen} serves its sandbox, and where {@code trigger} looks for one. */
  static final int SANDBOX_PORT = 8089;

  /** The event types a webhook can be registered for. */
  static List<WebhookEventType> types() {
    return Arrays.stream(WebhookEventType.values()).filter(t -> t != WebhookEventType.UNRECOGNIZED).toList();
  }

  /** The type named {@code name} in any letter case. */
  static Optional<WebhookEventType> type(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    return types().stream().filter(t -> t.name().equals(upper)).findFirst();
  }

  /** The names of every type, for messages. */
  static String typeNames() {
    return String.join(", ", types().stream().map(Enum::name).toList());
  }
}
