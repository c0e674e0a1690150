package com.trengo.sandbox.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    Channel channel = new Channel(state.nextChannelId++, name, type);
    state.channels.put(channel.id(), channel);
    return channel;
  }

  /** All channels, by id. */
  public synchronized List<Channel> channels() {
    return List.copyOf(state.channels.values());
  }

  /** The channel with this id, if any. */
  public synchronized Optional<Channel> channel(long id) {
    return Optional.ofNullable(state.channels.get(id));
  }

  /** Adds a user with the next user id. */
  public synchronized User addUser(String name, String email, boolean admin) {
    User user = new User(state.nextUserId++, name, email, admin);
    state.users.put(user.id(), user);
    return user;
  }

  /** All users, by id. */
  public synchronized List<User> users() {
    return List.copyOf(state.users.values());
  }

  /** The user with this id, if any. */
  public synchronized Optional<User> user(long id) {
    return Optional.ofNullable(state.users.get(id));
  }

  /** Adds a team with the next team id. */
  public synchronized Team addTeam(String name) {
    Team team = new Team(state.nextTeamId++, name);
    state.teams.put(team.id(), team);
    return team;
  }

  /** The team with this id, if any. */
  public synchronized Optional<Team> team(long id) {
    return Optional.ofNullable(state.teams.get(id));
  }

  /** Adds a label with the next label id. */
  public synchronized Label addLabel(String name) {
    Label label = new Label(state.nextLabelId++, name);
    state.labels.put(label.id(), label);
    return label;
  }

  /** All labels, by id. */
  public synchronized List<Label> labels() {
    return List.copyOf(state.labels.values());
  }

  /** The label with this id, if any. */
  public synchronized Optional<Label> label(long id) {
    return Optional.ofNullable(state.labels.get(id));
  }

  /** Adds an approved WhatsApp template with the next template (HSM) id. */
  public synchronized WhatsAppTemplate addTemplate(String name, String text) {
    WhatsAppTemplate template = new WhatsAppTemplate(state.nextTemplateId++, name, text);
    state.templates.put(template.id(), template);
    return template;
  }

  /** The WhatsApp template with this HSM id, if any. */
  public synchronized Optional<WhatsAppTemplate> template(long id) {
    return Optional.ofNullable(state.templates.get(id));
  }

  /** All WhatsApp templates, by id. */
  public synchronized List<WhatsAppTemplate> templates() {
    return List.copyOf(state.templates.values());
  }

  // Contacts and their notes

  /** Adds a contact with the next contact id. */
  public synchronized Contact addContact(
      String name, String identifier, long channelId, String email, String phone, Instant createdAt) {
    Contact contact = new Contact(state.nextContactId++, name, identifier, channelId, email, phone, createdAt);
    state.contacts.put(contact.id(), contact);
    return contact;
  }

  /** Replaces the contact with the same id. */
  public synchronized void putContact(Contact contact) {
    state.contacts.put(contact.id(), contact);
  }

  /** Removes a contact, its notes and its place in every profile; true if it existed. */
  public synchronized boolean removeContact(long id) {
    state.notes.remove(id);
    state.profiles.replaceAll((profileId, profile) -> profile.detached(id, null));
    return state.contacts.remove(id) != null;
  }

  /** All contacts, by id. */
  public synchronized List<Contact> contacts() {
    return List.copyOf(state.contacts.values());
  }

  /** The contact with this id, if any. */
  public synchronized Optional<Contact> contact(long id) {
    return Optional.ofNullable(state.contacts.get(id));
  }

  /** The first contact reached through this identifier (email or phone), if any. */
  public synchronized Optional<Contact> contactByIdentifier(String identifier) {
    return state.contacts.values().stream().filter(c -> c.identifier().equalsIgnoreCase(identifier)).findFirst();
  }

  /** Adds a note to a contact with the next note id. */
  public synchronized ContactNote addNote(long contactId, String note, Long userId, Instant createdAt) {
    ContactNote added = new ContactNote(state.nextNoteId++, contactId, note, userId, createdAt);
    state.notes.computeIfAbsent(contactId, id -> new ArrayList<>()).add(added);
    return added;
  }

  /** A contact's notes, oldest first. */
  public synchronized List<ContactNote> notes(long contactId) {
    return List.copyOf(state.notes.getOrDefault(contactId, List.of()));
  }

  // Profiles

  /** Adds a profile without contacts, with the next profile id. */
  public synchronized Profile addProfile(String name, Instant createdAt) {
    Profile profile = new Profile(state.nextProfileId++, name, createdAt, createdAt, List.of());
    state.profiles.put(profile.id(), profile);
    return profile;
  }

  /** Replaces the profile with the same id. */
  public synchronized void putProfile(Profile profile) {
    state.profiles.put(profile.id(), profile);
  }

  /** Removes a profile (its contacts stay); true if it existed. */
  public synchronized boolean removeProfile(long id) {
    return state.profiles.remove(id) != null;
  }

  /** All profiles, by id. */
  public synchronized List<Profile> profiles() {
    return List.copyOf(state.profiles.values());
  }

  /** The profile with this id, if any. */
  public synchronized Optional<Profile> profile(long id) {
    return Optional.ofNullable(state.profiles.get(id));
  }

  /** The profiles the contact is attached to, by id. */
  public synchronized List<Profile> profilesOf(long contactId) {
    return state.profiles.values().stream().filter(p -> p.hasContact(contactId)).toList();
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
    Ticket ticket =
        new Ticket(
            state.nextTicketId++, subject, status, contactId, channelId, assigneeId, teamId, labelIds, createdAt,
            createdAt);
    state.tickets.put(ticket.id(), ticket);
    return ticket;
  }

  /** Replaces the ticket with the same id. */
  public synchronized void putTicket(Ticket ticket) {
    state.tickets.put(ticket.id(), ticket);
  }

  /** All tickets, by id. */
  public synchronized List<Ticket> tickets() {
    return List.copyOf(state.tickets.values());
  }

  /** The ticket with this id, if any. */
  public synchronized Optional<Ticket> ticket(long id) {
    return Optional.ofNullable(state.tickets.get(id));
  }

  /** Adds a message with the next message id to its ticket's thread. */
  public synchronized Message addMessage(
      long ticketId,
      String body,
      MessageType type,
      boolean internalNote,
      List<Attachment> attachments,
      Instant createdAt) {
    Message message = new Message(state.nextMessageId++, ticketId, body, type, internalNote, attachments, createdAt);
    state.messages.computeIfAbsent(ticketId, id -> new ArrayList<>()).add(message);
    return message;
  }

  /** A ticket's messages, oldest first. */
  public synchronized List<Message> messages(long ticketId) {
    return List.copyOf(state.messages.getOrDefault(ticketId, List.of()));
  }

  // Custom fields and webhooks

  /** Adds a custom field with the next id. */
  public synchronized CustomField addCustomField(String title, String type) {
    CustomField field = new CustomField(state.nextCustomFieldId++, title, type);
    state.customFields.put(field.id(), field);
    return field;
  }

  /** All custom fields, by id. */
  public synchronized List<CustomField> customFields() {
    return List.copyOf(state.customFields.values());
  }

  /** The custom field with this id, if any. */
  public synchronized Optional<CustomField> customField(long id) {
    return Optional.ofNullable(state.customFields.get(id));
  }

  /** Adds a webhook with the next webhook id. */
  public synchronized Webhook addWebhook(String url, String name) {
    Webhook webhook = new Webhook(state.nextWebhookId++, url, name);
    state.webhooks.put(webhook.id(), webhook);
    return webhook;
  }

  /** Replaces the webhook with the same id. */
  public synchronized void putWebhook(Webhook webhook) {
    state.webhooks.put(webhook.id(), webhook);
  }

  /** Removes a webhook; true if it existed. */
  public synchronized boolean removeWebhook(long id) {
    return state.webhooks.remove(id) != null;
  }

  /** The webhook with this id, if any. */
  public synchronized Optional<Webhook> webhook(long id) {
    return Optional.ofNullable(state.webhooks.get(id));
  }

  /** All webhooks, by id. */
  public synchronized List<Webhook> webhooks() {
    return List.copyOf(state.webhooks.values());
  }

  /** Everything the store holds, replaced whole by {@link #clear()}. Id ranges never overlap. */
  private static final class State {
    final Map<Long, Channel> channels = new TreeMap<>();
    final Map<Long, User> users = new TreeMap<>();
    final Map<Long, Team> teams = new TreeMap<>();
    final Map<Long, Label> labels = new TreeMap<>();
    final Map<Long, WhatsAppTemplate> templates = new TreeMap<>();
    final Map<Long, Contact> contacts = new TreeMap<>();
    final Map<Long, Ticket> tickets = new TreeMap<>();
    final Map<Long, List<Message>> messages = new TreeMap<>();
    final Map<Long, CustomField> customFields = new TreeMap<>();
    final Map<Long, Webhook> webhooks = new TreeMap<>();
    final Map<Long, Profile> profiles = new TreeMap<>();
    final Map<Long, List<ContactNote>> notes = new TreeMap<>();
    long nextChannelId = 101;
    long nextUserId = 201;
    long nextTeamId = 301;
    long nextLabelId = 401;
    long nextCustomFieldId = 501;
    long nextWebhookId = 601;
    long nextTemplateId = 701;
    long nextProfileId = 801;
    long nextContactId = 5001;
    long nextNoteId = 30001;
    long nextTicketId = 90001;
    long nextMessageId = FIRST_MESSAGE_ID;
  }
}
