package com.trengo.sandbox.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The sandbox's in-memory account: everything the API remembers, keyed by id.
 *
 * <p>Every method is synchronized; a request that reads and then writes runs inside {@link
 * #atomically} so that the eight threads of a client under test see each request applied whole.
 */
public final class SandboxStore {

  /** Real Trengo message ids passed 2^31 in 2024; the sandbox starts where they were then. */
  public static final long FIRST_MESSAGE_ID = 3_448_655_702L;

  private State state = new State();

  /** Runs {@code work} holding the store's lock, so that it sees and leaves a consistent store. */
  public synchronized <T> T atomically(Supplier<T> work) {
    return work.get();
  }

  /** Forgets everything and restarts every id sequence. */
  public synchronized void clear() {
    state = new State();
  }

  // Channels, users, teams, labels, templates: seeded, mostly read-only.

  /** Adds a channel with the next channel id. */
  public synchronized Channel addChannel(String name, String type) {
    return state.channels.add(id -> new Channel(id, name, type));
  }

  /** All channels, by id. */
  public synchronized List<Channel> channels() {
    return state.channels.all();
  }

  /** The channel with this id, if any. */
  public synchronized Optional<Channel> channel(long id) {
    return state.channels.get(id);
  }

  /** Adds a user with the next user id. */
  public synchronized User addUser(String name, String email, boolean admin) {
    return state.users.add(id -> new User(id, name, email, admin));
  }

  /** All users, by id. */
  public synchronized List<User> users() {
    return state.users.all();
  }

  /** The user with this id, if any. */
  public synchronized Optional<User> user(long id) {
    return state.users.get(id);
  }

  /** Adds a team without channels or agents, with the next team id. */
  public synchronized Team addTeam(String name) {
    return state.teams.add(id -> new Team(id, name, List.of(), List.of()));
  }

  /** The teams, for their resource's routes. */
  public Records<Team> teamRecords() {
    return new Records<>(this, () -> state.teams);
  }

  /** Removes a team; its tickets keep their status and agent but have no team afterwards. True if it existed. */
  public synchronized boolean removeTeam(long id) {
    state.tickets.all().stream()
        .filter(ticket -> Long.valueOf(id).equals(ticket.teamId()))
        .forEach(ticket -> state.tickets.put(ticket.withoutTeam()));
    return state.teams.remove(id);
  }

  /** The team with this id, if any. */
  public synchronized Optional<Team> team(long id) {
    return state.teams.get(id);
  }

  /** Adds a label with the next label id. */
  public synchronized Label addLabel(String name, String color) {
    return state.labels.add(id -> new Label(id, name, color));
  }

  /** The labels, for their resource's routes. */
  public Records<Label> labelRecords() {
    return new Records<>(this, () -> state.labels);
  }

  /** Removes a label, from every ticket too; true if it existed. */
  public synchronized boolean removeLabel(long id) {
    state.tickets.all().forEach(ticket -> state.tickets.put(ticket.unlabelled(id, ticket.updatedAt())));
    return state.labels.remove(id);
  }

  /** All labels, by id. */
  public synchronized List<Label> labels() {
    return state.labels.all();
  }

  /** The label with this id, if any. */
  public synchronized Optional<Label> label(long id) {
    return state.labels.get(id);
  }

  /** Adds a ticket result (an outcome to close a ticket with) with the next id. */
  public synchronized TicketResult addTicketResult(String name) {
    return state.ticketResults.add(id -> new TicketResult(id, name, null));
  }

  /** The help centers. */
  public Records<HelpCenter> helpCenterRecords() {
    return new Records<>(this, () -> state.helpCenters);
  }

  /** The categories of every help center. */
  public Records<HelpCenterItem> helpCenterCategoryRecords() {
    return new Records<>(this, () -> state.helpCenterCategories);
  }

  /** The articles of every help center. */
  public Records<HelpCenterItem> helpCenterArticleRecords() {
    return new Records<>(this, () -> state.helpCenterArticles);
  }

  /** The blocks of every help center. */
  public Records<HelpCenterItem> helpCenterBlockRecords() {
    return new Records<>(this, () -> state.helpCenterBlocks);
  }

  /** The SMS messages sent. */
  public Records<SmsMessage> smsMessageRecords() {
    return new Records<>(this, () -> state.smsMessages);
  }

  /** What is left in the wallet SMS messages are paid from, in cents. */
  public synchronized long walletCents() {
    return state.walletCents;
  }

  /**
   * Sends an SMS from {@code channelId}, paid from the wallet; empty, and nothing sent, when the wallet
   * holds less than {@code costCents}.
   */
  public synchronized Optional<SmsMessage> sendSms(long channelId, String to, String message, long costCents, Instant at) {
    if (state.walletCents < costCents) {
      return Optional.empty();
    }
    state.walletCents -= costCents;
    return Optional.of(state.smsMessages.add(id -> new SmsMessage(id, channelId, to, message, costCents, at)));
  }

  /** Sets what the wallet holds, in cents (the seed's starting balance). */
  public synchronized void setWalletCents(long cents) {
    state.walletCents = cents;
  }

  /** Records that a closed ticket was reopened at {@code at}, for the reporting metrics. */
  public synchronized void recordReopening(long ticketId, Instant at) {
    state.reopenings.computeIfAbsent(ticketId, id -> new ArrayList<>()).add(at);
  }

  /** When each ticket was reopened, by ticket id. */
  public synchronized Map<Long, List<Instant>> reopenings() {
    Map<Long, List<Instant>> copy = new TreeMap<>();
    state.reopenings.forEach((id, times) -> copy.put(id, List.copyOf(times)));
    return copy;
  }

  /** The ticket results, for their resource's routes. */
  public Records<TicketResult> ticketResultRecords() {
    return new Records<>(this, () -> state.ticketResults);
  }

  /** Adds a quick reply with the next id. */
  public synchronized QuickReply addQuickReply(String title, String message, String type) {
    return state.quickReplies.add(id -> new QuickReply(id, title, message, type, List.of()));
  }

  /** The quick replies, for their resource's routes. */
  public Records<QuickReply> quickReplyRecords() {
    return new Records<>(this, () -> state.quickReplies);
  }

  /** The ticket result with this id, if any. */
  public synchronized Optional<TicketResult> ticketResult(long id) {
    return state.ticketResults.get(id);
  }

  /**
   * The agent the sandbox's token belongs to: the first user, the account's admin. Notes and messages
   * sent through the API are theirs, as a real token's are its owner's.
   */
  public synchronized Optional<User> tokenOwner() {
    return state.users.all().stream().findFirst();
  }

  /** Adds an approved WhatsApp template with the next template (HSM) id. */
  public synchronized WhatsAppTemplate addTemplate(String name, String text) {
    return state.templates.add(id -> new WhatsAppTemplate(id, name, text));
  }

  /** The WhatsApp template with this HSM id, if any. */
  public synchronized Optional<WhatsAppTemplate> template(long id) {
    return state.templates.get(id);
  }

  // Contacts and their notes

  /** Adds a contact with the next contact id. */
  public synchronized Contact addContact(
      String name, String identifier, long channelId, String email, String phone, Instant createdAt) {
    return state.contacts.add(id -> new Contact(id, name, identifier, channelId, email, phone, createdAt));
  }

  /**
   * Adds a contact reached through {@code identifier} on a channel, with the next contact id: the
   * identifier is its email address if it has an @, else its phone number.
   */
  public synchronized Contact addContactReachedThrough(
      String name, String identifier, long channelId, Instant createdAt) {
    boolean email = identifier.contains("@");
    return addContact(name, identifier, channelId, email ? identifier : null, email ? null : identifier, createdAt);
  }

  /** Replaces the contact with the same id. */
  public synchronized void putContact(Contact contact) {
    state.contacts.put(contact);
  }

  /** Removes a contact, its notes, its groups and its place in every profile; true if it existed. */
  public synchronized boolean removeContact(long id) {
    state.notes.remove(id);
    state.groupsOfContact.remove(id);
    state.profiles.all().forEach(profile -> state.profiles.put(profile.detached(id, null)));
    return state.contacts.remove(id);
  }

  /** All contacts, by id. */
  public synchronized List<Contact> contacts() {
    return state.contacts.all();
  }

  /** The contact with this id, if any. */
  public synchronized Optional<Contact> contact(long id) {
    return state.contacts.get(id);
  }

  /** The first contact reached through this identifier (email or phone), if any. */
  public synchronized Optional<Contact> contactByIdentifier(String identifier) {
    return state.contacts.all().stream().filter(c -> c.identifier().equalsIgnoreCase(identifier)).findFirst();
  }

  /** Adds a note to a contact with the next note id. */
  public synchronized ContactNote addNote(long contactId, String note, Long userId, Instant createdAt) {
    ContactNote added = new ContactNote(state.nextNoteId++, contactId, note, userId, createdAt);
    state.notes.computeIfAbsent(contactId, id -> new ArrayList<>()).add(added);
    return added;
  }

  /** Removes a contact's note; false when the contact has no note with this id. */
  public synchronized boolean removeNote(long contactId, long noteId) {
    return state.notes.getOrDefault(contactId, new ArrayList<>()).removeIf(note -> note.id() == noteId);
  }

  /** A contact's notes, oldest first. */
  public synchronized List<ContactNote> notes(long contactId) {
    return List.copyOf(state.notes.getOrDefault(contactId, List.of()));
  }

  /** Adds a contact group with the next group id. */
  public synchronized ContactGroup addContactGroup(String name) {
    return state.contactGroups.add(id -> new ContactGroup(id, name));
  }

  /** The contact groups, for their resource's routes. */
  public Records<ContactGroup> contactGroupRecords() {
    return new Records<>(this, () -> state.contactGroups);
  }

  /** Removes a contact group; its contacts stay, in their other groups. True if it existed. */
  public synchronized boolean removeContactGroup(long id) {
    state.groupsOfContact.replaceAll((contact, groups) -> groups.stream().filter(g -> g != id).toList());
    return state.contactGroups.remove(id);
  }

  /** The contact group with this id, if any. */
  public synchronized Optional<ContactGroup> contactGroup(long id) {
    return state.contactGroups.get(id);
  }

  /** The groups a contact is in, in the order they were given. */
  public synchronized List<ContactGroup> groupsOf(long contactId) {
    return state.groupsOfContact.getOrDefault(contactId, List.of()).stream()
        .map(state.contactGroups::get)
        .flatMap(Optional::stream)
        .toList();
  }

  /** Puts a contact in exactly these groups (a pivot: the contact's updated_at stays). */
  public synchronized void setGroups(long contactId, List<Long> groupIds) {
    state.groupsOfContact.put(contactId, List.copyOf(groupIds));
  }

  // Profiles

  /** Adds a profile without contacts, with the next profile id. */
  public synchronized Profile addProfile(String name, Instant createdAt) {
    return state.profiles.add(id -> new Profile(id, name, createdAt, createdAt, List.of()));
  }

  /** Replaces the profile with the same id. */
  public synchronized void putProfile(Profile profile) {
    state.profiles.put(profile);
  }

  /** Removes a profile (its contacts stay); true if it existed. */
  public synchronized boolean removeProfile(long id) {
    return state.profiles.remove(id);
  }

  /** All profiles, by id. */
  public synchronized List<Profile> profiles() {
    return state.profiles.all();
  }

  /** The profile with this id, if any. */
  public synchronized Optional<Profile> profile(long id) {
    return state.profiles.get(id);
  }

  /** The profiles the contact is attached to, by id. */
  public synchronized List<Profile> profilesOf(long contactId) {
    return state.profiles.all().stream().filter(p -> p.hasContact(contactId)).toList();
  }

  // Tickets and messages

  /** Adds a ticket with the next ticket id. */
  public synchronized Ticket addTicket(
      String subject,
      TicketStatus status,
      long contactId,
      long channelId,
      Long assigneeId,
      Long teamId,
      List<Long> labelIds,
      Instant createdAt) {
    boolean assigned = assigneeId != null || teamId != null;
    return state.tickets.add(
        id ->
            new Ticket(id, subject, status, contactId, channelId, assigneeId, teamId, labelIds, createdAt, createdAt,
                assigned ? createdAt : null, status == TicketStatus.CLOSED ? createdAt : null, Map.of(), null));
  }

  /** Replaces the ticket with the same id. */
  public synchronized void putTicket(Ticket ticket) {
    state.tickets.put(ticket);
  }

  /** All tickets, by id. */
  public synchronized List<Ticket> tickets() {
    return state.tickets.all();
  }

  /** The ticket with this id, if any. */
  public synchronized Optional<Ticket> ticket(long id) {
    return state.tickets.get(id);
  }

  /** Adds a message with the next message id to its ticket's thread. */
  public synchronized Message addMessage(
      long ticketId,
      String body,
      MessageType type,
      boolean internalNote,
      List<Attachment> attachments,
      Instant createdAt) {
    return append(new Message(
        state.nextMessageId++, ticketId, body, type, internalNote, attachments, createdAt, "TEXT", null));
  }

  /**
   * Adds a logged phone call to a ticket's thread: a CALL_LOG message of the call's direction, its text
   * "Inbound call" or "Outbound call" as Trengo writes it, the recording's URL (or null) as its file.
   */
  public synchronized Message addCallLog(long ticketId, MessageType direction, String recordingUrl, Instant at) {
    String text = direction == MessageType.INBOUND ? "Inbound call" : "Outbound call";
    return append(new Message(state.nextMessageId++, ticketId, text, direction, false, List.of(), at, "CALL_LOG",
        recordingUrl));
  }

  private Message append(Message message) {
    state.messages.computeIfAbsent(message.ticketId(), id -> new ArrayList<>()).add(message);
    return message;
  }

  /**
   * The ticket to write to a contact on a channel, as Trengo's quick actions find it: the contact
   * reached through {@code identifier} (made on the channel, named {@code name}, when there is none;
   * bound to the channel otherwise), then its first ticket on the channel that is neither closed nor spam,
   * or a new OPEN one with {@code subject}.
   */
  public synchronized OpenTicket openTicketFor(
      String identifier, String name, long channelId, String subject, Instant now) {
    Contact contact =
        contactByIdentifier(identifier)
            .map(c -> c.boundTo(channelId))
            .orElseGet(() -> addContactReachedThrough(name, identifier, channelId, now));
    putContact(contact);
    Optional<Ticket> open = tickets().stream()
        .filter(t -> t.contactId() == contact.id() && t.channelId() == channelId)
        .filter(t -> t.status() != TicketStatus.CLOSED && !t.isSpam())
        .findFirst();
    return open.map(t -> new OpenTicket(t, false)).orElseGet(() -> new OpenTicket(
        addTicket(subject, TicketStatus.OPEN, contact.id(), channelId, null, null, List.of(), now), true));
  }

  /** The ticket {@link #openTicketFor} found, and whether it made it. */
  public record OpenTicket(Ticket ticket, boolean created) {}

  /** Keeps an uploaded file, with the next upload id and the URL {@code url} makes of that id. */
  public synchronized Upload addUpload(String filename, LongFunction<String> url) {
    return state.uploads.add(id -> new Upload(id, filename, url.apply(id)));
  }

  /** The upload with this id, if any. */
  public synchronized Optional<Upload> upload(long id) {
    return state.uploads.get(id);
  }

  /** A ticket's messages, oldest first. */
  public synchronized List<Message> messages(long ticketId) {
    return List.copyOf(state.messages.getOrDefault(ticketId, List.of()));
  }

  /** The message with this id on this ticket, if any. */
  public synchronized Optional<Message> message(long ticketId, long messageId) {
    return state.messages.getOrDefault(ticketId, List.of()).stream().filter(m -> m.id() == messageId).findFirst();
  }

  /** Removes a message from its ticket; true if it was there. */
  public synchronized boolean removeMessage(long ticketId, long messageId) {
    return state.messages.getOrDefault(ticketId, new ArrayList<>()).removeIf(m -> m.id() == messageId);
  }

  /** Removes a ticket and its messages; true if it existed. */
  public synchronized boolean removeTicket(long id) {
    state.messages.remove(id);
    return state.tickets.remove(id);
  }

  /**
   * Merges {@code source} into {@code target}: the source's messages move to the target's thread (kept in
   * the order they were written), the source is deleted and the target is touched at {@code now}.
   */
  public synchronized Ticket mergeTickets(Ticket target, Ticket source, Instant now) {
    List<Message> thread = new ArrayList<>(state.messages.getOrDefault(target.id(), List.of()));
    for (Message moved : state.messages.getOrDefault(source.id(), List.of())) {
      thread.add(moved.movedTo(target.id()));
    }
    thread.sort(Comparator.comparing(Message::createdAt).thenComparingLong(Message::id));
    state.messages.put(target.id(), thread);
    removeTicket(source.id());
    Ticket merged = target.touched(now);
    state.tickets.put(merged);
    return merged;
  }

  // Custom fields and webhooks

  /** Adds a custom field of the entity {@code type}, holding {@code fieldType} values, with the next id. */
  public synchronized CustomField addCustomField(String title, String type, String fieldType) {
    return state.customFields.add(id -> new CustomField(id, title, type, fieldType));
  }

  /** The custom fields, for their resource's routes. */
  public Records<CustomField> customFieldRecords() {
    return new Records<>(this, () -> state.customFields);
  }

  /** Removes a custom field and every contact's and ticket's value for it; true if it existed. */
  public synchronized boolean removeCustomField(long id) {
    state.contacts.all().forEach(contact -> state.contacts.put(contact.withCustomField(id, null)));
    state.tickets.all().forEach(ticket -> state.tickets.put(ticket.withCustomField(id, null)));
    return state.customFields.remove(id);
  }

  /** All custom fields, by id. */
  public synchronized List<CustomField> customFields() {
    return state.customFields.all();
  }

  /** The custom field with this id, if any. */
  public synchronized Optional<CustomField> customField(long id) {
    return state.customFields.get(id);
  }

  /** Adds a webhook with the next webhook id and a signing secret of its own. */
  public synchronized Webhook addWebhook(String url, String name, String type) {
    return state.webhooks.add(id -> new Webhook(id, url, name, type, SigningSecrets.forWebhook(id)));
  }

  /** Replaces the webhook with the same id. */
  public synchronized void putWebhook(Webhook webhook) {
    state.webhooks.put(webhook);
  }

  /** Removes a webhook; true if it existed. */
  public synchronized boolean removeWebhook(long id) {
    return state.webhooks.remove(id);
  }

  /** The webhook with this id, if any. */
  public synchronized Optional<Webhook> webhook(long id) {
    return state.webhooks.get(id);
  }

  /** The webhooks, for their resource's routes. */
  public Records<Webhook> webhookRecords() {
    return new Records<>(this, () -> state.webhooks);
  }

  /** All webhooks, by id. */
  public synchronized List<Webhook> webhooks() {
    return state.webhooks.all();
  }

  /**
   * Everything the store holds, replaced whole by {@link #clear()}. Id ranges never overlap. Messages and
   * notes are kept by the ticket or contact they belong to, which is how they are read.
   */
  private static final class State {
    final Table<Channel> channels = new Table<>(101, Channel::id);
    final Table<User> users = new Table<>(201, User::id);
    final Table<Team> teams = new Table<>(301, Team::id);
    final Table<Label> labels = new Table<>(401, Label::id);
    final Table<CustomField> customFields = new Table<>(501, CustomField::id);
    final Table<Webhook> webhooks = new Table<>(601, Webhook::id);
    final Table<WhatsAppTemplate> templates = new Table<>(701, WhatsAppTemplate::id);
    final Table<Profile> profiles = new Table<>(801, Profile::id);
    final Table<ContactGroup> contactGroups = new Table<>(901, ContactGroup::id);
    final Table<TicketResult> ticketResults = new Table<>(1001, TicketResult::id);
    final Table<QuickReply> quickReplies = new Table<>(1101, QuickReply::id);
    final Table<HelpCenter> helpCenters = new Table<>(1201, HelpCenter::id);
    final Table<HelpCenterItem> helpCenterCategories = new Table<>(1301, HelpCenterItem::id);
    final Table<HelpCenterItem> helpCenterArticles = new Table<>(1401, HelpCenterItem::id);
    final Table<HelpCenterItem> helpCenterBlocks = new Table<>(1501, HelpCenterItem::id);
    final Table<SmsMessage> smsMessages = new Table<>(1601, SmsMessage::id);
    final Table<Upload> uploads = new Table<>(2001, Upload::id);
    final Map<Long, List<Instant>> reopenings = new TreeMap<>();
    long walletCents;
    final Table<Contact> contacts = new Table<>(5001, Contact::id);
    final Table<Ticket> tickets = new Table<>(90001, Ticket::id);
    final Map<Long, List<ContactNote>> notes = new TreeMap<>();
    final Map<Long, List<Long>> groupsOfContact = new TreeMap<>();
    final Map<Long, List<Message>> messages = new TreeMap<>();
    long nextNoteId = 30001;
    long nextMessageId = FIRST_MESSAGE_ID;
  }
}
