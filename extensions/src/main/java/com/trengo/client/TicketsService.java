package com.trengo.client;

import com.trengo.client.api.TicketsApi;
import com.trengo.client.builder.CreateContactOnChannel;
import com.trengo.client.builder.CreateTicket;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.AssignTicketRequest;
import com.trengo.client.model.CloseTicketRequest;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateTicketRequest;
import com.trengo.client.model.MergeTicketsRequest;
import com.trengo.client.model.SetCustomFieldRequest;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.TicketList;
import com.trengo.client.model.TicketResult;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Tickets (conversations): list, get, create, assign, close, reopen, merge, spam, custom field values,
 * favorites, delete. Get one from {@link TrengoClient#tickets()}.
 */
public final class TicketsService {
  /** The body of an action that reads none, {@code {}}, as PyTrengo sends it. */
  private static final Map<String, Object> NO_FIELDS = Map.of();

  private final CallExecutor executor;
  private final TicketsApi api;
  private final ContactsService contacts;
  private final TicketResultsService ticketResults;

  TicketsService(CallExecutor executor, TicketsApi api, ContactsService contacts, TicketResultsService ticketResults) {
    this.executor = executor;
    this.api = api;
    this.contacts = contacts;
    this.ticketResults = ticketResults;
  }

  /** One page of tickets matching {@code query}. */
  public TicketList list(TicketQuery query) {
    return executor.execute(listCall(query));
  }

  /** Async form of {@link #list(TicketQuery)}. */
  public CompletableFuture<TicketList> listAsync(TicketQuery query) {
    return executor.executeAsync(listCall(query));
  }

  /**
   * Opens a ticket on a channel with a contact, named by its id ({@link CreateTicket} builds the
   * request; {@link #openFor} starts from an identifier). Never resent once it may have reached the
   * server.
   */
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
   * there), then {@link #create} with that contact's id. The ticket create is an ordinary create:
   * never resent once it may have reached the server, so a broken connection then ends in {@link
   * com.trengo.client.error.TrengoOutcomeUnknownException} and the caller decides. Every argument is
   * checked before anything is sent.
   *
   * @param subject the ticket's subject; null for none
   * @throws TrengoValidationException when {@code channelId} is not positive, {@code identifier} is
   *     not one {@link CreateContactOnChannel.Builder#identifier} accepts, or {@code subject} is blank
   */
  public Ticket openFor(long channelId, String identifier, String subject) {
    checkOpenFor(channelId, identifier, subject);
    return create(ticketFor(contacts.getOrCreate(channelId, identifier, null), channelId, subject));
  }

  /** Async form of {@link #openFor(long, String, String)}; an invalid argument is thrown, not returned. */
  public CompletableFuture<Ticket> openForAsync(long channelId, String identifier, String subject) {
    checkOpenFor(channelId, identifier, subject);
    return contacts
        .getOrCreateAsync(channelId, identifier, null)
        .thenCompose(contact -> createAsync(ticketFor(contact, channelId, subject)));
  }

  /** openFor's arguments, in the order its problems are reported. */
  private static final List<String> OPEN_FOR_ARGUMENTS = List.of("channel_id", "identifier", "subject");

  /**
   * Every problem with openFor's arguments at once, before the contact is looked up or made: the rules
   * of the two requests it sends, the contact's ({@code identifier}) and the ticket's ({@code channel_id},
   * {@code subject}), checked by their builders.
   */
  private static void checkOpenFor(long channelId, String identifier, String subject) {
    List<FieldError> errors = new ArrayList<>();
    problemsOf(errors, () -> CreateContactOnChannel.builder().identifier(identifier).build());
    // The contact's id is not known yet: any positive one lets the builder check the ticket's own fields.
    problemsOf(errors, () -> CreateTicket.builder().channelId(channelId).contactId(1L).subject(subject).build());
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(error -> OPEN_FOR_ARGUMENTS.indexOf(error.field())));
      throw new TrengoValidationException("openFor", errors);
    }
  }

  /** Adds the fields {@code build} refuses to {@code errors}. */
  private static void problemsOf(List<FieldError> errors, Runnable build) {
    try {
      build.run();
    } catch (TrengoValidationException e) {
      errors.addAll(e.errors());
    }
  }

  /** The ticket with the contact found or made: by its id, so the ticket joins that contact and no other. */
  private static CreateTicketRequest ticketFor(Contact contact, long channelId, String subject) {
    return CreateTicket.builder().channelId(channelId).contactId(contact.getId()).subject(subject).build();
  }

  /**
   * Assigns the ticket to a user or a team ({@link com.trengo.client.builder.AssignTicket} builds the
   * request). Retried like a PUT: it sets a state, so sending it twice leaves what once does.
   */
  public Ticket assign(long ticketId, AssignTicketRequest request) {
    return executor.execute(api.assignTicket(ticketId, request));
  }

  /** Async form of {@link #assign(long, AssignTicketRequest)}. */
  public CompletableFuture<Ticket> assignAsync(long ticketId, AssignTicketRequest request) {
    return executor.executeAsync(api.assignTicket(ticketId, request));
  }

  /** Closes the ticket. Retried like a PUT: closing a closed ticket leaves it closed. */
  public Ticket close(long ticketId) {
    return executor.execute(api.closeTicket(ticketId, new CloseTicketRequest()));
  }

  /** Async form of {@link #close(long)}. */
  public CompletableFuture<Ticket> closeAsync(long ticketId) {
    return executor.executeAsync(api.closeTicket(ticketId, new CloseTicketRequest()));
  }

  /**
   * Closes the ticket with a ticket result (its outcome, one of the account's ticket results).
   * Retried like a PUT, as {@link #close(long)} is.
   *
   * @throws TrengoValidationException when {@code ticketResultId} is not positive; nothing is sent
   */
  public Ticket close(long ticketId, long ticketResultId) {
    return executor.execute(api.closeTicket(ticketId, closing(ticketResultId)));
  }

  /** Async form of {@link #close(long, long)}; an invalid argument is thrown, not returned. */
  public CompletableFuture<Ticket> closeAsync(long ticketId, long ticketResultId) {
    return executor.executeAsync(api.closeTicket(ticketId, closing(ticketResultId)));
  }

  /**
   * Closes the ticket with the ticket result called {@code resultName} (compared ignoring case, as
   * {@link TicketResultsService#findByName} finds it), so code can name the outcome ("Solved") rather
   * than keep its id: the result is looked up first ({@link TicketResultsService#listAll()}, a request a
   * page of results), then the ticket is closed with its id ({@link #close(long, long)}).
   *
   * @throws TrengoValidationException when {@code resultName} is null or blank (nothing is sent), or is
   *     no ticket result of the account (the ticket is not closed)
   */
  public Ticket closeWithResult(long ticketId, String resultName) {
    TicketResult result =
        ticketResults
            .findByName(resultName)
            .orElseThrow(() -> new TrengoValidationException("closeWithResult",
                List.of(FieldError.of("ticket_result", resultName, "is no ticket result of the account"))));
    return close(ticketId, result.getId());
  }

  private static CloseTicketRequest closing(long ticketResultId) {
    if (ticketResultId <= 0) {
      throw new TrengoValidationException(
          "CloseTicketRequest", List.of(FieldError.of("ticket_result_id", ticketResultId, "must be positive")));
    }
    return new CloseTicketRequest().ticketResultId(ticketResultId);
  }

  /** The ticket with this id, its contact embedded; {@link com.trengo.client.error.NotFoundException} if there is none. */
  public Ticket get(long ticketId) {
    return executor.execute(api.getTicket(ticketId));
  }

  /** Async form of {@link #get(long)}. */
  public CompletableFuture<Ticket> getAsync(long ticketId) {
    return executor.executeAsync(api.getTicket(ticketId));
  }

  /** Deletes the ticket and its messages. Resent after a failure like any DELETE: gone stays gone. */
  public void delete(long ticketId) {
    executor.execute(api.deleteTicket(ticketId));
  }

  /** Async form of {@link #delete(long)}. */
  public CompletableFuture<Void> deleteAsync(long ticketId) {
    return executor.executeAsync(api.deleteTicket(ticketId));
  }

  /**
   * Reopens a closed ticket: it is ASSIGNED again when it has a user or team, OPEN otherwise. Retried
   * like a PUT: reopening an open ticket leaves it open. Sends {@code {}}, as PyTrengo does.
   */
  public void reopen(long ticketId) {
    executor.execute(api.reopenTicket(ticketId, NO_FIELDS));
  }

  /** Async form of {@link #reopen(long)}. */
  public CompletableFuture<Void> reopenAsync(long ticketId) {
    return executor.executeAsync(api.reopenTicket(ticketId, NO_FIELDS));
  }

  /**
   * Merges the ticket {@code sourceTicketId} into {@code targetTicketId}: the source's messages move to
   * the target, and the source is deleted. Never resent once it may have reached the server: after a
   * merge the source is gone, so a second one would fail and hide that the first took effect.
   *
   * @throws TrengoValidationException when an id is not positive or the two are the same; nothing is sent
   */
  public void merge(long targetTicketId, long sourceTicketId) {
    executor.execute(api.mergeTickets(targetTicketId, merging(targetTicketId, sourceTicketId)));
  }

  /** Async form of {@link #merge(long, long)}; an invalid argument is thrown, not returned. */
  public CompletableFuture<Void> mergeAsync(long targetTicketId, long sourceTicketId) {
    return executor.executeAsync(api.mergeTickets(targetTicketId, merging(targetTicketId, sourceTicketId)));
  }

  /** Marks the ticket as spam. Retried like a PUT: it sets a state. */
  public void markAsSpam(long ticketId) {
    executor.execute(api.markTicketAsSpam(ticketId));
  }

  /** Async form of {@link #markAsSpam(long)}. */
  public CompletableFuture<Void> markAsSpamAsync(long ticketId) {
    return executor.executeAsync(api.markTicketAsSpam(ticketId));
  }

  /** Takes the spam mark off the ticket. */
  public void unmarkAsSpam(long ticketId) {
    executor.execute(api.unmarkTicketAsSpam(ticketId));
  }

  /** Async form of {@link #unmarkAsSpam(long)}. */
  public CompletableFuture<Void> unmarkAsSpamAsync(long ticketId) {
    return executor.executeAsync(api.unmarkTicketAsSpam(ticketId));
  }

  /**
   * Sets one custom field of the ticket ({@link com.trengo.client.builder.ContactCustomFieldValue}
   * builds the request: the body is the contact one's), replacing an earlier value; {@link
   * Ticket#getCustomFieldValues()} shows it. Retried like a PUT: it sets one value.
   */
  public void setCustomField(long ticketId, SetCustomFieldRequest request) {
    executor.execute(api.setTicketCustomField(ticketId, request));
  }

  /** Async form of {@link #setCustomField(long, SetCustomFieldRequest)}. */
  public CompletableFuture<Void> setCustomFieldAsync(long ticketId, SetCustomFieldRequest request) {
    return executor.executeAsync(api.setTicketCustomField(ticketId, request));
  }

  /**
   * Marks the ticket as a favorite of the token's agent. Retried like a PUT. No ticket field shows the
   * mark, so nothing here reads it back.
   */
  public void favorite(long ticketId) {
    executor.execute(api.favoriteTicket(ticketId));
  }

  /** Async form of {@link #favorite(long)}. */
  public CompletableFuture<Void> favoriteAsync(long ticketId) {
    return executor.executeAsync(api.favoriteTicket(ticketId));
  }

  /** Takes the favorite mark off the ticket. */
  public void unfavorite(long ticketId) {
    executor.execute(api.unfavoriteTicket(ticketId));
  }

  /** Async form of {@link #unfavorite(long)}. */
  public CompletableFuture<Void> unfavoriteAsync(long ticketId) {
    return executor.executeAsync(api.unfavoriteTicket(ticketId));
  }

  private static MergeTicketsRequest merging(long targetTicketId, long sourceTicketId) {
    List<FieldError> errors = new ArrayList<>();
    if (targetTicketId <= 0) {
      errors.add(FieldError.of("ticket_id", targetTicketId, "must be positive"));
    }
    if (sourceTicketId <= 0) {
      errors.add(FieldError.of("source_ticket_id", sourceTicketId, "must be positive"));
    } else if (sourceTicketId == targetTicketId) {
      errors.add(FieldError.of("source_ticket_id", sourceTicketId, "must differ from the ticket merged into"));
    }
    if (!errors.isEmpty()) {
      throw new TrengoValidationException("MergeTicketsRequest", errors);
    }
    return new MergeTicketsRequest().sourceTicketId(sourceTicketId);
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
        page -> page(page, list(query.toBuilder().page(page).build())),
        page -> Listing.pageOf(listAsync(query.toBuilder().page(page).build()), list -> page(page, list)),
        Ticket::getId);
  }

  private static Page<Ticket> page(int number, TicketList list) {
    return new Page<>(number, list.getData(), list.getMeta(), list.getLinks());
  }
}
