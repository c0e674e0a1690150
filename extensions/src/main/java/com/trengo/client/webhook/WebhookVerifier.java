package com.trengo.client.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that a webhook delivery was signed by Trengo with one of your webhook's signing secrets.
 * Immutable and thread-safe; build one at startup and share it.
 *
 * <p>Trengo sends {@code Trengo-Signature: <unix seconds>;<hash>}, the hash being the lowercase hex
 * HMAC-SHA256 of {@code timestamp + "." + body}, keyed with the webhook's {@code signing_secret}.
 * {@link #verify(byte[], String)} checks the header's shape, recomputes the hash over the <em>raw
 * body bytes as received</em> (never a parsed and re-encoded body) for every configured secret, and
 * compares in constant time.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *     .secret(System.getenv("TRENGO_SIGNING_SECRET"))
 *     .tolerance(Duration.ofMinutes(5))                  // optional: Trengo documents no window
 *     .build();
 * verifier.verify(body, request.getHeader("Trengo-Signature"));   // throws unless authentic
 * }</pre>
 *
 * <p><b>Replay window.</b> Trengo documents none, nor when it retries a delivery, so by default any
 * timestamp is accepted. The timestamp is signed, so {@link Builder#tolerance(Duration)} can bound it
 * safely once you know your deliveries arrive promptly.
 *
 * <p><b>Rotation.</b> Give several secrets (the old and the new one) and a delivery signed with any
 * of them verifies. No secret appears in {@link #toString()} or in any exception message.
 */
public final class WebhookVerifier {
  /** The header Trengo signs deliveries in: {@value}. Looked up case-insensitively. */
  public static final String SIGNATURE_HEADER = "Trengo-Signature";

  private final List<byte[]> secrets;
  private final Duration tolerance; // null: any timestamp
  private final Clock clock;

  private WebhookVerifier(Builder builder) {
    this.secrets = List.copyOf(builder.secrets);
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
  }

  /** A verifier for one signing secret, with no timestamp tolerance. */
  public static WebhookVerifier of(String secret) {
    return builder().secret(secret).build();
  }

  /** A new builder: at least one secret; no tolerance; the system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery whose headers are in a map, as the JDK's {@code HttpExchange} and Spring's
   * {@code HttpHeaders} hold them; {@code Trengo-Signature} is looked up in any letter case.
   *
   * @return when Trengo signed the delivery
   * @throws MissingSignatureException no {@code Trengo-Signature} header
   * @throws MalformedSignatureException not {@code <seconds>;<64 lowercase hex>}, or sent more than once
   * @throws SignatureMismatchException no configured secret produces the hash
   * @throws StaleSignatureException valid, but outside the tolerance
   */
  public Instant verify(byte[] body, Map<String, ? extends Collection<String>> headers) {
    Objects.requireNonNull(headers, "headers == null");
    return verify(body, signatureOf(headers));
  }

  /**
   * Verifies a delivery: {@code body} is the raw request body, {@code signatureHeader} the value of
   * its {@code Trengo-Signature} header (null when there was none).
   *
   * @return when Trengo signed the delivery
   * @throws MissingSignatureException {@code signatureHeader} is null or blank
   * @throws MalformedSignatureException not {@code <seconds>;<64 lowercase hex>}
   * @throws SignatureMismatchException no configured secret produces the hash
   * @throws StaleSignatureException valid, but outside the tolerance
   */
  public Instant verify(byte[] body, String signatureHeader) {
    Objects.requireNonNull(body, "body == null");
    Signature signature = Signature.parse(signatureHeader);
    matchingSecret(signature, body);
    return signature.timestamp();
  }

  /**
   * The timestamp tolerance: a delivery signed further than this from now, either way, is refused.
   * Empty (the default) accepts any timestamp.
   */
  public Optional<Duration> tolerance() {
    return Optional.ofNullable(tolerance);
  }

  /** The clock the tolerance is measured with. */
  public Clock clock() {
    return clock;
  }

  /**
   * The {@code Trengo-Signature} value Trengo would send for {@code body} signed at {@code
   * timestamp} with {@code secret}: for tests that post deliveries to your own receiver.
   */
  public static String signatureHeader(String secret, Instant timestamp, byte[] body) {
    byte[] key = Builder.checkedSecret(secret);
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(body, "body == null");
    if (timestamp.getEpochSecond() < 0) {
      throw new IllegalArgumentException("timestamp must not be before 1970: " + timestamp);
    }
    String ts = Long.toString(timestamp.getEpochSecond());
    return ts + ";" + HexFormat.of().formatHex(Signature.compute(key, ts, body));
  }

  /**
   * The index, in the order given to the builder, of the secret that signed {@code body}; then the
   * tolerance check. Every secret is tried, so the time taken does not say which one matched.
   */
  int matchingSecret(Signature signature, byte[] body) {
    int match = -1;
    for (int i = 0; i < secrets.size(); i++) {
      byte[] expected = Signature.compute(secrets.get(i), signature.timestampText(), body);
      if (MessageDigest.isEqual(expected, signature.hash()) && match < 0) {
        match = i;
      }
    }
    if (match < 0) {
      throw new SignatureMismatchException(signature.timestamp(), secrets.size());
    }
    if (tolerance != null) {
      Instant now = clock.instant();
      if (Duration.between(signature.timestamp(), now).abs().compareTo(tolerance) > 0) {
        throw new StaleSignatureException(signature.timestamp(), now, tolerance);
      }
    }
    return match;
  }

  /** The one {@code Trengo-Signature} value in {@code headers}, in any letter case; null when absent. */
  static String signatureOf(Map<String, ? extends Collection<String>> headers) {
    List<String> values = header(headers, SIGNATURE_HEADER);
    if (values.size() > 1) {
      throw new MalformedSignatureException(
          "malformed " + SIGNATURE_HEADER + ": sent " + values.size() + " times; Trengo sends one");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** Every value of the header {@code name} in {@code headers}, whatever the letter case of its key. */
  static List<String> header(Map<String, ? extends Collection<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
        values.addAll(e.getValue());
      }
    }
    return values;
  }

  /** The number of secrets and the tolerance; never a secret. */
  @Override
  public String toString() {
    return "WebhookVerifier{secrets=" + secrets.size() + ", tolerance="
        + (tolerance == null ? "none" : tolerance) + '}';
  }

  /** Builds a {@link WebhookVerifier}; every setter checks its argument at once. */
  public static final class Builder {
    private final List<byte[]> secrets = new ArrayList<>();
    private Duration tolerance;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds a webhook's signing secret, as Trengo shows it ({@code signing_secret} of the webhook).
     * Call again to add more: during a rotation, the old and the new one. A secret given twice is
     * kept once. Must not be empty, nor start or end with whitespace (almost always a copy-paste
     * slip; a secret is never echoed in the error).
     */
    public Builder secret(String secret) {
      byte[] key = checkedSecret(secret);
      if (secrets.stream().noneMatch(known -> Arrays.equals(known, key))) {
        secrets.add(key);
      }
      return this;
    }

    /** Adds each of {@code secrets}, as {@link #secret(String)} does. */
    public Builder secrets(Collection<String> secrets) {
      Objects.requireNonNull(secrets, "secrets == null");
      secrets.forEach(this::secret);
      return this;
    }

    /**
     * Refuses deliveries signed further than {@code tolerance} from now, in the past or the future,
     * with {@link StaleSignatureException}. Off by default: Trengo documents no replay window and no
     * retry timing. Must be positive; N8N's Trengo node uses 5 minutes.
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance == null");
      if (tolerance.isNegative() || tolerance.isZero()) {
        throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /** The clock the tolerance is measured with; tests pass a fixed or fake one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Creates the verifier.
     *
     * @throws IllegalStateException when no secret was given
     */
    public WebhookVerifier build() {
      if (secrets.isEmpty()) {
        throw new IllegalStateException("a WebhookVerifier needs at least one signing secret");
      }
      return new WebhookVerifier(this);
    }

    static byte[] checkedSecret(String secret) {
      Objects.requireNonNull(secret, "secret == null");
      if (secret.isEmpty()) {
        throw new IllegalArgumentException("secret must not be empty");
      }
      if (!secret.equals(secret.strip())) {
        throw new IllegalArgumentException(
            "secret starts or ends with whitespace (" + secret.length() + " characters; not shown)");
      }
      return secret.getBytes(StandardCharsets.UTF_8);
    }
  }
}
