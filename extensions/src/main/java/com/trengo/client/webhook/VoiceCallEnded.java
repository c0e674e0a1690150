package com.trengo.client.webhook;

/** {@code VOICE_CALL_ENDED}: a voice call ended. */
public final class VoiceCallEnded extends VoiceCallEvent {
  VoiceCallEnded(PayloadReader fields) {
    super(fields);
  }
}
