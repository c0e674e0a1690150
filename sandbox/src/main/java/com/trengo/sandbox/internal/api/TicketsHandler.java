package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.Set;

/**
 * listTickets, createTicket, getTicket, deleteTicket, assignTicket, closeTicket, reopenTicket, mergeTickets,
 * markTicketAsSpam, unmarkTicketAsSpam, setTicketCustomField, favoriteTicket, unfavoriteTicket,
 * attachLabelToTicket, detachLabelFromTicket, in Trengo's dialect. Where the sources do not show an
 * action's answer, it is 200 without a body (a POST) or 204 (a DELETE); the contract allows both.
 */
public final class TicketsHandler {

  private static final Set<String> ASSIGNEE_TYPES = Set.of("user", "team");

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
    return ApiResponse.ok(views.ticket(closed));
  }

  /** GET /tickets/{ticket_id}: the ticket as lists show it; deleted, merged-away and unknown tickets are 404. */
  public ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(views.ticket(find(request)));
  }

  /** DELETE /tickets/{ticket_id}: the ticket and its messages are gone; 204. */
  public ApiResponse delete(ApiRequest request) {
    store.removeTicket(find(request).id());
    return ApiResponse.noContent();
  }

  /**
   * POST /tickets/{ticket_id}/reopen, with no body or {@code {}}: a closed ticket becomes ASSIGNED when it
   * has a user or team, OPEN otherwise. A ticket that is not closed stays as it is (still 200).
   */
  public ApiResponse reopen(ApiRequest request) {
    Ticket ticket = find(request);
    Ticket reopened = ticket.reopened(request.now());
    if (reopened != ticket) {
      store.recordReopening(ticket.id(), request.now());
    }
    store.putTicket(reopened);
    return ApiResponse.okEmpty();
  }

  /**
   * POST /tickets/{ticket_id}/merge {@code {"source_ticket_id": N}}: the source's messages move to the
   * ticket in the path and the source is deleted. An unknown source, or the ticket itself, is 422.
   */
  public ApiResponse merge(ApiRequest request) {
    Ticket target = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    Long sourceId = body.requiredId("source_ticket_id");
    body.requireExists("source_ticket_id", sourceId, store::ticket);
    if (sourceId != null && sourceId == target.id()) {
      body.reject("source_ticket_id", "The source ticket id and ticket id must be different.");
    }
    body.validate();
    store.mergeTickets(target, store.ticket(sourceId).orElseThrow(), request.now());
    return ApiResponse.okEmpty();
  }

  /**
   * POST /tickets/{ticket_id}/spam: the ticket's status becomes INVALID (the sandbox's choice: no source
   * says which status Trengo shows) and it leaves the unfiltered list; {@code status=INVALID} lists it.
   */
  public ApiResponse markAsSpam(ApiRequest request) {
    return change(request, Ticket::markedAsSpam, ApiResponse.okEmpty());
  }

  /** DELETE /tickets/{ticket_id}/spam: the ticket gets back the status it had before; 204. */
  public ApiResponse unmarkAsSpam(ApiRequest request) {
    return change(request, Ticket::unmarkedAsSpam, ApiResponse.noContent());
  }

  /** POST /tickets/{ticket_id}/custom_fields: sets one value, shown in the ticket's custom_field_values. */
  public ApiResponse setCustomField(ApiRequest request) {
    Ticket ticket = find(request);
    CustomFieldInput input = CustomFieldInput.read(request, store);
    store.putTicket(ticket.withCustomField(input.fieldId(), input.value()));
    return ApiResponse.okEmpty();
  }

  /**
   * POST /tickets/{ticket_id}/favorited and DELETE /tickets/{ticket_id}/favorited/0: accepted for a
   * ticket that exists. No published payload shows a favourite, so the sandbox keeps none to show.
   */
  public ApiResponse favorite(ApiRequest request) {
    find(request);
    return "DELETE".equals(request.method()) ? ApiResponse.noContent() : ApiResponse.okEmpty();
  }

  /** POST /tickets/{ticket_id}/labels: answers the label, as Trengo does (real capture tickets-attach-label.json). */
  public ApiResponse attachLabel(ApiRequest request) {
    Ticket ticket = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    Long labelId = body.requiredId("label_id");
    body.requireExists("label_id", labelId, store::label);
    body.validate();
    store.putTicket(ticket.labelled(labelId, request.now()));
    return ApiResponse.ok(views.label(store.label(labelId).orElseThrow()));
  }

  /**
   * DELETE /tickets/{ticket_id}/labels/{label_id}: the label leaves the ticket; 204. An unknown label is
   * 404 (it is in the path); a label that is not on the ticket is 204 too, as Laravel's detach is.
   */
  public ApiResponse detachLabel(ApiRequest request) {
    Ticket ticket = find(request);
    long labelId = request.pathModel("label_id", "Label", store::label).id();
    store.putTicket(ticket.unlabelled(labelId, request.now()));
    return ApiResponse.noContent();
  }

  /**
   * Applies a change of state to the ticket in the path and answers {@code answer}: where the sandbox's
   * ticket actions change a ticket (a webhook event, when the sandbox sends them, belongs here).
   */
  private ApiResponse change(ApiRequest request, BiFunction<Ticket, Instant, Ticket> change, ApiResponse answer) {
    store.putTicket(change.apply(find(request), request.now()));
    return answer;
  }

  private Ticket find(ApiRequest request) {
    return request.pathModel("ticket_id", "Ticket", store::ticket);
  }
}
