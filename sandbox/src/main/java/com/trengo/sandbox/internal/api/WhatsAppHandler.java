package com.trengo.sandbox.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketStatus;
import com.trengo.sandbox.internal.store.WhatsAppTemplate;
import java.util.List;
import java.util.regex.Pattern;

/** sendWhatsAppTemplate. */
public final class WhatsAppHandler {

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

  private final SandboxStore store;
  private final Views views;

  /** Sends templates through {@code store}'s WhatsApp Business channels. */
  public WhatsAppHandler(SandboxStore store, Views views) {
    this.store = store;
    this.views = views;
  }

  /**
   * POST /whatsapp/messages: renders an approved template with its params and sends it on a WA_BUSINESS
   * channel, in the recipient's open ticket on that channel or a new one. Answers {"message": {...}}.
   */
  public ApiResponse sendTemplate(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    String phone = body.requiredString("recipient_phone_number");
    Long hsmId = body.requiredId("hsm_id");
    Long channelId = body.requiredId("channel_id");
    List<JsonObject> params = body.optionalObjects("params");
    if (phone != null && !E164.matcher(phone).matches()) {
      body.reject("recipient_phone_number", "The recipient phone number format is invalid.");
    }
    body.requireExists("hsm_id", hsmId, store::template);
    body.requireExists("channel_id", channelId, id -> store.channel(id).filter(WhatsAppHandler::isWhatsApp));
    body.validate();

    WhatsAppTemplate template = store.template(hsmId).orElseThrow();
    Contact contact =
        store
            .contactByIdentifier(phone)
            .orElseGet(() -> store.addContactReachedThrough(phone, phone, channelId, request.now()));
    Ticket ticket = openTicket(contact, channelId, request);
    Message message =
        store.addMessage(ticket.id(), render(template, params), MessageType.OUTBOUND, false, List.of(), request.now());
    store.putTicket(ticket.touched(request.now()));
    return ApiResponse.created(views.messageEnvelope(message));
  }

  private Ticket openTicket(Contact contact, long channelId, ApiRequest request) {
    return store.tickets().stream()
        .filter(t -> t.contactId() == contact.id() && t.channelId() == channelId)
        .filter(t -> t.status() != TicketStatus.CLOSED)
        .findFirst()
        .orElseGet(
            () ->
                store.addTicket(
                    null, TicketStatus.OPEN, contact.id(), channelId, null, null, List.of(), request.now()));
  }

  /** Fills {{1}}, {{2}}, ... with the params' values in order. */
  private static String render(WhatsAppTemplate template, List<JsonObject> params) {
    String text = template.text();
    for (int i = 0; i < params.size(); i++) {
      JsonElement value = params.get(i).get("value");
      String replacement = value != null && value.isJsonPrimitive() ? value.getAsString() : "";
      text = text.replace("{{" + (i + 1) + "}}", replacement);
    }
    return text;
  }

  private static boolean isWhatsApp(Channel channel) {
    return "WA_BUSINESS".equals(channel.type());
  }
}
