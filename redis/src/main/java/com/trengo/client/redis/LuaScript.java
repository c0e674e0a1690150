package com.trengo.client.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One of the limiter's Lua scripts (a resource beside this class) and its SHA-1 for EVALSHA. */
final class LuaScript {
  static final LuaScript ACQUIRE = load("acquire.lua");
  static final LuaScript COMPLETE = load("complete.lua");
  static final LuaScript ADOPT = load("adopt.lua");
  static final LuaScript PEEK = load("peek.lua");
  static final List<LuaScript> ALL = List.of(ACQUIRE, COMPLETE, ADOPT, PEEK);

  final String name;
  final String text;
  final String sha;

  private LuaScript(String name, String text) {
    this.name = name;
    this.text = text;
    this.sha = sha1Hex(text);
  }

  private static LuaScript load(String name) {
    try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + LuaScript.class.getName());
      }
      return new LuaScript(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha1Hex(String text) {
    try {
      // Redis names a script by the SHA-1 of its text; not used for security.
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM must support SHA-1", e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
