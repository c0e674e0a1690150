package com.trengo.client;

import com.trengo.client.builder.CreateContactOnChannel;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.CreateOnce;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.model.CreateContactRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Finding a contact by its identifier ({@link ContactIdentifier}'s rule), and creating one without a
 * duplicate ({@link CreateOnce}), on top of the plain calls of {@link ContactsService}. Its public
 * methods document the behaviour.
 */
final class ContactRouting {
  private final ContactsService contacts;

  ContactRouting(ContactsService contacts) {
    this.contacts = contacts;
  }

  /** See {@link ContactsService#findByIdentifier}. */
  Optional<Contact> find(String identifier) {
    ContactIdentifier wanted = parse(identifier);
    return contacts.listAll(wanted.searchTerm()).stream().filter(c -> wanted.matches(c.getIdentifier())).findFirst();
  }

  /** See {@link ContactsService#findByIdentifierAsync}. */
  CompletableFuture<Optional<Contact>> findAsync(String identifier) {
    ContactIdentifier wanted = parse(identifier);
    return contacts.listAll(wanted.searchTerm()).findFirstAsync(c -> wanted.matches(c.getIdentifier()));
  }

  /** See {@link ContactsService#getOrCreate}. */
  Contact getOrCreate(long channelId, String identifier, String name) {
    CreateContactOnChannelRequest request = onChannelRequest(channelId, identifier, name);
    return CreateOnce.run(CreateOnce.DEFAULT_SENDS, () -> contacts.createOnChannel(channelId, request),
        () -> find(identifier), "creating the contact on channel " + channelId).value();
  }

  /** See {@link ContactsService#getOrCreateAsync}. */
  CompletableFuture<Contact> getOrCreateAsync(long channelId, String identifier, String name) {
    CreateContactOnChannelRequest request = onChannelRequest(channelId, identifier, name);
    return CreateOnce.runAsync(CreateOnce.DEFAULT_SENDS, () -> contacts.createOnChannelAsync(channelId, request),
            () -> findAsync(identifier), "creating the contact on channel " + channelId)
        .thenApply(Created::value);
  }

  /** See {@link ContactsService#createOnce}. */
  Created<Contact> createOnce(CreateContactRequest request, int maxSends) {
    String identifier = identifierOf(request);
    return CreateOnce.run(maxSends, () -> contacts.create(request), () -> find(identifier), "creating the contact");
  }

  /** See {@link ContactsService#createOnceAsync}. */
  CompletableFuture<Created<Contact>> createOnceAsync(CreateContactRequest request, int maxSends) {
    String identifier = identifierOf(request);
    return CreateOnce.runAsync(maxSends, () -> contacts.createAsync(request), () -> findAsync(identifier),
        "creating the contact");
  }

  /** Any identifier a server may hold is looked up; only a missing or blank one is refused. */
  private static ContactIdentifier parse(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      throw new TrengoValidationException("contact identifier",
          List.of(FieldError.of("identifier", identifier, identifier == null ? "is required" : "must not be blank")));
    }
    return ContactIdentifier.of(identifier);
  }

  private static String identifierOf(CreateContactRequest request) {
    if (request == null) {
      throw new TrengoValidationException("CreateContactRequest", List.of(FieldError.of("body", null, "is required")));
    }
    parse(request.getIdentifier());
    return request.getIdentifier();
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
}
