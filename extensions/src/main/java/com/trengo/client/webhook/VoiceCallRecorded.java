package com.trengo.client.webhook;

/** {@code VOICE_CALL_RECORDED}: a voice call was recorded; see {@link #recordingUrl()}. */
public final class VoiceCallRecorded extends VoiceCallEvent {
  VoiceCallRecorded(PayloadReader fields) {
    super(fields);
  }
}
