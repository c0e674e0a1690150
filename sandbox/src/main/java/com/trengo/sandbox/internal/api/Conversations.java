package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.Attachment;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.SandboxStore.OpenTicket;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.webhook.EventPayloads;
import com.trengo.sandbox.internal.webhook.EventType;
import com.trengo.sandbox.internal.webhook.WebhookEvents;
import java.time.Instant;
import java.util.List;

/**
 * What every operation that writes to a conversation does, once: find or open the ticket the quick
 * actions write to (announced as TICKET_CREATED when it is new), and add an agent's message to a ticket
 * (announced as OUTBOUND, or NOTE for an internal note), touching the ticket.
 */
final class Conversations {
  private final SandboxStore store;
  private final WebhookEvents events;
  private final EventPayloads payloads;

  Conversations(SandboxStore store, WebhookEvents events, EventPayloads payloads) {
    this.store = store;
    this.events = events;
    this.payloads = payloads;
  }

  /** The contact's open ticket on the channel, or a new one (see {@link SandboxStore#openTicketFor}). */
  Ticket openTicketFor(String identifier, String name, long channelId, String subject, Instant now) {
    OpenTicket open = store.openTicketFor(identifier, name, channelId, subject, now);
    if (open.created()) {
      events.emit(EventType.TICKET_CREATED, payloads.ticket(open.ticket()));
    }
    return open.ticket();
  }

  /** Adds an outbound message or an internal note ({@code type} NOTE) by the token's agent, and announces it. */
  Message write(Ticket ticket, String text, MessageType type, List<Attachment> attachments, Instant now) {
    boolean note = type == MessageType.NOTE;
    Message message = store.addMessage(ticket.id(), text, type, note, attachments, now);
    store.putTicket(ticket.touched(now));
    events.emit(note ? EventType.NOTE : EventType.OUTBOUND,
        note ? payloads.note(message, ticket) : payloads.outbound(message, ticket));
    return message;
  }
}
