package com.trengo.sandbox.internal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Trengo-Signature} header of a delivery, computed here because the sandbox does not
 * depend on the client library: {@code <unix seconds>;<hash>}, the hash being the lowercase hex
 * HMAC-SHA256, keyed with the webhook's signing secret, of {@code timestamp + "." + body}
 * (developers.trengo.com/docs/verifiying-request). A test holds it to the library's WebhookVerifier
 * and to the reference's vectors.
 */
public final class DeliverySignature {
  /** The header's name. */
  public static final String HEADER = "Trengo-Signature";

  private DeliverySignature() {}

  /** The header value for {@code body} signed at {@code epochSecond} with {@code secret}. */
  public static String header(String secret, long epochSecond, byte[] body) {
    String timestamp = Long.toString(epochSecond);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
      mac.update((byte) '.');
      return timestamp + ";" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is in every JVM", e);
    }
  }
}
