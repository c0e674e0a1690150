package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.util.List;
import java.util.Locale;

/** listContacts, createContact, getContact, updateContact, deleteContact. */
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

  /** GET /contacts/{contact_id}. */
  public ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(views.contact(find(request)));
  }

  /** PUT /contacts/{contact_id}: replaces the fields the body names (the same body as create). */
  public ApiResponse update(ApiRequest request) {
    Contact existing = find(request);
    ContactInput input = read(request);
    Contact updated =
        new Contact(
            existing.id(),
            input.name,
            input.identifier,
            input.channelId,
            input.email != null ? input.email : existing.email(),
            input.phone != null ? input.phone : existing.phone(),
            existing.createdAt());
    store.putContact(updated);
    return ApiResponse.ok(views.contact(updated));
  }

  /** DELETE /contacts/{contact_id}: 204, then the id is unknown. */
  public ApiResponse delete(ApiRequest request) {
    store.removeContact(find(request).id());
    return ApiResponse.noContent();
  }

  private Contact find(ApiRequest request) {
    long id = request.pathId("contact_id", "Contact");
    return store.contact(id).orElseThrow(() -> new NotFoundException("Contact", id));
  }

  private ContactInput read(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    ContactInput input = new ContactInput();
    input.name = body.requiredString("name");
    input.identifier = body.requiredString("identifier");
    input.channelId = body.requiredId("channel_id");
    input.email = body.optionalString("email");
    input.phone = body.optionalString("phone");
    if (input.channelId != null && store.channel(input.channelId).isEmpty()) {
      body.rejectUnknown("channel_id");
    }
    body.validate();
    return input;
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
