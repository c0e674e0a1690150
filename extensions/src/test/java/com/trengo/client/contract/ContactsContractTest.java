package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.UnauthorizedException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.AddContactNoteRequest;
import com.trengo.client.model.Contact;
import com.trengo.client.model.ContactGroup;
import com.trengo.client.model.ContactList;
import com.trengo.client.model.ContactNote;
import com.trengo.client.model.CreateContactOnChannelRequest;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.SetCustomFieldRequest;
import com.trengo.client.model.UpdateContactRequest;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contacts through TrengoClient against the sandbox: list, create, get, update, delete. */
class ContactsContractTest {

  private static final long EMAIL_CHANNEL = 101;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createContact", "getContact"})
  void createsAContactThenGetsItBack(TrengoClient trengo) {
    Contact created = trengo.contacts().create(ada());

    Contact fetched = trengo.contacts().get(created.getId());

    assertTrue(created.getId() > 5064, "a new id after the 64 seeded contacts: " + created.getId());
    assertEquals(created.getId(), fetched.getId());
    assertEquals("Ada Lovelace", fetched.getName());
    assertEquals("ada@example.com", fetched.getIdentifier());
    assertEquals("+31612345678", fetched.getPhone());
    assertNotNull(fetched.getCreatedAt());
  }

  @Test
  @Covers({"updateContact", "getContact"})
  void updatesAContactThenGetsTheNewFields(TrengoClient trengo) {
    Contact before = trengo.contacts().get(5001);
    Contact updated = trengo.contacts().update(5001,
        new UpdateContactRequest().name("Ada King").identifier("ada.king@example.com").email("ada@example.com"));

    Contact fetched = trengo.contacts().get(5001);

    assertEquals(5001L, updated.getId());
    assertEquals("Ada King", fetched.getName());
    assertEquals("ada.king@example.com", fetched.getIdentifier());
    assertEquals("ada@example.com", fetched.getEmail());
    assertEquals(before.getPhone(), fetched.getPhone(), "a field the body leaves out is kept");
  }

  @Test
  @Covers({"updateContact", "getContact"})
  void putsAContactInGroupsByIdAndANullLeavesThemAsTheyAre(TrengoClient trengo) {
    trengo.contacts().update(5001, new UpdateContactRequest().name("Greta M.").contactGroupIds(List.of(901L, 902L)));
    Contact renamedOnly = trengo.contacts().update(5001, new UpdateContactRequest().name("Greta Mulder"));

    assertEquals(List.of(901L, 902L), renamedOnly.getGroups().stream().map(ContactGroup::getId).toList());
    assertEquals("Greta Mulder", trengo.contacts().get(5001).getName());
    assertEquals(List.of(), trengo.contacts().update(5001, new UpdateContactRequest().contactGroupIds(List.of()))
        .getGroups());
  }

  @Test
  @Covers("updateContact")
  void anUnknownContactGroupIs422NamingIt(TrengoClient trengo) {
    UnprocessableEntityException rejected = assertThrows(UnprocessableEntityException.class,
        () -> trengo.contacts().update(5001, new UpdateContactRequest().contactGroupIds(List.of(901L, 999L))));

    assertEquals(List.of("The selected contact group ids.1 is invalid."), rejected.errors().get("contact_group_ids.1"));
  }

  @Test
  @Covers({"deleteContact", "getContact"})
  void deletesAContactThenGetIsNotFound(TrengoClient trengo) {
    assertEquals(5001L, trengo.contacts().get(5001).getId());

    trengo.contacts().delete(5001);

    NotFoundException gone = assertThrows(NotFoundException.class, () -> trengo.contacts().get(5001));
    assertEquals(404, gone.statusCode());
    assertThrows(NotFoundException.class, () -> trengo.contacts().delete(5001));
  }

  @Test
  @Covers("listContacts")
  void listsEverySeededContactByFollowingLinksNext(TrengoClient trengo) {
    ContactList first = trengo.contacts().list(1, null);

    List<Long> ids = trengo.contacts().listAll(null).stream().map(Contact::getId).toList();

    assertEquals(25, first.getData().size());
    assertNull(first.getLinks().getLast(), "the short pagination form has no last page");
    assertNotNull(first.getLinks().getNext());
    assertEquals(64, ids.size());
    assertEquals(64, Set.copyOf(ids).size());
    assertEquals(1 + 3, requests("GET", "/contacts"), "one page, then the walk over three pages");
  }

  @Test
  @Covers({"createContact", "listContacts"})
  void findsACreatedContactByTerm(TrengoClient trengo) {
    Contact created = trengo.contacts().create(ada().identifier("ada.term@example.com"));

    ContactList found = trengo.contacts().list(1, "ada.term@");

    assertEquals(List.of(created.getId()), found.getData().stream().map(Contact::getId).toList());
  }

  @Test
  @Covers("listContacts")
  void searchesByAPhonePrefixWithAPlusSign(TrengoClient trengo) {
    List<Contact> all = trengo.contacts().listAll(null).stream().toList();
    String prefix =
        all.stream().map(Contact::getPhone).filter(p -> p != null).findFirst().orElseThrow().substring(0, 6);
    List<Long> expected =
        all.stream().filter(c -> c.getPhone() != null && c.getPhone().contains(prefix)).map(Contact::getId).toList();

    List<Long> found = trengo.contacts().listAll(prefix).stream().map(Contact::getId).toList();

    assertTrue(prefix.startsWith("+316"), prefix);
    assertEquals(expected, found, "a '+' in the term is a plus, not a space");
  }

  @Test
  @Covers("createContact")
  void anUnknownChannelIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(UnprocessableEntityException.class, () -> trengo.contacts().create(ada().channelId(999L)));

    assertEquals(422, rejected.statusCode());
    assertEquals(List.of("The selected channel id is invalid."), rejected.errors().get("channel_id"));
    assertEquals(Set.of("channel_id"), rejected.errors().keySet());
  }

  @Test
  @Covers("listContacts")
  void aWrongTokenIs401Unauthorized() {
    try (TrengoClient wrong = client.builder().token("not-the-sandbox-token").build()) {
      UnauthorizedException denied = assertThrows(UnauthorizedException.class, () -> wrong.contacts().list(1, null));

      assertEquals(401, denied.statusCode());
      assertEquals(Optional.of("Unauthenticated."), denied.serverMessage());
    }
  }

  @Test
  @Covers({"createContact", "listContacts"})
  void aCreateWhoseConnectionDropsAfterItIsAppliedIsNotSentAgain(TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("POST", "/contacts", FaultType.RESET_AFTER_APPLY);

    assertThrows(
        TrengoOutcomeUnknownException.class,
        () -> trengo.contacts().create(ada().identifier("ada.once@example.com")));

    List<ReceivedRequest> posts = sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/contacts")).toList();
    assertEquals(1, posts.size(), "sent once, never resent: " + posts);
    assertEquals(Optional.of(FaultType.RESET_AFTER_APPLY), posts.get(0).fault());
    assertEquals(1, trengo.contacts().list(1, "ada.once@").getData().size(), "exactly one record exists");
  }

  @Test
  @Covers({"createContact", "listContacts"})
  void aCreateWhoseAnswerIsCutShortIsAnUnknownOutcomeWithItsStatusAndExcerpt(TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("POST", "/contacts", FaultType.MALFORMED_BODY);

    TrengoOutcomeUnknownException unknown =
        assertThrows(
            TrengoOutcomeUnknownException.class,
            () -> trengo.contacts().create(ada().identifier("ada.cut@example.com")));

    assertTrue(unknown.getMessage().contains("POST /api/v2/contacts may have been applied"), unknown.getMessage());
    assertFalse(unknown.getMessage().contains("was applied"), "never 'applied' without proof: " + unknown.getMessage());
    assertEquals(201, unknown.statusCode().orElseThrow());
    assertTrue(unknown.bodyExcerpt().startsWith("{\"id\":"), unknown.bodyExcerpt());
    assertEquals(1, trengo.contacts().list(1, "ada.cut@").getData().size(), "applied once, not resent");
  }

  @Test
  @Covers("getContact")
  void aGetWhoseAnswerIsCutShortIsRetriedAndFailsWithStatusAndExcerptOnlyWhenEveryTryWas(
      TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("GET", "/contacts/{contact_id}", FaultType.MALFORMED_BODY, 2);
    assertEquals(5001L, trengo.contacts().get(5001).getId());
    assertEquals(3, requests("GET", "/contacts/5001"), "two cut answers, then a whole one");

    sandbox.faults().next("GET", "/contacts/{contact_id}", FaultType.MALFORMED_BODY, 3);
    CompletionException async = assertThrows(CompletionException.class, () -> trengo.contacts().getAsync(5001).join());

    TrengoDecodingException unreadable = assertInstanceOf(TrengoDecodingException.class, async.getCause());
    assertTrue(unreadable.getMessage().contains("GET /api/v2/contacts/5001"), unreadable.getMessage());
    assertTrue(unreadable.getMessage().contains("200 (application/json"), unreadable.getMessage());
    assertFalse(unreadable.getMessage().contains("setStrictness"), "no parser advice: " + unreadable.getMessage());
  }

  @Test
  @Covers("getContact")
  void aGetWhoseConnectionDropsBeforeItIsAppliedIsRetried(TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("GET", "/contacts/{contact_id}", FaultType.RESET_BEFORE_APPLY);

    Contact contact = trengo.contacts().get(5002);

    assertEquals(5002L, contact.getId());
    assertEquals(2, requests("GET", "/contacts/5002"));
    assertEquals(1, client.retryWaits().size(), "one backoff before the retry");
  }

  @Test
  @Covers("createContactOnChannel")
  void creatingOnAChannelTwiceGivesTheSameContactBoundToTheChannel(TrengoClient trengo) {
    Contact created =
        trengo.contacts().createOnChannel(EMAIL_CHANNEL, new CreateContactOnChannelRequest().identifier("grace@example.com").name("Grace"));
    Contact again =
        trengo.contacts().createOnChannel(EMAIL_CHANNEL, new CreateContactOnChannelRequest().identifier("grace@example.com"));

    assertEquals(created.getId(), again.getId(), "the API answers the known contact, not a second one");
    assertEquals("Grace", again.getName());
    assertTrue(again.getChannels().stream().anyMatch(c -> c.getId() == EMAIL_CHANNEL), again.getChannels().toString());
    assertEquals(1, trengo.contacts().list(1, "grace@").getData().size());
  }

  @Test
  @Covers({"createContactOnChannel", "listContacts"})
  void getOrCreateAfterAResetOnceTheCreateWasAppliedLeavesExactlyOneContact(TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("POST", "/channels/{channel_id}/contacts", FaultType.RESET_AFTER_APPLY);

    Contact contact = trengo.contacts().getOrCreate(EMAIL_CHANNEL, "hopper@example.com", "Grace Hopper");

    assertEquals("hopper@example.com", contact.getIdentifier());
    List<ReceivedRequest> posts =
        sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/channels/101/contacts")).toList();
    assertEquals(1, posts.size(), "found by its identifier, so not sent again: " + posts);
    assertEquals(Optional.of(FaultType.RESET_AFTER_APPLY), posts.get(0).fault());
    assertEquals(1, trengo.contacts().list(1, "hopper@").getData().size(), "exactly one contact exists");
  }

  @Test
  @Covers({"createContactOnChannel", "listContacts"})
  void getOrCreateAfterAResetBeforeTheCreateWasAppliedSendsItOnceMore(TrengoClient trengo, TrengoSandbox sandbox) {
    sandbox.faults().next("POST", "/channels/{channel_id}/contacts", FaultType.RESET_BEFORE_APPLY);

    Contact contact = trengo.contacts().getOrCreate(EMAIL_CHANNEL, "lamarr@example.com", "Hedy Lamarr");

    assertEquals("Hedy Lamarr", contact.getName());
    assertEquals(2, requests("POST", "/channels/101/contacts"), "not applied, so sent again");
    assertEquals(1, trengo.contacts().list(1, "lamarr@").getData().size(), "exactly one contact exists");
  }

  @Test
  @Covers({"getContact", "listContacts"})
  void findsAContactByItsExactIdentifier(TrengoClient trengo) {
    Contact seeded = trengo.contacts().get(5002);

    Optional<Contact> found = trengo.contacts().findByIdentifier(seeded.getIdentifier().toUpperCase());
    Optional<Contact> missing = trengo.contacts().findByIdentifier("nobody-at-all@example.com");

    assertEquals(Optional.of(seeded.getId()), found.map(Contact::getId), "emails compare without case");
    assertEquals(Optional.empty(), missing);
  }

  @Test
  @Covers({"setContactCustomField", "getContact"})
  void setsACustomFieldValueThatTheContactThenCarries(TrengoClient trengo) {
    trengo.contacts().setCustomField(5003, new SetCustomFieldRequest().customFieldId(501L).value("CUST-0042"));

    Contact contact = trengo.contacts().get(5003);

    assertEquals("CUST-0042", contact.getCustomFieldData().get("Customer number"));
  }

  @Test
  @Covers("setContactCustomField")
  void anUnknownCustomFieldIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.contacts().setCustomField(5003, new SetCustomFieldRequest().customFieldId(999L).value("x")));

    assertTrue(rejected.errors().containsKey("custom_field_id"), rejected.errors().toString());
  }

  @Test
  @Covers("addContactNote")
  void addsANoteToAContact(TrengoClient trengo) {
    ContactNote note = trengo.contacts().addNote(5001, new AddContactNoteRequest().note("Prefers email."));

    assertNotNull(note.getId());
    assertEquals("Prefers email.", note.getBody(), "the text is in body, as Trengo answers it");
    assertEquals(201L, note.getUser().getId(), "written by the token's agent");
    assertEquals(5001L, note.getContact().getId());
    Contact withNotes = trengo.contacts().getWithNotes(5001);
    assertEquals(List.of(note.getId()), withNotes.getNotes().stream().map(ContactNote::getId).toList());
    assertEquals(List.of(), trengo.contacts().get(5001).getNotes(), "notes only with include=notes");
    assertThrows(
        NotFoundException.class,
        () -> trengo.contacts().addNote(999_999, new AddContactNoteRequest().note("Nobody reads this.")));
  }

  private static CreateContactRequest ada() {
    return new CreateContactRequest()
        .name("Ada Lovelace")
        .identifier("ada@example.com")
        .channelId(EMAIL_CHANNEL)
        .email("ada@example.com")
        .phone("+31612345678");
  }

  private static long requests(String method, String path) {
    return sandbox.sandbox().receivedRequests().stream().filter(r -> r.is(method, path)).count();
  }

  @Test
  @Covers({"addContactNote", "deleteContactNote", "getContact"})
  void aDeletedNoteLeavesTheContactsNotesAndOnlyItsOwnContactCanDeleteIt(TrengoClient trengo) {
    ContactNote kept = trengo.contacts().addNote(5003, new AddContactNoteRequest().note("Keep me."));
    ContactNote gone = trengo.contacts().addNote(5003, new AddContactNoteRequest().note("Delete me."));

    assertThrows(NotFoundException.class, () -> trengo.contacts().deleteNote(5004, gone.getId()), "not 5004's note");
    trengo.contacts().deleteNoteAsync(5003, gone.getId()).join();

    assertEquals(List.of(kept.getId()),
        trengo.contacts().getWithNotes(5003).getNotes().stream().map(ContactNote::getId).toList());
  }
}
