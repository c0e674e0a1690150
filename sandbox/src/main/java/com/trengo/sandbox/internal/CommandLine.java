package com.trengo.sandbox.internal;

import com.trengo.sandbox.FaultConfig;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.RateLimit;
import com.trengo.sandbox.TrengoSandbox;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The arguments of {@code SandboxMain}, as {@code --name value} or {@code --name=value}. */
public final class CommandLine {

  /** What {@code --help} prints. */
  public static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar trengo-sandbox-VERSION-standalone.jar [options]",
          "  --port N             port to serve on (default 8089; 0 picks a free one)",
          "  --host ADDRESS       address to listen on (default 127.0.0.1; 0.0.0.0 for containers)",
          "  --seed S             seed of the demo data (default 42)",
          "  --token T            the bearer token to accept (default sandbox-token)",
          "  --rate-limit R/W     requests per window per token, e.g. 120/60s, 5/500ms (default 120/60s)",
          "  --fault-rate LIST    random faults, e.g. reset-after-apply=0.1,server-error=0.05; faults are",
          "                       server-error, reset-before-apply, reset-after-apply, malformed-body, delay,",
          "                       html-200, cut-body, bad-gateway, redirect",
          "  --fault-seed S       seed of the random faults (default 0)",
          "  --fault-delay D      how long a delay fault holds a response, e.g. 3s, 500ms (default 3s)",
          "  --webhook-hosts H    where registered webhooks are posted: local (default; localhost and",
          "                       127.0.0.1 only) or any (receivers in other containers or machines)",
          "  --help               this text",
          "The admin API (/__admin) admits only the token, and never a request from a web page.");

  private static final Set<String> OPTIONS =
      Set.of("port", "host", "seed", "token", "rate-limit", "fault-rate", "fault-seed", "fault-delay", "webhook-hosts");

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

  private final Map<String, String> options;

  private CommandLine(Map<String, String> options) {
    this.options = options;
  }

  /**
   * Reads the arguments.
   *
   * @throws IllegalArgumentException for an unknown option or one without its value
   */
  public static CommandLine parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        options.put("help", "true");
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("Option --" + name + " needs a value");
      }
      if (!OPTIONS.contains(name)) {
        throw new IllegalArgumentException("Unknown option --" + name);
      }
      options.put(name, value);
    }
    return new CommandLine(options);
  }

  /** Whether {@code --help} was given. */
  public boolean helpRequested() {
    return options.containsKey("help");
  }

  /** A sandbox builder configured by the options. */
  public TrengoSandbox.Builder toBuilder() {
    TrengoSandbox.Builder builder =
        TrengoSandbox.builder()
            .port(integer("port", 8089))
            .bindAddress(options.getOrDefault("host", "127.0.0.1"))
            .seed(Long.parseLong(options.getOrDefault("seed", "42")));
    if (options.containsKey("token")) {
      builder.token(options.get("token"));
    }
    if (options.containsKey("rate-limit")) {
      builder.rateLimit(RateLimit.parse(options.get("rate-limit")));
    }
    String webhookHosts = options.getOrDefault("webhook-hosts", "local");
    if (!webhookHosts.equals("local") && !webhookHosts.equals("any")) {
      throw new IllegalArgumentException("--webhook-hosts is local or any, got '" + webhookHosts + "'");
    }
    return builder.faults(faults()).deliverWebhooksToAnyHost(webhookHosts.equals("any"));
  }

  private FaultConfig faults() {
    FaultConfig.Builder faults = FaultConfig.builder().seed(Long.parseLong(options.getOrDefault("fault-seed", "0")));
    if (options.containsKey("fault-delay")) {
      faults.delay(duration(options.get("fault-delay")));
    }
    String rates = options.getOrDefault("fault-rate", "");
    for (String entry : rates.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] typeAndRate = entry.split("=", 2);
      if (typeAndRate.length != 2) {
        throw new IllegalArgumentException("Expected FAULT=RATE such as server-error=0.1, got '" + entry + "'");
      }
      faults.rate(FaultType.fromName(typeAndRate[0]), Double.parseDouble(typeAndRate[1].trim()));
    }
    return faults.build();
  }

  private int integer(String name, int defaultValue) {
    try {
      return options.containsKey(name) ? Integer.parseInt(options.get(name)) : defaultValue;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " needs a number, got '" + options.get(name) + "'", e);
    }
  }

  private static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("Expected a duration such as 3s or 500ms, got '" + text + "'");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
