package com.trengo.client.webhook;

/** {@code VOICE_CALL_STARTED}: a voice call started. */
public final class VoiceCallStarted extends VoiceCallEvent {
  VoiceCallStarted(PayloadReader fields) {
    super(fields);
  }
}
