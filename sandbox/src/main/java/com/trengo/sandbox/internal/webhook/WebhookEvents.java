package com.trengo.sandbox.internal.webhook;

import com.trengo.sandbox.WebhookDelivery;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Webhook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way an event leaves the sandbox: a handler that changes the store in a way Trengo announces
 * calls {@link #emit}, and every webhook registered for the event's type gets a delivery. Called under
 * the store's lock (inside the request), it only queues: the POSTs go out on the dispatcher's threads.
 *
 * <p>Which operation emits what: sendMessage, sendMediaMessage and sendWhatsAppTemplate emit OUTBOUND
 * (sendMessage with internal_note, NOTE); createTicket emits TICKET_CREATED, then TICKET_ASSIGNED when
 * it delegates; a template to a new number emits TICKET_CREATED before its OUTBOUND; assignTicket
 * emits TICKET_ASSIGNED; closeTicket TICKET_CLOSED unless the ticket was closed already;
 * attachLabelToTicket TICKET_LABEL_ADDED unless the label was on the ticket already; reopenTicket
 * TICKET_REOPENED, markTicketAsSpam and unmarkTicketAsSpam TICKET_MARKED_AS_SPAM and
 * TICKET_UNMARKED_AS_SPAM, detachLabelFromTicket TICKET_LABEL_DELETED, each only when the ticket changed;
 * mergeTickets TICKET_MERGED; sendQuickMessage TICKET_CREATED for a new ticket, then OUTBOUND; logPhoneCall
 * NOTE for its note. The events no API call causes (INBOUND, VOICE_CALL_*) come from {@link
 * WebhookTriggers}. A new operation that changes what Trengo announces calls {@code emit} with the fields
 * of {@link EventPayloads}.
 */
public final class WebhookEvents {
  private final SandboxStore store;
  private final WebhookDispatcher dispatcher;

  /** Emits to the webhooks of {@code store} through {@code dispatcher}. */
  public WebhookEvents(SandboxStore store, WebhookDispatcher dispatcher) {
    this.store = store;
    this.dispatcher = dispatcher;
  }

  /**
   * Sends the event to every webhook registered for {@code type}, in the order they were registered.
   * The body is {@code type}, then {@code fields} in their order, then {@code event_type}, as a real
   * delivery is laid out.
   *
   * @param fields the event's fields, values as strings, none empty (see {@link EventPayloads})
   * @return the deliveries started, one per webhook (none when no webhook has the type)
   */
  public List<WebhookDelivery> emit(EventType type, Map<String, String> fields) {
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("type", type.name());
    payload.putAll(fields);
    payload.remove("event_type");
    payload.put("event_type", type.name());
    String body = FormBody.encode(payload);
    List<WebhookDelivery> started = new ArrayList<>();
    for (Webhook webhook : store.webhooks()) {
      if (webhook.type().equals(type.name())) {
        started.add(dispatcher.deliver(webhook, type, payload, body));
      }
    }
    return started;
  }
}
