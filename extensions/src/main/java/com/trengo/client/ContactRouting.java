package com.trengo.client;

import com.trengo.client.builder.CreateContactOnChannel;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.ContactIdentifiers;
import com.trengo.client.internal.PageGuard;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.pagination.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Finding a contact by its exact identifier, and getting or creating one without a duplicate, on top
 * of the plain calls of {@link ContactsService}. Its public methods document the behaviour.
 */
final class ContactRouting {
  /** How many times {@link #getOrCreate} sends the create, at most. */
  static final int SENDS = 3;

  private final ContactsService contacts;

  ContactRouting(ContactsService contacts) {
    this.contacts = contacts;
  }

  /** See {@link ContactsService#findByIdentifier}. */
  Optional<Contact> find(String identifier) {
    String key = matchingKey(identifier);
    return contacts.listAll(identifier).stream().filter(c -> matches(c, key)).findFirst();
  }

  /** See {@link ContactsService#findByIdentifierAsync}. */
  CompletableFuture<Optional<Contact>> findAsync(String identifier) {
    String key = matchingKey(identifier);
    return searchFrom(identifier, key, 1, new PageGuard<>(Contact::getId));
  }

  /** See {@link ContactsService#getOrCreate}. */
  Contact getOrCreate(long channelId, String identifier, String name) {
    CreateContactOnChannelRequest request = onChannelRequest(channelId, identifier, name);
    List<TrengoOutcomeUnknownException> unknowns = new ArrayList<>();
    while (true) {
      try {
        return contacts.createOnChannel(channelId, request);
      } catch (TrengoOutcomeUnknownException unknown) {
        Optional<Contact> found;
        try {
          found = find(identifier);
        } catch (RuntimeException lookupFailed) {
          unknown.addSuppressed(lookupFailed);
          throw unknown;
        }
        if (found.isPresent()) {
          return found.get();
        }
        unknowns.add(unknown);
        if (unknowns.size() >= SENDS) {
          throw gaveUp(channelId, unknowns);
        }
      }
    }
  }

  /** See {@link ContactsService#getOrCreateAsync}. */
  CompletableFuture<Contact> getOrCreateAsync(long channelId, String identifier, String name) {
    CreateContactOnChannelRequest request = onChannelRequest(channelId, identifier, name);
    return getOrCreateAsync(channelId, request, new ArrayList<>());
  }

  private CompletableFuture<Contact> getOrCreateAsync(
      long channelId, CreateContactOnChannelRequest request, List<TrengoOutcomeUnknownException> unknowns) {
    return contacts.createOnChannelAsync(channelId, request)
        .handle(
            (contact, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(contact);
              }
              Throwable cause = unwrap(error);
              if (!(cause instanceof TrengoOutcomeUnknownException)) {
                return CompletableFuture.<Contact>failedFuture(cause);
              }
              TrengoOutcomeUnknownException unknown = (TrengoOutcomeUnknownException) cause;
              return findAsync(request.getIdentifier())
                  .handle(
                      (found, lookupError) -> {
                        if (lookupError != null) {
                          unknown.addSuppressed(unwrap(lookupError));
                          return CompletableFuture.<Contact>failedFuture(unknown);
                        }
                        if (found.isPresent()) {
                          return CompletableFuture.completedFuture(found.get());
                        }
                        unknowns.add(unknown);
                        if (unknowns.size() >= SENDS) {
                          return CompletableFuture.<Contact>failedFuture(
                              gaveUp(channelId, unknowns));
                        }
                        return getOrCreateAsync(channelId, request, unknowns);
                      })
                  .thenCompose(Function.identity());
            })
        .thenCompose(Function.identity());
  }

  /** One page of the term search, then the next only when this one holds no match. */
  private CompletableFuture<Optional<Contact>> searchFrom(
      String identifier, String key, int number, PageGuard<Contact> guard) {
    return contacts.listAsync(number, identifier)
        .thenCompose(
            list -> {
              Page<Contact> page = new Page<>(number, list.getData(), list.getMeta(), list.getLinks());
              Optional<Contact> match = page.items().stream().filter(c -> matches(c, key)).findFirst();
              if (match.isPresent()) {
                return CompletableFuture.completedFuture(match);
              }
              OptionalInt next;
              try {
                next = guard.next(number, page);
              } catch (TrengoPaginationException notMovingForward) {
                return CompletableFuture.failedFuture(notMovingForward);
              }
              return next.isEmpty()
                  ? CompletableFuture.completedFuture(Optional.empty())
                  : searchFrom(identifier, key, next.getAsInt(), guard);
            });
  }

  private static boolean matches(Contact contact, String key) {
    return contact.getIdentifier() != null && ContactIdentifiers.matchingKey(contact.getIdentifier()).equals(key);
  }

  /** The identifier's matching key, after the checks a builder applies to it. */
  private static String matchingKey(String identifier) {
    String problem = identifier == null ? "is required" : ContactIdentifiers.problem(identifier);
    if (problem != null) {
      throw new TrengoValidationException("contact identifier", List.of(FieldError.of("identifier", identifier, problem)));
    }
    return ContactIdentifiers.matchingKey(identifier);
  }

  /** The body, checked with the channel in the path, every failed field reported at once. */
  private static CreateContactOnChannelRequest onChannelRequest(long channelId, String identifier, String name) {
    List<FieldError> errors = new ArrayList<>();
    if (channelId <= 0) {
      errors.add(FieldError.of("channel_id", channelId, "must be positive"));
    }
    CreateContactOnChannelRequest request = null;
    try {
      request = CreateContactOnChannel.builder().identifier(identifier).name(name).build();
    } catch (TrengoValidationException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new TrengoValidationException("CreateContactOnChannelRequest", errors);
    }
    return request;
  }

  // The identifier stays out of the message: it is a customer's phone number or address.
  private static TrengoIoException gaveUp(long channelId, List<TrengoOutcomeUnknownException> unknowns) {
    TrengoOutcomeUnknownException last = unknowns.get(unknowns.size() - 1);
    IOException cause = last.getCause() instanceof IOException ? (IOException) last.getCause() : new IOException(last.getMessage());
    TrengoIoException e = new TrengoIoException(
        "creating the contact on channel " + channelId + " failed " + unknowns.size()
            + " times with the connection breaking after sending; each time a search found no contact"
            + " with the identifier afterwards, so none was created: " + last.getMessage(), cause);
    for (TrengoOutcomeUnknownException unknown : unknowns) {
      e.addSuppressed(unknown);
    }
    return e;
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
