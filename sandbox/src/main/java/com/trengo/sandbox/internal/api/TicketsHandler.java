package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketStatus;
import com.trengo.sandbox.internal.webhook.EventPayloads;
import com.trengo.sandbox.internal.webhook.EventType;
import com.trengo.sandbox.internal.webhook.WebhookEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

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
    BiFunction<Ticket, Instant, Ticket> reopening = (ticket, now) -> {
      Ticket reopened = ticket.reopened(now);
      if (reopened != ticket) {
        store.recordReopening(ticket.id(), now); // for the reopened_tickets metric
      }
      return reopened;
    };
    return change(request, reopening, EventType.TICKET_REOPENED, payloads::reopened, ApiResponse.okEmpty());
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
    Ticket kept = store.mergeTickets(target, store.ticket(sourceId).orElseThrow(), request.now());
    events.emit(EventType.TICKET_MERGED, payloads.merged(kept, sourceId));
    return ApiResponse.okEmpty();
  }

  /**
   * POST /tickets/{ticket_id}/spam: the ticket's status becomes INVALID (the sandbox's choice: no source
   * says which status Trengo shows) and it leaves the unfiltered list; {@code status=INVALID} lists it.
   */
  public ApiResponse markAsSpam(ApiRequest request) {
    return change(request, Ticket::markedAsSpam, EventType.TICKET_MARKED_AS_SPAM, payloads::ticket, ApiResponse.okEmpty());
  }

  /** DELETE /tickets/{ticket_id}/spam: the ticket gets back the status it had before; 204. */
  public ApiResponse unmarkAsSpam(ApiRequest request) {
    return change(
        request, Ticket::unmarkedAsSpam, EventType.TICKET_UNMARKED_AS_SPAM, payloads::ticket, ApiResponse.noContent());
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
    Label label = store.label(labelId).orElseThrow();
    if (!ticket.labelIds().contains(labelId)) { // attaching again changes nothing, so announces nothing
      Ticket labelled = ticket.labelled(labelId, request.now());
      store.putTicket(labelled);
      events.emit(EventType.TICKET_LABEL_ADDED, payloads.label(labelled, label));
    }
    return ApiResponse.ok(views.label(label));
  }

  /**
   * DELETE /tickets/{ticket_id}/labels/{label_id}: the label leaves the ticket; 204. An unknown label is
   * 404 (it is in the path); a label that is not on the ticket is 204 too, as Laravel's detach is.
   */
  public ApiResponse detachLabel(ApiRequest request) {
    Ticket ticket = find(request);
    Label label = request.pathModel("label_id", "Label", store::label);
    return change(request, (t, now) -> t.unlabelled(label.id(), now), EventType.TICKET_LABEL_DELETED,
        changed -> payloads.label(changed, label), ApiResponse.noContent());
  }

  /**
   * Applies a change of state to the ticket in the path and answers {@code answer}. When the ticket did
   * change, the change is kept and announced as {@code event}, with {@code payload}'s fields of the
   * changed ticket; an action that changes nothing (reopening an open ticket, detaching a label the
   * ticket does not have) announces nothing, as attaching a label twice does not.
   */
  private ApiResponse change(ApiRequest request, BiFunction<Ticket, Instant, Ticket> change, EventType event,
      Function<Ticket, Map<String, String>> payload, ApiResponse answer) {
    Ticket ticket = find(request);
    Ticket changed = change.apply(ticket, request.now());
    if (changed != ticket) {
      store.putTicket(changed);
      events.emit(event, payload.apply(changed));
    }
    return answer;
  }

  private Ticket find(ApiRequest request) {
    return request.pathModel("ticket_id", "Ticket", store::ticket);
  }
}
