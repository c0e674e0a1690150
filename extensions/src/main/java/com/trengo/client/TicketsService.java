package com.trengo.client;

import com.trengo.client.api.TicketsApi;
import com.trengo.client.builder.CreateTicket;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.AssignTicketRequest;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateTicketRequest;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.TicketList;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/** Tickets (conversations). Get one from {@link TrengoClient#tickets()}. */
public final class TicketsService {
  private final CallExecutor executor;
  private final TicketsApi api;
  private final ContactsService contacts;

  TicketsService(CallExecutor executor, TicketsApi api, ContactsService contacts) {
    this.executor = executor;
    this.api = api;
    this.contacts = contacts;
  }

  /** One page of tickets matching {@code query}. */
  public TicketList list(TicketQuery query) {
    return executor.execute(listCall(query));
  }

  /** Async form of {@link #list(TicketQuery)}. */
  public CompletableFuture<TicketList> listAsync(TicketQuery query) {
    return executor.executeAsync(listCall(query));
  }

  /** Opens a ticket. Never resent once it may have reached the server. */
  public Ticket create(CreateTicketRequest request) {
    return executor.execute(api.createTicket(request));
  }

  /** Async form of {@link #create(CreateTicketRequest)}. */
  public CompletableFuture<Ticket> createAsync(CreateTicketRequest request) {
    return executor.executeAsync(api.createTicket(request));
  }

  /**
   * Opens a ticket on the channel for the contact with this identifier, creating the contact first
   * when the channel has none: {@link ContactsService#getOrCreate} (never a duplicate contact; see
   * there), then {@link #create} with the contact's identifier as the server holds it. The ticket
   * create is an ordinary create: never resent once it may have reached the server, so a broken
   * connection then ends in {@link com.trengo.client.error.TrengoOutcomeUnknownException} and the
   * caller decides. Every argument is checked before anything is sent.
   *
   * @param subject the ticket's subject; null for none
   * @throws com.trengo.client.error.TrengoValidationException when {@code channelId} is not positive,
   *     {@code identifier} is not one {@link CreateTicket.Builder#contactIdentifier} accepts, or
   *     {@code subject} is blank
   */
  public Ticket openFor(long channelId, String identifier, String subject) {
    CreateTicketRequest request = ticketFor(channelId, identifier, subject);
    return create(routedTo(contacts.getOrCreate(channelId, identifier, null), request));
  }

  /** Async form of {@link #openFor(long, String, String)}; an invalid argument is thrown, not returned. */
  public CompletableFuture<Ticket> openForAsync(long channelId, String identifier, String subject) {
    CreateTicketRequest request = ticketFor(channelId, identifier, subject);
    return contacts
        .getOrCreateAsync(channelId, identifier, null)
        .thenCompose(contact -> createAsync(routedTo(contact, request)));
  }

  private static CreateTicketRequest ticketFor(long channelId, String identifier, String subject) {
    return CreateTicket.builder().channelId(channelId).contactIdentifier(identifier).subject(subject).build();
  }

  /**
   * The ticket addressed to the contact found or made: its identifier as the server holds it (a
   * phone number found in another form, say), so the ticket joins that contact and no other.
   */
  private static CreateTicketRequest routedTo(Contact contact, CreateTicketRequest request) {
    String held = contact.getIdentifier();
    return held == null || held.isBlank() ? request : request.contactIdentifier(held);
  }

  /** Assigns the ticket to a user and/or a team. Safe to resend: it sets a state. */
  public Ticket assign(long ticketId, AssignTicketRequest request) {
    return executor.execute(api.assignTicket(ticketId, request));
  }

  /** Async form of {@link #assign(long, AssignTicketRequest)}. */
  public CompletableFuture<Ticket> assignAsync(long ticketId, AssignTicketRequest request) {
    return executor.executeAsync(api.assignTicket(ticketId, request));
  }

  /** Closes the ticket. Safe to resend: it sets a state. */
  public Ticket close(long ticketId) {
    return executor.execute(api.closeTicket(ticketId));
  }

  /** Async form of {@link #close(long)}. */
  public CompletableFuture<Ticket> closeAsync(long ticketId) {
    return executor.executeAsync(api.closeTicket(ticketId));
  }

  private Call<TicketList> listCall(TicketQuery q) {
    Objects.requireNonNull(q, "query == null");
    return api.listTickets(
        q.page(), q.status(), q.contactId(), q.users(), q.channels(), q.labels(),
        q.lastMessageType(), q.sort(), q.updatedAfter());
  }

  /**
   * Every ticket matching {@code query} (its page is ignored: use {@link AutoPager#startingAt}),
   * fetched page by page as the walk reaches it.
   */
  public AutoPager<Ticket> listAll(TicketQuery query) {
    Objects.requireNonNull(query, "query == null");
    return AutoPager.of(
        page -> {
          TicketList list = list(query.toBuilder().page(page).build());
          return new Page<>(page, list.getData(), list.getMeta(), list.getLinks());
        },
        Ticket::getId);
  }
}
