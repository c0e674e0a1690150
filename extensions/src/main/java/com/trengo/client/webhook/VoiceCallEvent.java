package com.trengo.client.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A voice call event: started, ended, recorded, missed, or routed by an IVR. Every field is optional:
 * Trengo's published payload list is complete only for {@code channel_id}, {@code ticket_id}, {@code
 * contact_id}, {@code direction} and {@code from} (of VOICE_CALL_STARTED); the others follow the
 * sample of a public Trengo integration (Pipedream's VOICE_CALL_RECORDED), so they are read as text
 * unless they are ids. Whatever else a call event carries is in {@link #payload()}.
 */
public abstract class VoiceCallEvent extends WebhookEvent {
  private final OptionalLong channelId;
  private final OptionalLong ticketId;
  private final OptionalLong contactId;
  private final Optional<OpenEnum<CallDirection>> direction;
  private final Optional<String> from;
  private final Optional<String> to;
  private final Agent agent;
  private final Optional<String> duration;
  private final Optional<String> recordingUrl;

  VoiceCallEvent(PayloadReader fields) {
    super(fields);
    this.channelId = fields.optionalId("channel_id");
    this.ticketId = fields.optionalId("ticket_id");
    this.contactId = fields.optionalId("contact_id");
    this.direction = fields.optionalEnum("direction", CallDirection.class);
    this.from = fields.optionalText("from");
    this.to = fields.optionalText("to");
    this.agent = new Agent(fields);
    this.duration = fields.optionalText("duration");
    this.recordingUrl = fields.optionalText("recording_url");
  }

  /** The voice channel ({@code channel_id}). */
  public OptionalLong channelId() {
    return channelId;
  }

  /** The call's ticket ({@code ticket_id}). */
  public OptionalLong ticketId() {
    return ticketId;
  }

  /** The contact on the call ({@code contact_id}). */
  public OptionalLong contactId() {
    return contactId;
  }

  /** {@code INBOUND} or {@code OUTBOUND} ({@code direction}). */
  public Optional<OpenEnum<CallDirection>> direction() {
    return direction;
  }

  /** The calling number, as sent ({@code from}). */
  public Optional<String> from() {
    return from;
  }

  /** The number called, as sent ({@code to}). */
  public Optional<String> to() {
    return to;
  }

  /** The agent on the call ({@code user_id}). */
  public OptionalLong userId() {
    return agent.id;
  }

  /** The agent's name ({@code user_name}). */
  public Optional<String> userName() {
    return agent.name;
  }

  /** The agent's email address ({@code user_email}). */
  public Optional<String> userEmail() {
    return agent.email;
  }

  /**
   * The call's duration as sent ({@code duration}): Trengo documents neither the field nor its unit;
   * Pipedream's sample shows whole seconds ({@code 180}).
   */
  public Optional<String> duration() {
    return duration;
  }

  /** Where the recording can be fetched, as sent ({@code recording_url}). */
  public Optional<String> recordingUrl() {
    return recordingUrl;
  }
}
