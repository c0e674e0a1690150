package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.ContactNote;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.User;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * listContacts, createContact, getContact, updateContact, deleteContact, createContactOnChannel,
 * setContactCustomField, addContactNote.
 */
public final class ContactsHandler {

  private final SandboxStore store;
  private final Views views;

  /** Serves contacts from {@code store}. */
  public ContactsHandler(SandboxStore store, Views views) {
    this.store = store;
    this.views = views;
  }

  /** GET /contacts: by id, optionally searched with {@code term}; short pagination form, as Trengo's. */
  public ApiResponse list(ApiRequest request) {
    String term = request.queryParam("term").map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
    List<JsonObject> contacts =
        store.contacts().stream().filter(c -> term == null || matches(c, term)).map(views::contact).toList();
    return ApiResponse.ok(Pagination.simple(contacts, request));
  }

  /** POST /contacts. */
  public ApiResponse create(ApiRequest request) {
    ContactInput input = read(request);
    Contact contact =
        store.addContact(input.name, input.identifier, input.channelId, input.email, input.phone, request.now());
    return ApiResponse.created(views.contact(contact));
  }

  /** GET /contacts/{contact_id}[?include=notes]: with {@code notes} among the relations, its notes too. */
  public ApiResponse get(ApiRequest request) {
    Contact contact = find(request);
    boolean notes = request.queryParam("include").map(ContactsHandler::namesNotes).orElse(false);
    return ApiResponse.ok(notes ? views.contactWithNotes(contact) : views.contact(contact));
  }

  /**
   * PUT /contacts/{contact_id}: changes the fields the body names; none is required, and a null leaves
   * a field as it is. {@code contact_group_ids} replaces the contact's groups (each must exist; an empty
   * list leaves it in none), as the integrations send it beside {@code name}. {@code identifier}, {@code
   * channel_id}, {@code email} and {@code phone} are the seed's fields, applied when given.
   */
  public ApiResponse update(ApiRequest request) {
    Contact existing = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    String name = body.optionalString("name");
    List<Long> groupIds = body.optionalIds("contact_group_ids");
    String identifier = body.optionalString("identifier");
    Long channelId = body.optionalId("channel_id");
    String email = body.optionalString("email");
    String phone = body.optionalString("phone");
    body.requireExists("channel_id", channelId, store::channel);
    body.requireEachExists("contact_group_ids", groupIds, store::contactGroup);
    body.validate();
    Contact updated =
        existing.updated(
            name != null ? name : existing.name(),
            identifier != null ? identifier : existing.identifier(),
            channelId != null ? channelId : existing.channelId(),
            email != null ? email : existing.email(),
            phone != null ? phone : existing.phone(),
            request.now());
    store.putContact(updated);
    if (groupIds != null) {
      store.setGroups(existing.id(), groupIds);
    }
    return ApiResponse.ok(views.contact(updated));
  }

  /** DELETE /contacts/{contact_id}: 204, then the id is unknown. */
  public ApiResponse delete(ApiRequest request) {
    store.removeContact(find(request).id());
    return ApiResponse.noContent();
  }

  /**
   * POST /channels/{channel_id}/contacts: get-or-create by identifier. An unknown channel in the path is
   * 404 (route model binding, before the body is read). When a contact with the identifier exists (matched
   * as {@link SandboxStore#contactByIdentifier} matches everywhere, ignoring case) it is bound to the channel
   * and answered with 200, unchanged otherwise (a name in the body is ignored); else a new contact, bound to
   * the channel, is answered with 201. Repeating the call is therefore harmless.
   */
  public ApiResponse createOnChannel(ApiRequest request) {
    long channelId = request.pathModel("channel_id", "Channel", store::channel).id();
    BodyReader body = new BodyReader(request.jsonBody());
    String identifier = body.requiredString("identifier");
    String name = body.optionalString("name");
    body.validate();
    Optional<Contact> existing = store.contactByIdentifier(identifier);
    if (existing.isPresent()) {
      Contact bound = existing.get().boundTo(channelId);
      store.putContact(bound);
      return ApiResponse.ok(views.contact(bound));
    }
    return ApiResponse.created(
        views.contact(store.addContactReachedThrough(name, identifier, channelId, request.now())));
  }

  /**
   * POST /contacts/{contact_id}/custom_fields: sets one value, replacing any earlier one; 200 without a
   * body, as the contract declares none. An unknown custom_field_id is Laravel's {@code exists} failure, 422.
   */
  public ApiResponse setCustomField(ApiRequest request) {
    Contact contact = find(request);
    CustomFieldInput input = CustomFieldInput.read(request, store);
    store.putContact(contact.withCustomField(input.fieldId(), input.value()));
    return ApiResponse.okEmpty();
  }

  /**
   * POST /contacts/{contact_id}/notes: 201 with the note as Trengo answers it (the text in {@code body},
   * the token's agent as {@code user}, the contact), kept with the contact and deleted with it.
   */
  public ApiResponse addNote(ApiRequest request) {
    Contact contact = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    String note = body.requiredString("note");
    body.validate();
    Long author = store.tokenOwner().map(User::id).orElse(null);
    return ApiResponse.created(views.contactNote(store.addNote(contact.id(), note, author, request.now())));
  }

  /** DELETE /contacts/{contact_id}/notes/{note_id}: 204; a note that is not this contact's is 404. */
  public ApiResponse deleteNote(ApiRequest request) {
    long contactId = find(request).id();
    ContactNote note =
        request.pathModel("note_id", "Note", id -> store.notes(contactId).stream().filter(n -> n.id() == id).findFirst());
    store.removeNote(contactId, note.id());
    return ApiResponse.noContent();
  }

  private Contact find(ApiRequest request) {
    return request.pathModel("contact_id", "Contact", store::contact);
  }

  private ContactInput read(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    ContactInput input = new ContactInput();
    input.name = body.requiredString("name");
    input.identifier = body.requiredString("identifier");
    input.channelId = body.requiredId("channel_id");
    input.email = body.optionalString("email");
    input.phone = body.optionalString("phone");
    body.requireExists("channel_id", input.channelId, store::channel);
    body.validate();
    return input;
  }

  /** Whether a comma-separated relation list ({@code include}, {@code with}) names the notes. */
  static boolean namesNotes(String relations) {
    return Arrays.stream(relations.split(",")).map(String::trim).anyMatch("notes"::equals);
  }

  private static boolean matches(Contact contact, String term) {
    return contains(contact.name(), term)
        || contains(contact.identifier(), term)
        || contains(contact.email(), term)
        || contains(contact.phone(), term);
  }

  private static boolean contains(String field, String term) {
    return field != null && field.toLowerCase(Locale.ROOT).contains(term);
  }

  /** A validated create/update body. */
  private static final class ContactInput {
    String name;
    String identifier;
    Long channelId;
    String email;
    String phone;
  }
}
