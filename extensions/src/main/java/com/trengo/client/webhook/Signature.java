package com.trengo.client.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A parsed {@code Trengo-Signature} header, and the one place that computes Trengo's hash: lowercase
 * hex of HMAC-SHA256, keyed with the signing secret, over {@code timestamp + "." + raw body}
 * (https://developers.trengo.com/docs/verifiying-request).
 *
 * @param timestampText the timestamp exactly as sent: it is signed as text, so it is hashed as text
 * @param hash the 32 bytes the hex part encodes
 */
record Signature(String timestampText, Instant timestamp, byte[] hash) {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int HEX_DIGITS = 64;
  /** Seconds as digits only: no sign, no fraction; 12 digits reach past the year 33000. */
  private static final int MAX_TIMESTAMP_DIGITS = 12;
  private static final int MAX_QUOTED = 100;

  /**
   * Parses {@code <unix seconds>;<64 lowercase hex digits>}; surrounding whitespace, which HTTP does
   * not count as part of a header value, is ignored.
   *
   * @throws MissingSignatureException for null or blank
   * @throws MalformedSignatureException for any other shape
   */
  static Signature parse(String header) {
    if (header == null || header.isBlank()) {
      throw new MissingSignatureException(
          "no " + WebhookVerifier.SIGNATURE_HEADER + " header: the request was not sent by a Trengo webhook");
    }
    String value = header.strip();
    String[] parts = value.split(";", -1);
    if (parts.length != 2) {
      throw malformed(value, "must be <timestamp>;<hash>, two parts separated by one ';', but has " + parts.length
          + " part(s)");
    }
    String ts = parts[0];
    String hex = parts[1];
    if (ts.isEmpty() || ts.length() > MAX_TIMESTAMP_DIGITS || !ts.chars().allMatch(Signature::isDigit)) {
      throw malformed(value, "the timestamp must be unix seconds, 1 to " + MAX_TIMESTAMP_DIGITS + " digits");
    }
    // Trengo documents lowercase hex and its own PHP example compares case-sensitively (hash_equals),
    // so an upper-case hash never verifies there either: say so plainly rather than "mismatch".
    if (hex.length() != HEX_DIGITS || !hex.chars().allMatch(Signature::isLowerHex)) {
      throw malformed(value, "the hash must be " + HEX_DIGITS + " lowercase hexadecimal digits"
          + (hex.length() == HEX_DIGITS && hex.chars().allMatch(c -> isLowerHex(Character.toLowerCase(c)))
              ? " (it has upper-case ones)" : ""));
    }
    return new Signature(ts, Instant.ofEpochSecond(Long.parseLong(ts)), HexFormat.of().parseHex(hex));
  }

  /** HMAC-SHA256 of {@code timestampText + "." + body} keyed with {@code key}. */
  static byte[] compute(byte[] key, String timestampText, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      mac.update(timestampText.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java platform must provide HmacSHA256, and any non-empty key is valid for it.
      throw new IllegalStateException(ALGORITHM + " is unavailable", e);
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLowerHex(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f');
  }

  private static MalformedSignatureException malformed(String value, String rule) {
    return new MalformedSignatureException(
        "malformed " + WebhookVerifier.SIGNATURE_HEADER + " " + quote(value) + ": " + rule);
  }

  /** The header as sent is attacker-controlled: shortened and escaped, so it cannot flood or forge log lines. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    int end = Math.min(s.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
    if (s.length() > end) {
      out.append(" (").append(s.length() - end).append(" more characters)");
    }
    return out.toString();
  }
}
