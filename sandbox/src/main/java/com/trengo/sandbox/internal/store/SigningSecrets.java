package com.trengo.sandbox.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The signing secret of a sandbox webhook: 32 letters and digits, as Trengo's are, derived from the
 * webhook id so that a seeded sandbox answers the same every run. Not a secret in the sandbox; a client
 * must still treat it as one.
 */
final class SigningSecrets {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private SigningSecrets() {}

  static String forWebhook(long webhookId) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256")
          .digest(("trengo-sandbox-webhook-" + webhookId).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JVM", e);
    }
    StringBuilder secret = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      secret.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
    }
    return secret.toString();
  }
}
