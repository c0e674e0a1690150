package com.trengo.client.builder;

import com.trengo.client.model.SendSmsRequest;

/**
 * Builds a validated {@link SendSmsRequest}, for {@code sms().send(..)}.
 *
 * <pre>{@code
 * trengo.sms().send(SendSms.builder().channelId(106L).to("+31612345678").message("Your code is 4821").build());
 * }</pre>
 */
public final class SendSms {
  private SendSms() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long channelId;
    private String to;
    private String message;

    private Builder() {}

    /** The SMS channel to send from. Required, positive. */
    public Builder channelId(Long channelId) {
      this.channelId = channelId;
      return this;
    }

    /** The recipient's phone number, in E.164 form ({@code +31612345678}). Required. */
    public Builder to(String to) {
      this.to = to;
      return this;
    }

    /** The text. Required, not blank. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public SendSmsRequest build() {
      Checks checks = new Checks("SendSmsRequest");
      checks.requiredId("channel_id", channelId);
      checks.requiredE164("to", to);
      checks.requiredText("message", message);
      checks.throwIfFailed();
      return new SendSmsRequest().channelId(channelId).to(to).message(message);
    }
  }
}
