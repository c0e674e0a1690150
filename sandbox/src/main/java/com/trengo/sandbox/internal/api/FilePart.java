package com.trengo.sandbox.internal.api;

/** One part of a multipart/form-data request; {@code filename} is null for a plain field. */
public record FilePart(String name, String filename, byte[] content) {

  /** The part's content as UTF-8 text. */
  public String text() {
    return new String(content, java.nio.charset.StandardCharsets.UTF_8);
  }
}
