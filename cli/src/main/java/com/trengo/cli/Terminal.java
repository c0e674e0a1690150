package com.trengo.cli;

/**
 * Text from a server made safe to print on a terminal: control characters (ESC sequences that move
 * the cursor, recolour or retitle the terminal, a bell, a carriage return that overwrites the line)
 * are shown as {@code \xNN} instead of being obeyed. For human output only: CSV and JSON keep data
 * exact, and JSON escapes control characters itself.
 */
public final class Terminal {

  private Terminal() {}

  /** {@code text} with every C0 and C1 control character and DEL written as {@code \xNN}; null as empty. */
  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format("\\x%02x", (int) c & 0xff));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
