package com.trengo.client.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Redis keys of one token's budget: {@code PREFIX{SHA-256 of the token}:NAME}. The token itself is
 * never part of a key (nor kept here); the braces are a cluster hash tag, so every key of one token
 * lives on one node, as a Lua script needs.
 */
final class FleetKeys {
  static final String INFLIGHT = "inflight";
  static final String DONE = "done";
  static final String WAITERS = "waiters";
  static final String BEATS = "beats";
  static final String SEQ = "seq";
  static final String PAUSE = "pause";

  /** In the order every script takes its KEYS. */
  private final String[] all;

  FleetKeys(String prefix, String token) {
    String base = prefix + "{" + sha256Hex(token) + "}:";
    this.all =
        new String[] {base + INFLIGHT, base + DONE, base + WAITERS, base + BEATS, base + SEQ, base + PAUSE};
  }

  /** KEYS for every script: in-flight, done, waiters, heartbeats, arrival counter, pause. */
  String[] all() {
    return all.clone();
  }

  /** The waiters' and heartbeats' keys, to leave the queue. */
  String waiters() {
    return all[2];
  }

  String beats() {
    return all[3];
  }

  static String sha256Hex(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM must support SHA-256", e);
    }
  }
}
