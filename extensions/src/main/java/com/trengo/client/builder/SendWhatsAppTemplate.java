package com.trengo.client.builder;

import com.trengo.client.model.SendWhatsAppTemplateRequest;
import com.trengo.client.model.SendWhatsAppTemplateRequestParamsInner;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a validated {@link SendWhatsAppTemplateRequest}, for {@code whatsApp().sendTemplate(..)}: an
 * approved template to a WhatsApp number or into an existing ticket, exactly one of them.
 *
 * <pre>{@code
 * trengo.whatsApp().sendTemplate(SendWhatsAppTemplate.toPhoneNumber("+31612345678")
 *     .hsmId(4L).param("body", "{{1}}", "Ada").build());
 * trengo.whatsApp().sendTemplate(SendWhatsAppTemplate.toTicket(90001L).hsmId(4L).build());
 * }</pre>
 */
public final class SendWhatsAppTemplate {
  private SendWhatsAppTemplate() {}

  /** A builder for a template to the WhatsApp number {@code e164}, e.g. {@code "+31612345678"}. */
  public static Builder toPhoneNumber(String e164) {
    return builder().recipientPhoneNumber(e164);
  }

  /** A builder for a template into the ticket {@code ticketId}, to its contact. */
  public static Builder toTicket(Long ticketId) {
    return builder().ticketId(ticketId);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String recipientPhoneNumber;
    private Long ticketId;
    private Long hsmId;
    private SendWhatsAppTemplateRequest.SourceEnum source;
    private final List<Param> params = new ArrayList<>();

    private Builder() {}

    /**
     * The recipient's WhatsApp number: valid, in E.164 form ('+', country code and number, nothing
     * else: {@code "+31612345678"}). Exactly one of this and {@link #ticketId(Long)}.
     */
    public Builder recipientPhoneNumber(String recipientPhoneNumber) {
      this.recipientPhoneNumber = recipientPhoneNumber;
      return this;
    }

    /**
     * The ticket to send into, which must be your account's. Positive; exactly one of this and
     * {@link #recipientPhoneNumber(String)}.
     */
    public Builder ticketId(Long ticketId) {
      this.ticketId = ticketId;
      return this;
    }

    /** The approved template (HSM) to send. Required, positive. */
    public Builder hsmId(Long hsmId) {
      this.hsmId = hsmId;
      return this;
    }

    /** Where the request comes from, for Trengo's analytics (e.g. {@code KLAVIYO}). Optional. */
    public Builder source(SendWhatsAppTemplateRequest.SourceEnum source) {
      this.source = source;
      return this;
    }

    /**
     * Appends a template parameter; parameters are sent in the order added. {@code type} (e.g.
     * {@code "body"}), {@code key} and {@code value} are each required and not blank, as Trengo's
     * reference asks of every parameter.
     */
    public Builder param(String type, String key, String value) {
      params.add(new Param(type, key, value));
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field; both
     *     {@code recipient_phone_number} and {@code ticket_id} when neither or both were given;
     *     parameters are named by position, e.g. {@code params[1].value}
     */
    public SendWhatsAppTemplateRequest build() {
      Checks checks = new Checks("SendWhatsAppTemplateRequest");
      if (recipientPhoneNumber == null && ticketId == null) {
        checks.fail("recipient_phone_number", null, "is required when ticket_id is not given");
        checks.fail("ticket_id", null, "is required when recipient_phone_number is not given");
      } else if (recipientPhoneNumber != null && ticketId != null) {
        // The reference makes each required "only if" the other is not set; what both would do is unsaid.
        checks.fail("recipient_phone_number", recipientPhoneNumber, "must not be given with ticket_id");
        checks.fail("ticket_id", ticketId, "must not be given with recipient_phone_number");
      } else if (recipientPhoneNumber != null) {
        checks.requiredE164("recipient_phone_number", recipientPhoneNumber);
      }
      checks.optionalId("ticket_id", ticketId);
      checks.requiredId("hsm_id", hsmId);
      for (int i = 0; i < params.size(); i++) {
        Param p = params.get(i);
        checks.requiredText("params[" + i + "].type", p.type());
        checks.requiredText("params[" + i + "].key", p.key());
        checks.requiredText("params[" + i + "].value", p.value());
      }
      checks.throwIfFailed();
      SendWhatsAppTemplateRequest request = new SendWhatsAppTemplateRequest()
          .recipientPhoneNumber(recipientPhoneNumber).ticketId(ticketId).hsmId(hsmId).source(source);
      for (Param p : params) {
        request.addParamsItem(
            new SendWhatsAppTemplateRequestParamsInner().type(p.type()).key(p.key()).value(p.value()));
      }
      return request;
    }
  }

  private record Param(String type, String key, String value) {}
}
