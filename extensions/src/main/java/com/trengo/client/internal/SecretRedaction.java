package com.trengo.client.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the values of secret JSON keys in a log line, as OkHttp masks a redacted header: {@code
 * "signing_secret":"██"}. Applied to every line the HTTP log writes, so a {@code LogLevel.BODY} log of
 * a webhook create or list does not print the webhook's signing secret. The keys are the properties
 * the contract marks {@code x-trengo-secret}, and the credentials real payloads embed (a channel's
 * {@code password}, an agent's {@code activation_token}).
 */
public final class SecretRedaction {
  /** JSON keys whose string values never reach a log. */
  public static final Set<String> SECRET_KEYS = Set.of("signing_secret", "password", "activation_token");

  private static final Pattern SECRET_VALUE = Pattern.compile(
      "(\"(?:" + String.join("|", SECRET_KEYS) + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\"|$)");

  private SecretRedaction() {}

  /**
   * {@code line} with the string value of every secret key replaced by {@code ██}; a value the line
   * cuts off (a body that broke off, an excerpt) is masked to the end.
   */
  public static String redact(String line) {
    if (line == null || line.indexOf('"') < 0) {
      return line;
    }
    Matcher m = SECRET_VALUE.matcher(line);
    return m.find() ? m.replaceAll("$1██$2") : line;
  }
}
