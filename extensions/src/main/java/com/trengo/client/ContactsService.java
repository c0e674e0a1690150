package com.trengo.client;

import com.trengo.client.api.ContactsApi;
import com.trengo.client.builder.CreateContactOnChannel;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.internal.CreateOnce;
import com.trengo.client.model.AddContactNoteRequest;
import com.trengo.client.model.Contact;
import com.trengo.client.model.ContactList;
import com.trengo.client.model.ContactNote;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.SetCustomFieldRequest;
import com.trengo.client.model.UpdateContactRequest;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Contacts: the people behind conversations. Get one from {@link TrengoClient#contacts()}. */
public final class ContactsService {
  /** The relation {@code include} loads the notes with. */
  private static final String NOTES = "notes";

  private final CallExecutor executor;
  private final ContactsApi api;
  private final ContactRouting routing = new ContactRouting(this);

  ContactsService(CallExecutor executor, ContactsApi api) {
    this.executor = executor;
    this.api = api;
  }

  /** One page of contacts (25 a page), filtered by {@code term} when it is not null. */
  public ContactList list(int page, String term) {
    return executor.execute(api.listContacts(page, term));
  }

  /** Async form of {@link #list(int, String)}. */
  public CompletableFuture<ContactList> listAsync(int page, String term) {
    return executor.executeAsync(api.listContacts(page, term));
  }

  /**
   * Creates a contact. Never resent once it may have reached the server; {@link #createOnce} is the
   * call that recovers from an unknown outcome without a duplicate.
   */
  public Contact create(CreateContactRequest request) {
    return executor.execute(api.createContact(request));
  }

  /** Async form of {@link #create(CreateContactRequest)}. */
  public CompletableFuture<Contact> createAsync(CreateContactRequest request) {
    return executor.executeAsync(api.createContact(request));
  }

  /**
   * Creates a contact on the channel, or returns the existing one when the channel already has a
   * contact with this identifier (the server answers 200 instead of 201). Never resent once it may
   * have reached the server, like every POST; {@link #getOrCreate} is the call that recovers from an
   * unknown outcome.
   */
  public Contact createOnChannel(long channelId, CreateContactOnChannelRequest request) {
    return executor.execute(api.createContactOnChannel(channelId, request));
  }

  /** Async form of {@link #createOnChannel(long, CreateContactOnChannelRequest)}. */
  public CompletableFuture<Contact> createOnChannelAsync(long channelId, CreateContactOnChannelRequest request) {
    return executor.executeAsync(api.createContactOnChannel(channelId, request));
  }

  /**
   * Sets the value of one custom field of the contact. Although the API takes it as a POST, it sets a
   * value, so it is retried like a PUT (after a 502/503/504 or a broken connection).
   */
  public void setCustomField(long contactId, SetCustomFieldRequest request) {
    executor.execute(api.setContactCustomField(contactId, request));
  }

  /** Async form of {@link #setCustomField(long, SetCustomFieldRequest)}. */
  public CompletableFuture<Void> setCustomFieldAsync(long contactId, SetCustomFieldRequest request) {
    return executor.executeAsync(api.setContactCustomField(contactId, request));
  }

  /** Adds a note to the contact, for agents to read. Never resent once it may have reached the server. */
  public ContactNote addNote(long contactId, AddContactNoteRequest request) {
    return executor.execute(api.addContactNote(contactId, request));
  }

  /** Async form of {@link #addNote(long, AddContactNoteRequest)}. */
  public CompletableFuture<ContactNote> addNoteAsync(long contactId, AddContactNoteRequest request) {
    return executor.executeAsync(api.addContactNote(contactId, request));
  }

  /** Deletes a note of the contact. Resent after a failure like any DELETE. */
  public void deleteNote(long contactId, long noteId) {
    executor.execute(api.deleteContactNote(contactId, noteId));
  }

  /** Async form of {@link #deleteNote(long, long)}. */
  public CompletableFuture<Void> deleteNoteAsync(long contactId, long noteId) {
    return executor.executeAsync(api.deleteContactNote(contactId, noteId));
  }

  /** The contact with this id; {@link com.trengo.client.error.NotFoundException} if there is none. */
  public Contact get(long contactId) {
    return executor.execute(api.getContact(contactId, null));
  }

  /** Async form of {@link #get(long)}. */
  public CompletableFuture<Contact> getAsync(long contactId) {
    return executor.executeAsync(api.getContact(contactId, null));
  }

  /** The contact with this id and its notes ({@code include=notes}), in {@link Contact#getNotes()}. */
  public Contact getWithNotes(long contactId) {
    return executor.execute(api.getContact(contactId, NOTES));
  }

  /** Async form of {@link #getWithNotes(long)}. */
  public CompletableFuture<Contact> getWithNotesAsync(long contactId) {
    return executor.executeAsync(api.getContact(contactId, NOTES));
  }

  /**
   * Changes the fields the request names; a field left null stays as it is. Real integrations send
   * {@code name} and {@code contact_group_ids} (which replaces the contact's groups).
   */
  public Contact update(long contactId, UpdateContactRequest request) {
    return executor.execute(api.updateContact(contactId, request));
  }

  /** Async form of {@link #update(long, UpdateContactRequest)}. */
  public CompletableFuture<Contact> updateAsync(long contactId, UpdateContactRequest request) {
    return executor.executeAsync(api.updateContact(contactId, request));
  }

  /** Deletes the contact. */
  public void delete(long contactId) {
    executor.execute(api.deleteContact(contactId));
  }

  /** Async form of {@link #delete(long)}. */
  public CompletableFuture<Void> deleteAsync(long contactId) {
    return executor.executeAsync(api.deleteContact(contactId));
  }

  /**
   * Every contact (filtered by {@code term} when it is not null), fetched page by page as the walk
   * reaches it. Follows {@code links.next}: the real contacts list has no last page number.
   */
  public AutoPager<Contact> listAll(String term) {
    return AutoPager.of(
        page -> page(page, list(page, term)),
        page -> Listing.pageOf(listAsync(page, term), list -> page(page, list)),
        Contact::getId);
  }

  private static Page<Contact> page(int number, ContactList list) {
    return new Page<>(number, list.getData(), list.getMeta(), list.getLinks());
  }

  /**
   * The contact whose identifier is {@code identifier}, or empty when there is none. An exact match by
   * {@link ContactIdentifier}'s rule, unlike {@link #list(int, String)}'s fuzzy {@code term}: the term
   * search ({@link ContactIdentifier#searchTerm()}) is walked page by page, lazily, and stops at the
   * first contact whose identifier is the same contact:
   *
   * <ul>
   *   <li>a phone number in E.164, whatever the formatting, so {@code "+31 6 1234 5678"}, {@code
   *       "0031612345678"} and {@code "31612345678"} (WhatsApp's form) all find {@code "+31612345678"};
   *   <li>an email address without regard to case;
   *   <li>any other identifier (chat, social ids) exactly, case included.
   * </ul>
   *
   * <p>Any identifier a server may hold is looked up (an email address with an emoji, say); contacts the
   * term search does not return are not found; near-matches it does return ({@code "+316123456789"} for
   * {@code "+31612345678"}, {@code "ada@example.com.au"}) are skipped.
   *
   * @throws TrengoValidationException when {@code identifier} is null or blank; nothing is sent
   */
  public Optional<Contact> findByIdentifier(String identifier) {
    return routing.find(identifier);
  }

  /**
   * Async form of {@link #findByIdentifier(String)}: each page is fetched when the previous one had
   * no match. A missing identifier is thrown, not returned.
   */
  public CompletableFuture<Optional<Contact>> findByIdentifierAsync(String identifier) {
    return routing.findAsync(identifier);
  }

  /**
   * The contact with this identifier on the channel, created (with {@code name}, which may be null)
   * when there is none; never a duplicate. It sends {@link #createOnChannel}, which the server answers
   * with the existing contact when the identifier is known, through the library's one "create once"
   * routine: other failures (422, 404, ...) are thrown as they are; after an unknown outcome ({@link
   * TrengoOutcomeUnknownException}: a connection broken after sending, a 5xx or a redirect, an answer
   * that could not be read):
   *
   * <ol>
   *   <li>the identifier is looked up with {@link #findByIdentifier(String)}; found, that contact is
   *       returned (the create was applied, or the contact existed);
   *   <li>not found, the create was not applied, so it is sent once more: that cannot make a
   *       duplicate (and the server returns the existing contact for a known identifier anyway);
   *   <li>at most 3 sends in all: when the third also ends unknown and the lookup still finds nothing,
   *       a {@link TrengoIoException} (not the outcome-unknown subclass: no contact was found, so none
   *       was made) is thrown, with each unknown outcome attached as suppressed. Calling again later
   *       is safe.
   * </ol>
   *
   * <p>If a lookup itself fails, the {@link TrengoOutcomeUnknownException} of the create is thrown,
   * with the lookup's failure attached as suppressed: then whether the contact exists is truly
   * unknown. Each request goes through the client's retries and rate limiter as usual.
   *
   * @throws TrengoValidationException when {@code channelId} is not positive, {@code identifier} is
   *     not one {@link CreateContactOnChannel} accepts or {@code name} is blank; nothing is sent
   */
  public Contact getOrCreate(long channelId, String identifier, String name) {
    return routing.getOrCreate(channelId, identifier, name);
  }

  /**
   * Async form of {@link #getOrCreate(long, String, String)}, with the same steps; an invalid argument
   * is thrown, not returned.
   */
  public CompletableFuture<Contact> getOrCreateAsync(long channelId, String identifier, String name) {
    return routing.getOrCreateAsync(channelId, identifier, name);
  }

  /**
   * Creates the contact with {@link #create}, never twice: the same steps as {@link #getOrCreate}, with
   * at most 3 sends. After an unknown outcome the request's identifier is looked up; a contact found
   * then is returned as the result ({@link Created#foundByLookup()}), whether this create made it or
   * it existed before. Use it where a contact must exist exactly once (an import, a sync).
   *
   * @throws TrengoValidationException when the request or its identifier is missing; nothing is sent
   */
  public Created<Contact> createOnce(CreateContactRequest request) {
    return createOnce(request, CreateOnce.DEFAULT_SENDS);
  }

  /** {@link #createOnce(CreateContactRequest)} with at most {@code maxSends} sends (at least 1). */
  public Created<Contact> createOnce(CreateContactRequest request, int maxSends) {
    return routing.createOnce(request, maxSends);
  }

  /** Async form of {@link #createOnce(CreateContactRequest, int)}, with the same steps. */
  public CompletableFuture<Created<Contact>> createOnceAsync(CreateContactRequest request, int maxSends) {
    return routing.createOnceAsync(request, maxSends);
  }
}
