package com.trengo.client.builder;

import com.trengo.client.model.LogPhoneCallRequest;
import com.trengo.client.model.LogPhoneCallRequest.DirectionEnum;
import java.net.URI;

/**
 * Builds a validated {@link LogPhoneCallRequest}, for {@code messages().logPhoneCall(..)}: a call made
 * outside Trengo, recorded on a ticket of the contact with that phone number.
 *
 * <pre>{@code
 * trengo.messages().logPhoneCall(LogPhoneCall.builder()
 *     .channelId(104L).phone("+31612345678").direction(DirectionEnum.INBOUND)
 *     .durationSeconds(95).recordingUrl("https://pbx.example.com/rec/1.mp3").note("Wants a callback").build());
 * }</pre>
 */
public final class LogPhoneCall {
  private LogPhoneCall() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long channelId;
    private String phone;
    private DirectionEnum direction;
    private String contactName;
    private String note;
    private Integer duration;
    private Object recordingUrl;

    private Builder() {}

    /** The voice channel to log the call on. Required, positive. */
    public Builder channelId(Long channelId) {
      this.channelId = channelId;
      return this;
    }

    /** The other party's phone number: '+' or digits only, a valid number. Required. */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /** Who called: {@code INBOUND} the contact, {@code OUTBOUND} the agent. Required, one the contract lists. */
    public Builder direction(DirectionEnum direction) {
      this.direction = direction;
      return this;
    }

    /** The contact's name, used only when the contact does not exist yet. Optional; not blank. */
    public Builder contactName(String contactName) {
      this.contactName = contactName;
      return this;
    }

    /** A note, written on the ticket as an internal note. Optional; not blank. */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /** The call's length in seconds. Optional; not negative. */
    public Builder durationSeconds(Integer seconds) {
      this.duration = seconds;
      return this;
    }

    /** A public URL of the recording. Optional; an absolute http or https URL. */
    public Builder recordingUrl(String url) {
      this.recordingUrl = url;
      return this;
    }

    /** A public URL of the recording. Optional; an absolute http or https URL. */
    public Builder recordingUrl(URI url) {
      this.recordingUrl = url;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public LogPhoneCallRequest build() {
      Checks checks = new Checks("LogPhoneCallRequest");
      checks.requiredId("channel_id", channelId);
      checks.requiredPhone("phone", phone);
      checks.required("direction", direction);
      if (direction != null && !direction.isKnown()) {
        checks.fail("direction", direction, "must be INBOUND or OUTBOUND");
      }
      checks.optionalText("contact_name", contactName);
      checks.optionalText("note", note);
      checks.optionalMinimum("duration", duration, 0);
      URI recording =
          checks.optionalUrl("recording_url", recordingUrl, uri -> Checks.schemeIn(uri, "http", "https"), "http or https");
      checks.throwIfFailed();
      return new LogPhoneCallRequest()
          .channelId(channelId)
          .phone(phone)
          .direction(direction)
          .contactName(contactName)
          .note(note)
          .duration(duration)
          .recordingUrl(recording);
    }
  }
}
