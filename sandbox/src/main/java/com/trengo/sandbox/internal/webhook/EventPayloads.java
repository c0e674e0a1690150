package com.trengo.sandbox.internal.webhook;

import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Team;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketStatus;
import com.trengo.sandbox.internal.store.User;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of each event, from the store, named and ordered as Trengo's payload list gives them
 * (developers.trengo.com/docs/payload). Values are strings; a field without a value is left out, not
 * sent empty, as a real 2025 delivery shows (an automated e-mail's OUTBOUND had no {@code user_*}).
 */
public final class EventPayloads {
  private final SandboxStore store;

  /** Reads users, contacts, teams and labels from {@code store}. */
  public EventPayloads(SandboxStore store) {
    this.store = store;
  }

  /** TICKET_CREATED, TICKET_CLOSED, TICKET_MARKED_AS_SPAM, TICKET_UNMARKED_AS_SPAM: the ticket. */
  public Map<String, String> ticket(Ticket ticket) {
    return new Fields().put("ticket_id", ticket.id()).map();
  }

  /**
   * TICKET_REOPENED: the ticket and its status now, OPEN or ASSIGNED ("OPEN or ASSIGNED", Trengo's list);
   * for a ticket still closed, the one reopening gives it: ASSIGNED when it has an agent or a team.
   */
  public Map<String, String> reopened(Ticket ticket) {
    TicketStatus status = ticket.status() != TicketStatus.CLOSED ? ticket.status()
        : ticket.assigneeId() != null || ticket.teamId() != null ? TicketStatus.ASSIGNED : TicketStatus.OPEN;
    return new Fields().put("ticket_id", ticket.id()).put("status", status.name()).map();
  }

  /** TICKET_MERGED: the ticket kept, and the one merged into it and deleted. */
  public Map<String, String> merged(Ticket kept, long mergedAndDeletedTicketId) {
    return new Fields().put("ticket_id", kept.id()).put("merged_and_deleted_ticket_id", mergedAndDeletedTicketId).map();
  }

  /** TICKET_LABEL_ADDED, TICKET_LABEL_DELETED: the ticket and the label. */
  public Map<String, String> label(Ticket ticket, Label label) {
    return new Fields().put("ticket_id", ticket.id()).put("label_id", label.id()).put("label_name", label.name()).map();
  }

  /**
   * TICKET_ASSIGNED: the ticket, the agent and the team it has now, and whether this assignment went to
   * a {@code USER} or a {@code TEAM}.
   */
  public Map<String, String> assigned(Ticket ticket, boolean toUser) {
    Optional<User> user = ticket.assigneeId() == null ? Optional.empty() : store.user(ticket.assigneeId());
    Optional<Team> team = ticket.teamId() == null ? Optional.empty() : store.team(ticket.teamId());
    return new Fields()
        .put("ticket_id", ticket.id())
        .put("user_id", user.map(User::id).orElse(null))
        .put("user_name", user.map(User::name).orElse(null))
        .put("user_email", user.map(User::email).orElse(null))
        .put("team_id", team.map(Team::id).orElse(null))
        .put("team_name", team.map(Team::name).orElse(null))
        .put("assigned_to", toUser ? "USER" : "TEAM")
        .map();
  }

  /** INBOUND: the contact's message, with the contact and the channel. */
  public Map<String, String> inbound(Message message, Ticket ticket) {
    Optional<Contact> contact = store.contact(ticket.contactId());
    Fields fields = new Fields()
        .put("message_id", message.id())
        .put("ticket_id", ticket.id())
        .put("contact_id", ticket.contactId())
        .put("message", message.body());
    return contact(fields, contact).put("channel_id", ticket.channelId()).map();
  }

  /** OUTBOUND: the agent's message (the token's owner sends it), with the contact and the channel. */
  public Map<String, String> outbound(Message message, Ticket ticket) {
    Fields fields = agent(new Fields()
        .put("message_id", message.id())
        .put("ticket_id", ticket.id())
        .put("message", message.body()));
    fields.put("contact_id", ticket.contactId());
    return contact(fields, store.contact(ticket.contactId())).put("channel_id", ticket.channelId()).map();
  }

  /** NOTE: the internal note and the agent who wrote it (the token's owner). */
  public Map<String, String> note(Message message, Ticket ticket) {
    return agent(new Fields()
        .put("message_id", message.id())
        .put("ticket_id", ticket.id())
        .put("message", message.body())).map();
  }

  private Fields agent(Fields fields) {
    Optional<User> owner = store.tokenOwner();
    return fields
        .put("user_id", owner.map(User::id).orElse(null))
        .put("user_name", owner.map(User::name).orElse(null))
        .put("user_email", owner.map(User::email).orElse(null));
  }

  private static Fields contact(Fields fields, Optional<Contact> contact) {
    return fields
        .put("contact_name", contact.map(Contact::name).orElse(null))
        .put("contact_email", contact.map(Contact::email).orElse(null))
        // "Contact phone (if present)"
        .put("contact_identifier", contact.map(Contact::phone).orElse(null));
  }

  /** An ordered set of fields that leaves out what has no value. */
  static final class Fields {
    private final Map<String, String> fields = new LinkedHashMap<>();

    Fields put(String name, Object value) {
      if (value != null && !value.toString().isEmpty()) {
        fields.put(name, value.toString());
      }
      return this;
    }

    Map<String, String> map() {
      return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }
}
