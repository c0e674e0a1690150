package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketStatus;
import java.util.List;

/** listTickets, createTicket, assignTicket, closeTicket, attachLabelToTicket. */
public final class TicketsHandler {

  private final SandboxStore store;
  private final Views views;

  /** Serves tickets from {@code store}. */
  public TicketsHandler(SandboxStore store, Views views) {
    this.store = store;
    this.views = views;
  }

  /** GET /tickets: filtered and sorted (see {@link TicketFilter}); short pagination form, as Trengo's. */
  public ApiResponse list(ApiRequest request) {
    List<JsonObject> tickets = new TicketFilter(store, request).apply().stream().map(views::ticket).toList();
    return ApiResponse.ok(Pagination.simple(tickets, request));
  }

  /**
   * POST /tickets: opens a ticket on a channel for the contact reached through {@code
   * contact_identifier}, creating the contact when none has that identifier yet.
   */
  public ApiResponse create(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    Long channelId = body.requiredId("channel_id");
    String identifier = body.requiredString("contact_identifier");
    String subject = body.optionalString("subject");
    Long userId = body.optionalId("delegate_to_user_id");
    Long teamId = body.optionalId("delegate_to_team_id");
    body.requireExists("channel_id", channelId, store::channel);
    body.requireExists("delegate_to_user_id", userId, store::user);
    body.requireExists("delegate_to_team_id", teamId, store::team);
    body.validate();

    Contact contact = contactFor(identifier, channelId, request);
    boolean delegated = userId != null || teamId != null;
    Ticket ticket =
        store.addTicket(
            subject,
            delegated ? TicketStatus.ASSIGNED : TicketStatus.OPEN,
            contact.id(),
            channelId,
            userId,
            teamId,
            List.of(),
            request.now());
    return ApiResponse.created(views.ticket(ticket));
  }

  /** PATCH /tickets/{ticket_id}/assign: to a user and/or a team; at least one is required. */
  public ApiResponse assign(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    Long userId = body.optionalId("user_id");
    Long teamId = body.optionalId("team_id");
    if (body.isValid() && userId == null && teamId == null) {
      body.reject("user_id", "The user id field is required when team id is not present.");
    }
    body.requireExists("user_id", userId, store::user);
    body.requireExists("team_id", teamId, store::team);
    body.validate();
    Ticket assigned = ticket.assignedTo(userId, teamId, request.now());
    store.putTicket(assigned);
    return ApiResponse.ok(views.ticket(assigned));
  }

  /** PATCH /tickets/{ticket_id}/close. */
  public ApiResponse close(ApiRequest request) {
    Ticket closed = find(request).closed(request.now());
    store.putTicket(closed);
    return ApiResponse.ok(views.ticket(closed));
  }

  /** POST /tickets/{ticket_id}/labels: 200 with no body, as the contract declares. */
  public ApiResponse attachLabel(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    Long labelId = body.requiredId("label_id");
    body.requireExists("label_id", labelId, store::label);
    body.validate();
    store.putTicket(ticket.labelled(labelId, request.now()));
    return ApiResponse.okEmpty();
  }

  private Ticket find(ApiRequest request) {
    return request.pathModel("ticket_id", "Ticket", store::ticket);
  }

  /** The contact with this identifier, or a new one named after it (an email address or a phone number). */
  private Contact contactFor(String identifier, long channelId, ApiRequest request) {
    return store
        .contactByIdentifier(identifier)
        .orElseGet(() -> store.addContactReachedThrough(identifier, identifier, channelId, request.now()));
  }
}
