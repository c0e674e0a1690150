package com.trengo.client.webhook;

/** {@code VOICE_CALL_MISSED}: a voice call was missed. */
public final class VoiceCallMissed extends VoiceCallEvent {
  VoiceCallMissed(PayloadReader fields) {
    super(fields);
  }
}
