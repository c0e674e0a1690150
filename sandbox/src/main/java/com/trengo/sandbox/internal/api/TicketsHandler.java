package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketStatus;
import com.trengo.sandbox.internal.webhook.EventPayloads;
import com.trengo.sandbox.internal.webhook.EventType;
import com.trengo.sandbox.internal.webhook.WebhookEvents;
import java.util.List;
import java.util.Set;

/** listTickets, createTicket, assignTicket, closeTicket, attachLabelToTicket, in Trengo's dialect. */
public final class TicketsHandler {

  private static final Set<String> ASSIGNEE_TYPES = Set.of("user", "team");

  private final SandboxStore store;
  private final Views views;
  private final WebhookEvents events;
  private final EventPayloads payloads;

  /** Serves tickets from {@code store}. */
  public TicketsHandler(SandboxStore store, Views views, WebhookEvents events, EventPayloads payloads) {
    this.store = store;
    this.views = views;
    this.events = events;
    this.payloads = payloads;
  }

  /** GET /tickets: filtered and sorted (see {@link TicketFilter}); short pagination form, as Trengo's. */
  public ApiResponse list(ApiRequest request) {
    List<JsonObject> tickets = new TicketFilter(store, request).apply().stream().map(views::ticket).toList();
    return ApiResponse.ok(Pagination.simple(tickets, request));
  }

  /**
   * POST /tickets: opens a ticket on a channel with a contact named by {@code contact_id}. Answers as
   * Trengo's create does, with {@code latest_message} as a date (the ticket's creation) rather than a
   * message.
   */
  public ApiResponse create(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    Long channelId = body.requiredId("channel_id");
    Long contactId = body.requiredId("contact_id");
    String subject = body.optionalString("subject");
    Long userId = body.optionalId("delegate_to_user_id");
    Long teamId = body.optionalId("delegate_to_team_id");
    body.requireExists("channel_id", channelId, store::channel);
    body.requireExists("contact_id", contactId, store::contact);
    body.requireExists("delegate_to_user_id", userId, store::user);
    body.requireExists("delegate_to_team_id", teamId, store::team);
    body.validate();

    boolean delegated = userId != null || teamId != null;
    Ticket ticket =
        store.addTicket(
            subject,
            delegated ? TicketStatus.ASSIGNED : TicketStatus.OPEN,
            contactId,
            channelId,
            userId,
            teamId,
            List.of(),
            request.now());
    events.emit(EventType.TICKET_CREATED, payloads.ticket(ticket));
    if (delegated) {
      events.emit(EventType.TICKET_ASSIGNED, payloads.assigned(ticket, userId != null));
    }
    return ApiResponse.created(views.createdTicket(ticket));
  }

  /**
   * POST /tickets/{ticket_id}/assign: {@code type} user with a {@code user_id}, or team with a {@code
   * team_id} (Laravel's required_if); the other id may be null, and so may {@code note}. Assigning
   * again to the same one changes nothing but the time.
   */
  public ApiResponse assign(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    String type = body.requiredOneOf("type", ASSIGNEE_TYPES);
    Long userId = body.optionalId("user_id");
    Long teamId = body.optionalId("team_id");
    body.optionalString("note");
    if ("user".equals(type) && userId == null && body.isValid()) {
      body.reject("user_id", "The user id field is required when type is user.");
    }
    if ("team".equals(type) && teamId == null && body.isValid()) {
      body.reject("team_id", "The team id field is required when type is team.");
    }
    body.requireExists("user_id", userId, store::user);
    body.requireExists("team_id", teamId, store::team);
    body.validate();
    Ticket assigned = "user".equals(type)
        ? ticket.assignedTo(userId, null, request.now())
        : ticket.assignedTo(null, teamId, request.now());
    store.putTicket(assigned);
    events.emit(EventType.TICKET_ASSIGNED, payloads.assigned(assigned, "user".equals(type)));
    return ApiResponse.ok(views.ticket(assigned));
  }

  /**
   * POST /tickets/{ticket_id}/close, with an optional (nullable) {@code ticket_result_id}, which must be
   * one of the account's ticket results. A {@code ticket_id} in the body, as PyTrengo sends, is ignored:
   * the ticket is the one in the path.
   */
  public ApiResponse close(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    Long resultId = body.optionalId("ticket_result_id");
    body.requireExists("ticket_result_id", resultId, store::ticketResult);
    body.validate();
    Ticket closed = ticket.closed(request.now());
    store.putTicket(closed);
    if (ticket.status() != TicketStatus.CLOSED) { // closing a closed ticket closes nothing
      events.emit(EventType.TICKET_CLOSED, payloads.ticket(closed));
    }
    return ApiResponse.ok(views.ticket(closed));
  }

  /** POST /tickets/{ticket_id}/labels: answers the label, as Trengo does (real capture tickets-attach-label.json). */
  public ApiResponse attachLabel(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    Long labelId = body.requiredId("label_id");
    body.requireExists("label_id", labelId, store::label);
    body.validate();
    Label label = store.label(labelId).orElseThrow();
    if (!ticket.labelIds().contains(labelId)) { // attaching again changes nothing, so announces nothing
      Ticket labelled = ticket.labelled(labelId, request.now());
      store.putTicket(labelled);
      events.emit(EventType.TICKET_LABEL_ADDED, payloads.label(labelled, label));
    }
    return ApiResponse.ok(views.label(label));
  }

  private Ticket find(ApiRequest request) {
    return request.pathModel("ticket_id", "Ticket", store::ticket);
  }
}
