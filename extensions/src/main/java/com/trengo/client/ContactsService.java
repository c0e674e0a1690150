package com.trengo.client;

import com.trengo.client.api.ContactsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.Contact;
import com.trengo.client.model.AddContactNoteRequest;
import com.trengo.client.model.ContactList;
import com.trengo.client.model.ContactNote;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.SetCustomFieldRequest;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.concurrent.CompletableFuture;

/** Contacts: the people behind conversations. Get one from {@link TrengoClient#contacts()}. */
public final class ContactsService {
  private final CallExecutor executor;
  private final ContactsApi api;

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

  /** Creates a contact. Never resent once it may have reached the server. */
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
   * have reached the server, like every POST.
   */
  public Contact createOnChannel(long channelId, CreateContactOnChannelRequest request) {
    return executor.execute(api.createContactOnChannel(channelId, request));
  }

  /** Async form of {@link #createOnChannel(long, CreateContactOnChannelRequest)}. */
  public CompletableFuture<Contact> createOnChannelAsync(long channelId, CreateContactOnChannelRequest request) {
    return executor.executeAsync(api.createContactOnChannel(channelId, request));
  }

  /**
   * Sets the value of one custom field of the contact. Never resent once it may have reached the
   * server: the API takes it as a POST.
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

  /** The contact with this id; {@link com.trengo.client.error.NotFoundException} if there is none. */
  public Contact get(long contactId) {
    return executor.execute(api.getContact(contactId));
  }

  /** Async form of {@link #get(long)}. */
  public CompletableFuture<Contact> getAsync(long contactId) {
    return executor.executeAsync(api.getContact(contactId));
  }

  /** Replaces the contact's fields. */
  public Contact update(long contactId, CreateContactRequest request) {
    return executor.execute(api.updateContact(contactId, request));
  }

  /** Async form of {@link #update(long, CreateContactRequest)}. */
  public CompletableFuture<Contact> updateAsync(long contactId, CreateContactRequest request) {
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
        page -> {
          ContactList list = list(page, term);
          return new Page<>(page, list.getData(), list.getMeta(), list.getLinks());
        },
        Contact::getId);
  }
}
