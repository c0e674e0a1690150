package com.trengo.client.builder;

import com.trengo.client.model.SendWhatsAppTemplateRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequestParamsInner;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a validated {@link SendWhatsAppTemplateRequest}, for {@code whatsApp().sendTemplate(..)}.
 *
 * <pre>{@code
 * trengo.whatsApp().sendTemplate(SendWhatsAppTemplate.builder()
 *     .recipientPhoneNumber("+31612345678").hsmId(4L).channelId(12L)
 *     .param("body", "{{1}}", "Ada")
 *     .build());
 * }</pre>
 */
public final class SendWhatsAppTemplate {
  private SendWhatsAppTemplate() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String recipientPhoneNumber;
    private Long hsmId;
    private Long channelId;
    private final List<Param> params = new ArrayList<>();

    private Builder() {}

    /**
     * The recipient's WhatsApp number. Required, valid, in E.164 form: '+', country code and number,
     * with no spaces or other characters ({@code "+31612345678"}).
     */
    public Builder recipientPhoneNumber(String recipientPhoneNumber) {
      this.recipientPhoneNumber = recipientPhoneNumber;
      return this;
    }

    /** The approved template (HSM) to send. Required, positive. */
    public Builder hsmId(Long hsmId) {
      this.hsmId = hsmId;
      return this;
    }

    /** The WhatsApp channel to send from. Required, positive. */
    public Builder channelId(Long channelId) {
      this.channelId = channelId;
      return this;
    }

    /**
     * Appends a template parameter; parameters are sent in the order added. {@code key} and {@code
     * value} are required and not blank; {@code type} (e.g. {@code "body"}) is optional, and when
     * given, not blank.
     */
    public Builder param(String type, String key, String value) {
      params.add(new Param(type, key, value));
      return this;
    }

    /** Appends a template parameter with no type: {@code param(null, key, value)}. */
    public Builder param(String key, String value) {
      return param(null, key, value);
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field;
     *     parameters are named by position, e.g. {@code params[1].value}
     */
    public SendWhatsAppTemplateRequest build() {
      Checks checks = new Checks("SendWhatsAppTemplateRequest");
      checks.requiredE164("recipient_phone_number", recipientPhoneNumber);
      checks.requiredId("hsm_id", hsmId);
      checks.requiredId("channel_id", channelId);
      for (int i = 0; i < params.size(); i++) {
        Param p = params.get(i);
        checks.optionalText("params[" + i + "].type", p.type());
        checks.requiredText("params[" + i + "].key", p.key());
        checks.requiredText("params[" + i + "].value", p.value());
      }
      checks.throwIfFailed();
      SendWhatsAppTemplateRequest request = new SendWhatsAppTemplateRequest()
          .recipientPhoneNumber(recipientPhoneNumber).hsmId(hsmId).channelId(channelId);
      for (Param p : params) {
        request.addParamsItem(
            new SendWhatsAppTemplateRequestParamsInner().type(p.type()).key(p.key()).value(p.value()));
      }
      return request;
    }
  }

  private record Param(String type, String key, String value) {}
}
