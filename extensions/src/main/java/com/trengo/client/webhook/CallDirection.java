package com.trengo.client.webhook;

/** Which way a voice call goes ({@code direction} of a {@link VoiceCallEvent}). */
public enum CallDirection {
  /** A contact called in. */
  INBOUND,
  /** An agent called out. */
  OUTBOUND,
  /** A value this version does not know; {@link OpenEnum#raw()} has it. */
  UNRECOGNIZED
}
