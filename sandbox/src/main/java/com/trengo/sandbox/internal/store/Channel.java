package com.trengo.sandbox.internal.store;

/** A connected channel; {@code type} is Trengo's channel type, e.g. EMAIL, WA_BUSINESS, CHAT, VOIP, SMS. */
public record Channel(long id, String name, String type) {
  /** Whether calls, not messages, arrive on this channel. */
  public boolean isVoice() {
    return "VOIP".equals(type);
  }
}
