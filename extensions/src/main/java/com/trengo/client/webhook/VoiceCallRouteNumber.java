package com.trengo.client.webhook;

/** {@code VOICE_CALL_ROUTE_NUMBER}: an IVR action routed a call. */
public final class VoiceCallRouteNumber extends VoiceCallEvent {
  VoiceCallRouteNumber(PayloadReader fields) {
    super(fields);
  }
}
