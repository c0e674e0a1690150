package com.trengo.client.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.error.TrengoException;
import com.trengo.client.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification table: Trengo's documented header, the two vectors of the reference file
 * (computed with {@code openssl dgst -sha256 -hmac}, independently of this code), and every way a
 * delivery can be tampered with, each mapped to the one exception it must raise.
 */
class WebhookVerifierTest {

  // Reference vector 2 (docs/../trengo-real-api.md section (c)): a form body, Trengo's example timestamp.
  static final String SECRET = "my-secret";
  static final String BODY = "message_id=1&ticket_id=123&message=hello";
  static final String TS = "1569508124";
  static final String HASH = "d6666466a1ca73616dc3ab61496ad408e88dd8e7f01a1e80a0122d40f35a4609";
  static final String HEADER = TS + ";" + HASH;

  /** Trengo's documented example header (https://developers.trengo.com/docs/verifiying-request), published without its body or secret. */
  static final String DOCUMENTED_HEADER =
      "1569508124;1298b36aefaeb7e0e93073744b954266515b69304b3dfe044cbf7203525061f4";

  private final WebhookVerifier verifier = WebhookVerifier.of(SECRET);

  @Test
  void verifiesReferenceVectorOneAJsonBody() {
    WebhookVerifier v = WebhookVerifier.of("super-secret-signing-key");
    byte[] body = "{\"ticket_id\":\"123\",\"message\":\"hello\"}".getBytes(UTF_8);

    Instant signedAt = v.verify(body,
        "1700000000;9214c7aefb4ea0ba755a001560d356944ca26a898110b4bee5d73c69b694af55");

    assertEquals(Instant.ofEpochSecond(1_700_000_000L), signedAt);
  }

  @Test
  void verifiesReferenceVectorTwoAFormBody() {
    assertEquals(Instant.parse("2019-09-26T14:28:44Z"), verifier.verify(BODY.getBytes(UTF_8), HEADER));
  }

  @Test
  void signsExactlyAsTheReferenceVectors() {
    assertEquals(HEADER, WebhookVerifier.signatureHeader(SECRET, Instant.ofEpochSecond(1569508124L), BODY.getBytes(UTF_8)));
    assertEquals("1700000000;9214c7aefb4ea0ba755a001560d356944ca26a898110b4bee5d73c69b694af55",
        WebhookVerifier.signatureHeader("super-secret-signing-key", Instant.ofEpochSecond(1_700_000_000L),
            "{\"ticket_id\":\"123\",\"message\":\"hello\"}".getBytes(UTF_8)));
  }

  @Test
  void readsTrengosDocumentedExampleHeaderAsWellFormedItsHashNeedsTheUnpublishedBody() {
    // The header parses (a 2019-09-26 timestamp, 64 lowercase hex digits), so it fails on the hash
    // alone: Trengo publishes it without the body and secret that produced it.
    SignatureMismatchException e = assertThrows(SignatureMismatchException.class,
        () -> verifier.verify(BODY.getBytes(UTF_8), DOCUMENTED_HEADER));
    assertEquals(Instant.parse("2019-09-26T14:28:44Z"), e.timestamp());
    assertTrue(DOCUMENTED_HEADER.matches("\\d{10};[0-9a-f]{64}"));
    assertTrue(HEADER.matches("\\d{10};[0-9a-f]{64}"), "what we sign has the documented shape");
  }

  static Stream<Arguments> tamperedDeliveries() {
    byte[] body = BODY.getBytes(UTF_8);
    byte[] oneByteChanged = body.clone();
    oneByteChanged[body.length - 1] = (byte) 'p'; // message=hellp
    return Stream.of(
        row("one body byte changed", oneByteChanged, HEADER, SignatureMismatchException.class),
        row("a byte appended to the body", (BODY + "&").getBytes(UTF_8), HEADER, SignatureMismatchException.class),
        row("empty body, signature of another", new byte[0], HEADER, SignatureMismatchException.class),
        row("body re-encoded (+ for space)", "message_id=1&ticket_id=123&message=hello+".getBytes(UTF_8),
            TS + ";" + hex(sign(SECRET, TS, "message_id=1&ticket_id=123&message=hello%20")), SignatureMismatchException.class),
        row("wrong secret", body, TS + ";" + hex(sign("not-my-secret", TS, BODY)), SignatureMismatchException.class),
        row("timestamp changed, hash kept", body, "1569508125;" + HASH, SignatureMismatchException.class),
        row("hash of the body without the timestamp", body,
            TS + ";" + hex(hmac(SECRET, BODY)), SignatureMismatchException.class),
        row("swapped parts", body, HASH + ";" + TS, MalformedSignatureException.class),
        row("upper-case hex", body, TS + ";" + HASH.toUpperCase(), MalformedSignatureException.class),
        row("one upper-case hex digit", body, TS + ";D" + HASH.substring(1), MalformedSignatureException.class),
        row("extra ';' at the end", body, HEADER + ";", MalformedSignatureException.class),
        row("extra ';' in the middle", body, TS + ";;" + HASH, MalformedSignatureException.class),
        row("three parts", body, TS + ";" + HASH + ";" + HASH, MalformedSignatureException.class),
        row("no ';' (hash only)", body, HASH, MalformedSignatureException.class),
        row("comma instead of ';'", body, TS + "," + HASH, MalformedSignatureException.class),
        row("space after ';'", body, TS + "; " + HASH, MalformedSignatureException.class),
        row("empty timestamp", body, ";" + HASH, MalformedSignatureException.class),
        row("non-integer timestamp (fraction)", body, "1569508124.5;" + HASH, MalformedSignatureException.class),
        row("non-integer timestamp (text)", body, "yesterday;" + HASH, MalformedSignatureException.class),
        row("negative timestamp", body, "-1569508124;" + HASH, MalformedSignatureException.class),
        row("timestamp in milliseconds (13 digits)", body,
            "1569508124000;" + HASH, MalformedSignatureException.class),
        row("hash one digit short", body, TS + ";" + HASH.substring(1), MalformedSignatureException.class),
        row("hash one digit long", body, HEADER + "0", MalformedSignatureException.class),
        row("hash not hex", body, TS + ";" + "g".repeat(64), MalformedSignatureException.class),
        row("hash in base64", body, TS + ";1mZkZqHKc2FsPathSWrUCOiN2OfwGh6AoBItQPNaRgk=", MalformedSignatureException.class),
        row("missing header (null)", body, null, MissingSignatureException.class),
        row("empty header", body, "", MissingSignatureException.class),
        row("blank header", body, "   ", MissingSignatureException.class));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @MethodSource("tamperedDeliveries")
  void refusesATamperedDeliveryWithItsOwnException(
      String tampering, byte[] body, String header, Class<? extends WebhookSignatureException> expected) {
    WebhookSignatureException e = assertThrows(WebhookSignatureException.class, () -> verifier.verify(body, header));

    assertEquals(expected, e.getClass(), tampering + ": " + e.getMessage());
    assertNoSecretIn(e, SECRET);
  }

  @Test
  void aMalformedHeaderIsQuotedInTheMessageAndTheRuleItBrokeIsNamed() {
    MalformedSignatureException e = assertThrows(MalformedSignatureException.class,
        () -> verifier.verify(BODY.getBytes(UTF_8), TS + ";" + HASH.toUpperCase()));

    assertEquals("malformed Trengo-Signature \"" + TS + ";" + HASH.toUpperCase()
        + "\": the hash must be 64 lowercase hexadecimal digits (it has upper-case ones)", e.getMessage());
  }

  @Test
  void aHeaderWithControlCharactersCannotForgeALogLine() {
    MalformedSignatureException e = assertThrows(MalformedSignatureException.class,
        () -> verifier.verify(BODY.getBytes(UTF_8), "1;x\nINFO forged" + "y".repeat(200)));

    assertFalse(e.getMessage().contains("\n"));
    assertTrue(e.getMessage().contains("\\u000aINFO forged"), e.getMessage());
    assertTrue(e.getMessage().contains("(115 more characters)"), e.getMessage());
  }

  @Test
  void theMismatchMessageNeverCarriesTheHashTheSecretWouldProduce() {
    String forged = TS + ";" + "0".repeat(64);

    SignatureMismatchException e = assertThrows(SignatureMismatchException.class,
        () -> verifier.verify(BODY.getBytes(UTF_8), forged));

    assertFalse(e.getMessage().contains(HASH), "the expected hash would let anyone who sees the message forge");
    assertNoSecretIn(e, SECRET);
  }

  @Test
  void verifiesAnEmptyBodySignedAsEmpty() {
    byte[] empty = new byte[0];
    String header = WebhookVerifier.signatureHeader(SECRET, Instant.ofEpochSecond(1569508124L), empty);

    assertEquals(Instant.ofEpochSecond(1569508124L), verifier.verify(empty, header));
  }

  @Test
  void ignoresWhitespaceAroundTheHeaderValueAsHttpDoes() {
    assertEquals(Instant.ofEpochSecond(1569508124L), verifier.verify(BODY.getBytes(UTF_8), "  " + HEADER + "\t"));
  }

  @Test
  void looksTheHeaderUpInAnyLetterCase() {
    byte[] body = BODY.getBytes(UTF_8);
    for (String name : List.of("Trengo-Signature", "trengo-signature", "TRENGO-SIGNATURE", "Trengo-signature")) {
      Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/x-www-form-urlencoded"),
          name, List.of(HEADER));
      assertEquals(Instant.ofEpochSecond(1569508124L), verifier.verify(body, headers), name);
    }
  }

  @Test
  void refusesAHeaderMapWithoutTheSignature() {
    assertThrows(MissingSignatureException.class,
        () -> verifier.verify(BODY.getBytes(UTF_8), Map.of("X-Trengo-Signature", List.of(HEADER))));
  }

  @Test
  void refusesTheHeaderSentTwice() {
    Map<String, List<String>> headers = new TreeMap<>();
    headers.put("Trengo-Signature", List.of(HEADER));
    headers.put("trengo-signature", List.of(HEADER));

    MalformedSignatureException e = assertThrows(MalformedSignatureException.class,
        () -> verifier.verify(BODY.getBytes(UTF_8), headers));
    assertTrue(e.getMessage().contains("sent 2 times"), e.getMessage());
  }

  @Test
  void acceptsAnyTimestampByDefaultSinceTrengoDocumentsNoWindow() {
    assertTrue(verifier.tolerance().isEmpty());
    // Signed in 2019, verified years later with the system clock.
    assertEquals(Instant.ofEpochSecond(1569508124L), verifier.verify(BODY.getBytes(UTF_8), HEADER));
  }

  @Test
  void refusesATimestampOlderThanTheToleranceAndAcceptsOneOnItsEdge() {
    FakeTime clock = new FakeTime(Instant.ofEpochSecond(1569508124L));
    WebhookVerifier bounded = WebhookVerifier.builder().secret(SECRET).tolerance(Duration.ofMinutes(5)).clock(clock).build();
    byte[] body = BODY.getBytes(UTF_8);

    clock.advance(Duration.ofSeconds(300));
    assertEquals(Instant.ofEpochSecond(1569508124L), bounded.verify(body, HEADER));

    clock.advance(Duration.ofSeconds(1));
    StaleSignatureException e = assertThrows(StaleSignatureException.class, () -> bounded.verify(body, HEADER));
    assertEquals(Instant.ofEpochSecond(1569508124L), e.timestamp());
    assertEquals(Instant.ofEpochSecond(1569508124L + 301), e.now());
    assertEquals(Duration.ofMinutes(5), e.tolerance());
    assertEquals("Trengo-Signature timestamp 1569508124 (2019-09-26T14:28:44Z) is 301 s before now "
        + "(2019-09-26T14:33:45Z), outside the tolerance of 300 s", e.getMessage());
  }

  @Test
  void refusesATimestampFurtherInTheFutureThanTheTolerance() {
    FakeTime clock = new FakeTime(Instant.ofEpochSecond(1569508124L - 301));
    WebhookVerifier bounded = WebhookVerifier.builder().secret(SECRET).tolerance(Duration.ofMinutes(5)).clock(clock).build();

    StaleSignatureException e = assertThrows(StaleSignatureException.class, () -> bounded.verify(BODY.getBytes(UTF_8), HEADER));
    assertTrue(e.getMessage().contains("is 301 s after now"), e.getMessage());
  }

  @Test
  void checksTheSignatureBeforeTheTimestampSoAStaleForgeryIsAMismatch() {
    FakeTime clock = new FakeTime(Instant.ofEpochSecond(1569508124L).plus(Duration.ofDays(1)));
    WebhookVerifier bounded = WebhookVerifier.builder().secret(SECRET).tolerance(Duration.ofMinutes(5)).clock(clock).build();

    assertThrows(SignatureMismatchException.class, () -> bounded.verify(BODY.getBytes(UTF_8), TS + ";" + "0".repeat(64)));
  }

  @Test
  void acceptsEitherSecretDuringARotation() {
    WebhookVerifier rotating = WebhookVerifier.builder().secret("old-secret").secret("new-secret").build();
    byte[] body = BODY.getBytes(UTF_8);
    Instant at = Instant.ofEpochSecond(1569508124L);

    assertEquals(at, rotating.verify(body, WebhookVerifier.signatureHeader("old-secret", at, body)));
    assertEquals(at, rotating.verify(body, WebhookVerifier.signatureHeader("new-secret", at, body)));
    SignatureMismatchException e = assertThrows(SignatureMismatchException.class,
        () -> rotating.verify(body, WebhookVerifier.signatureHeader("retired-secret", at, body)));
    assertTrue(e.getMessage().contains("none of the 2 signing secret(s)"), e.getMessage());
    assertNoSecretIn(e, "old-secret");
    assertNoSecretIn(e, "new-secret");
  }

  @Test
  void afterTheRotationTheOldSecretNoLongerVerifies() {
    WebhookVerifier rotated = WebhookVerifier.of("new-secret");
    byte[] body = BODY.getBytes(UTF_8);
    Instant at = Instant.ofEpochSecond(1569508124L);

    assertThrows(SignatureMismatchException.class,
        () -> rotated.verify(body, WebhookVerifier.signatureHeader("old-secret", at, body)));
  }

  @Test
  void neverShowsASecretInToStringOrBuilderErrors() {
    WebhookVerifier v = WebhookVerifier.builder().secrets(List.of("s3cr3t-one", "s3cr3t-two"))
        .tolerance(Duration.ofMinutes(5)).build();
    assertEquals("WebhookVerifier{secrets=2, tolerance=PT5M}", v.toString());

    IllegalArgumentException padded = assertThrows(IllegalArgumentException.class,
        () -> WebhookVerifier.builder().secret("s3cr3t-one\n"));
    assertFalse(padded.getMessage().contains("s3cr3t"), padded.getMessage());
    assertEquals("secret starts or ends with whitespace (11 characters; not shown)", padded.getMessage());
  }

  @Test
  void refusesBadConfigurationAtOnce() {
    assertThrows(NullPointerException.class, () -> WebhookVerifier.of(null));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.of(""));
    assertThrows(IllegalStateException.class, () -> WebhookVerifier.builder().build());
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().tolerance(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> verifier.verify(null, HEADER));
  }

  @Test
  void everySignatureFailureIsATrengoException() {
    assertTrue(TrengoException.class.isAssignableFrom(WebhookSignatureException.class));
    for (Class<?> failure : List.of(MissingSignatureException.class, MalformedSignatureException.class,
        SignatureMismatchException.class, StaleSignatureException.class)) {
      assertEquals(WebhookSignatureException.class, failure.getSuperclass(), failure.getName());
    }
  }

  static void assertNoSecretIn(Throwable e, String secret) {
    assertFalse(String.valueOf(e.getMessage()).contains(secret), e.getMessage());
    assertFalse(e.toString().contains(secret), e.toString());
  }

  private static Arguments row(String tampering, byte[] body, String header, Class<?> expected) {
    return Arguments.of(tampering, Named.of(body.length + " bytes", body), header, Named.of(expected.getSimpleName(), expected));
  }

  static byte[] sign(String secret, String ts, String body) {
    return hmac(secret, ts + "." + body);
  }

  static byte[] hmac(String secret, String data) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02x", b));
    }
    return out.toString();
  }

  @Test
  void theTestsOwnHmacAgreesWithTheReferenceVector() {
    assertEquals(HASH, hex(sign(SECRET, TS, BODY)));
    assertTrue(Arrays.equals(sign(SECRET, TS, BODY), java.util.HexFormat.of().parseHex(HASH)));
  }
}
