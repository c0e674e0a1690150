package com.trengo.sandbox.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.WhatsAppTemplate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** sendWhatsAppTemplate: POST /wa_sessions, as Trengo's "Send a WhatsApp template". */
public final class WhatsAppHandler {

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
  private static final Set<String> SOURCES = Set.of("klaviyo");
  private static final List<String> PARAM_FIELDS = List.of("type", "key", "value");

  private final SandboxStore store;
  private final Views views;
  private final Conversations conversations;

  /** Sends templates through {@code store}'s WhatsApp Business channels, writing through {@code conversations}. */
  WhatsAppHandler(SandboxStore store, Views views, Conversations conversations) {
    this.store = store;
    this.views = views;
    this.conversations = conversations;
  }

  /**
   * POST /wa_sessions: renders an approved template with its params and sends it, into the ticket
   * {@code ticket_id} (which must be on a WhatsApp Business channel), or else to {@code
   * recipient_phone_number} on the account's WhatsApp Business channel, in the recipient's open ticket
   * there or a new one. One of the two is required (Laravel's required_without; the other may be
   * null); with both, the ticket is used. Each param needs a type, a key and a value. Answers
   * {"message": {...}}.
   */
  public ApiResponse sendTemplate(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    String phone = body.optionalString("recipient_phone_number");
    Long ticketId = body.optionalId("ticket_id");
    Long hsmId = body.requiredId("hsm_id");
    List<JsonObject> params = body.optionalObjects("params");
    body.optionalOneOf("source", SOURCES);
    body.requireOneOf("recipient_phone_number", phone, "ticket_id", ticketId);
    body.requireOneOf("ticket_id", ticketId, "recipient_phone_number", phone);
    if (phone != null && ticketId == null && !E164.matcher(phone).matches()) {
      body.reject("recipient_phone_number", "The recipient phone number format is invalid.");
    }
    for (int i = 0; i < params.size(); i++) {
      for (String field : PARAM_FIELDS) {
        JsonElement value = params.get(i).get(field);
        if (value == null || value.isJsonNull() || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
          body.reject("params." + i + "." + field, "The params." + i + "." + field + " field is required.");
        }
      }
    }
    body.requireExists("hsm_id", hsmId, store::template);
    body.requireExists("ticket_id", ticketId, id -> store.ticket(id).filter(this::isOnWhatsApp));
    Optional<Channel> whatsApp = store.channels().stream().filter(WhatsAppHandler::isWhatsApp).findFirst();
    if (ticketId == null && phone != null && whatsApp.isEmpty()) {
      body.reject("recipient_phone_number", "The account has no WhatsApp Business channel.");
    }
    body.validate();

    WhatsAppTemplate template = store.template(hsmId).orElseThrow();
    Ticket ticket = ticketId != null
        ? store.ticket(ticketId).orElseThrow()
        : conversations.openTicketFor(phone, phone, whatsApp.get().id(), null, request.now());
    Message message =
        conversations.write(ticket, render(template, params), MessageType.OUTBOUND, List.of(), request.now());
    return ApiResponse.created(views.messageEnvelope(message));
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

  private boolean isOnWhatsApp(Ticket ticket) {
    return store.channel(ticket.channelId()).filter(WhatsAppHandler::isWhatsApp).isPresent();
  }

  private static boolean isWhatsApp(Channel channel) {
    return "WA_BUSINESS".equals(channel.type());
  }
}
