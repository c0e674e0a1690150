package com.trengo.sandbox.internal.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.trengo.sandbox.internal.store.Attachment;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.ContactGroup;
import com.trengo.sandbox.internal.store.ContactNote;
import com.trengo.sandbox.internal.store.CustomField;
import com.trengo.sandbox.internal.store.HelpCenter;
import com.trengo.sandbox.internal.store.HelpCenterItem;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.Profile;
import com.trengo.sandbox.internal.store.QuickReply;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.SmsMessage;
import com.trengo.sandbox.internal.store.Team;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketResult;
import com.trengo.sandbox.internal.store.User;
import com.trengo.sandbox.internal.store.Webhook;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wire form of every resource, in one place, following the contract's schemas and the real
 * payloads they describe. The seed contract's optional fields (a contact's email and phone, a
 * ticket's subject) are left out when null in the store, as before; the fields added from real
 * payloads that the contract marks nullable (a contact's name, formatted_phone, abbr; a ticket's
 * user_id, team_id, assigned_at, closed_at) are sent as null, as Trengo sends them.
 */
public final class Views {

  /** The picture Trengo shows for a contact without one of its own (.invalid: never fetched). */
  static final String DEFAULT_AVATAR = "https://media.sandbox.trengo.invalid/img/defaultpic.png";

  private final SandboxStore store;

  /** Renders with {@code store} for the resources a ticket embeds. */
  public Views(SandboxStore store) {
    this.store = store;
  }

  /**
   * The Contact schema, with what real payloads add: display fields derived from the contact, the
   * channels it is bound to, the profiles and groups it is in and its custom field values, by field
   * title and with their field ids.
   */
  public JsonObject contact(Contact contact) {
    JsonObject json = new JsonObject();
    json.addProperty("id", contact.id());
    json.addProperty("name", contact.name());
    json.addProperty("full_name", ContactDisplay.fullName(contact));
    json.addProperty("display_name", ContactDisplay.displayName(contact));
    json.addProperty("identifier", contact.identifier());
    Json.putIfPresent(json, "email", contact.email());
    Json.putIfPresent(json, "phone", contact.phone());
    json.addProperty("formatted_phone", ContactDisplay.formattedPhone(contact));
    json.addProperty("is_phone", ContactDisplay.isPhone(contact.identifier()));
    json.addProperty("abbr", ContactDisplay.abbr(contact));
    json.addProperty("avatar", DEFAULT_AVATAR);
    json.add("profile_image", JsonNull.INSTANCE);
    json.addProperty("is_private", false);
    JsonArray channels = new JsonArray();
    contact.channelIds().forEach(id -> store.channel(id).ifPresent(c -> channels.add(channel(c))));
    json.add("channels", channels);
    JsonArray profiles = new JsonArray();
    store.profilesOf(contact.id()).forEach(p -> profiles.add(profile(p)));
    json.add("profile", profiles);
    JsonArray groups = new JsonArray();
    store.groupsOf(contact.id()).forEach(g -> groups.add(contactGroup(g)));
    json.add("groups", groups);
    JsonObject customFields = new JsonObject();
    contact
        .customFieldValues()
        .forEach((id, value) -> store.customField(id).ifPresent(f -> customFields.addProperty(f.title(), value)));
    json.add("custom_field_data", customFields);
    json.add("custom_field_values", customFieldValues(contact.customFieldValues()));
    json.addProperty("created_at", Json.timestamp(contact.createdAt()));
    json.addProperty("updated_at", Json.timestamp(contact.updatedAt()));
    return json;
  }

  /** The Contact schema with its notes, as {@code include=notes} asks. */
  public JsonObject contactWithNotes(Contact contact) {
    JsonObject json = contact(contact);
    JsonArray notes = new JsonArray();
    store.notes(contact.id()).forEach(n -> notes.add(contactNote(n, false)));
    json.add("notes", notes);
    return json;
  }

  /** A contact group. */
  public JsonObject contactGroup(ContactGroup group) {
    JsonObject json = new JsonObject();
    json.addProperty("id", group.id());
    json.addProperty("name", group.name());
    return json;
  }

  /**
   * The ContactNote schema as Trengo answers a new note: the text in {@code body}, its author as a
   * whole {@code user} (the token's agent), and the contact it is on.
   */
  public JsonObject contactNote(ContactNote note) {
    return contactNote(note, true);
  }

  private JsonObject contactNote(ContactNote note, boolean withContact) {
    JsonObject json = new JsonObject();
    json.addProperty("id", note.id());
    if (withContact) {
      store.contact(note.contactId()).ifPresent(c -> json.add("contact", contact(c)));
    }
    if (note.userId() != null) {
      store.user(note.userId()).ifPresent(u -> json.add("user", user(u)));
    }
    json.addProperty("body", note.note());
    json.addProperty("created_at", Json.timestamp(note.createdAt()));
    return json;
  }

  /** The Profile schema. */
  public JsonObject profile(Profile profile) {
    JsonObject json = new JsonObject();
    json.addProperty("id", profile.id());
    json.addProperty("name", profile.name());
    json.addProperty("created_at", Json.timestamp(profile.createdAt()));
    json.addProperty("updated_at", Json.timestamp(profile.updatedAt()));
    return json;
  }

  /** The Channel schema: {@code title} is the label, as in real payloads; {@code name} keeps it too. */
  public JsonObject channel(Channel channel) {
    JsonObject json = new JsonObject();
    json.addProperty("id", channel.id());
    json.addProperty("name", channel.name());
    json.addProperty("title", channel.name());
    json.addProperty("type", channel.type());
    json.addProperty("status", "ACTIVE");
    return json;
  }

  /** The User schema. */
  public JsonObject user(User user) {
    JsonObject json = new JsonObject();
    json.addProperty("id", user.id());
    json.addProperty("name", user.name());
    json.addProperty("full_name", user.name());
    json.addProperty("email", user.email());
    json.addProperty("is_admin", user.admin());
    json.addProperty("authorization", user.admin() ? "ADMIN" : "AGENT");
    json.addProperty("status", "ACTIVE");
    return json;
  }

  /** The Team schema, with its channels embedded, as listTeams shows them to WouterVeen/TrengoSDK. */
  public JsonObject team(Team team) {
    JsonObject json = new JsonObject();
    json.addProperty("id", team.id());
    json.addProperty("name", team.name());
    JsonArray channels = new JsonArray();
    team.channelIds().forEach(id -> store.channel(id).ifPresent(c -> channels.add(channel(c))));
    json.add("channels", channels);
    return json;
  }

  /**
   * The Label schema as the real label payload has it: the slug is the name in lower case with hyphens;
   * sort_order and archived are null, as in every real label seen.
   */
  public JsonObject label(Label label) {
    JsonObject json = new JsonObject();
    json.addProperty("id", label.id());
    json.addProperty("name", label.name());
    json.addProperty("slug", label.name().toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9]+", "-"));
    json.addProperty("color", label.color());
    json.add("sort_order", JsonNull.INSTANCE);
    json.add("archived", JsonNull.INSTANCE);
    return json;
  }

  /**
   * The Ticket schema as lists send it: the contact, channel and assignee embedded, the ids beside
   * them, the labels, the message count and the latest message.
   */
  public JsonObject ticket(Ticket ticket) {
    JsonObject json = ticketFields(ticket);
    List<Message> messages = store.messages(ticket.id());
    json.add("latest_message", messages.isEmpty() ? JsonNull.INSTANCE : latestMessage(messages.get(messages.size() - 1)));
    json.addProperty("messages_count", messages.size());
    return json;
  }

  /** The Ticket schema as createTicket answers: {@code latest_message} is a date (the creation), not a message. */
  public JsonObject createdTicket(Ticket ticket) {
    JsonObject json = ticketFields(ticket);
    json.addProperty("latest_message", Json.timestamp(ticket.createdAt()));
    return json;
  }

  private JsonObject ticketFields(Ticket ticket) {
    JsonObject json = new JsonObject();
    json.addProperty("id", ticket.id());
    Json.putIfPresent(json, "subject", ticket.subject());
    json.addProperty("status", ticket.status().name());
    json.addProperty("contact_id", ticket.contactId());
    store.contact(ticket.contactId()).ifPresent(c -> json.add("contact", contact(c)));
    json.addProperty("channel_id", ticket.channelId());
    store.channel(ticket.channelId()).ifPresent(c -> json.add("channel", channel(c)));
    if (ticket.assigneeId() != null) {
      store.user(ticket.assigneeId()).ifPresent(u -> json.add("assignee", user(u)));
    }
    json.add("user_id", nullable(ticket.assigneeId()));
    json.add("team_id", nullable(ticket.teamId()));
    json.add("assigned_at", timestampOrNull(ticket.assignedAt()));
    json.add("closed_at", timestampOrNull(ticket.closedAt()));
    JsonArray labels = new JsonArray();
    ticket.labelIds().forEach(id -> store.label(id).ifPresent(l -> labels.add(label(l))));
    json.add("labels", labels);
    json.add("custom_field_values", customFieldValues(ticket.customFieldValues()));
    json.addProperty("created_at", Json.timestamp(ticket.createdAt()));
    json.addProperty("updated_at", Json.timestamp(ticket.updatedAt()));
    return json;
  }

  /** A ticket's latest message as lists send it: id, type, text, time and attachments. */
  private JsonObject latestMessage(Message message) {
    JsonObject json = new JsonObject();
    json.addProperty("id", message.id());
    json.addProperty("type", message.type().name());
    json.addProperty("message", message.body());
    json.addProperty("created_at", Json.timestamp(message.createdAt()));
    json.add("attachments", attachments(message));
    return json;
  }

  /**
   * The Message schema. The text is in {@code message}, as real responses carry it, and in the seed's
   * {@code body}; a message the API sent (outbound, or a note) is the token's agent's.
   */
  public JsonObject message(Message message) {
    JsonObject json = new JsonObject();
    json.addProperty("id", message.id());
    json.addProperty("ticket_id", message.ticketId());
    store.ticket(message.ticketId()).ifPresent(t -> json.addProperty("contact_id", t.contactId()));
    json.addProperty("body", message.body());
    json.addProperty("message", message.body());
    json.addProperty("body_type", message.bodyType());
    json.addProperty("type", message.type().name());
    if (message.fileName() != null) {
      json.addProperty("file_name", message.fileName());
    }
    Long agent = message.type() == MessageType.INBOUND ? null : store.tokenOwner().map(User::id).orElse(null);
    json.add("user_id", nullable(agent));
    json.add("attachments", attachments(message));
    json.addProperty("created_at", Json.timestamp(message.createdAt()));
    json.addProperty("updated_at", Json.timestamp(message.createdAt()));
    return json;
  }

  /**
   * The MessageEnvelope schema, how sendMessage and sendWhatsAppTemplate answer: the message, with the
   * ticket it went into embedded, as real send answers have it.
   */
  public JsonObject messageEnvelope(Message message) {
    JsonObject inner = message(message);
    store.ticket(message.ticketId()).ifPresent(t -> inner.add("ticket", ticket(t)));
    JsonObject json = new JsonObject();
    json.add("message", inner);
    return json;
  }

  /** The QuickReply schema as the real list shows it: with its (in the sandbox, always empty) attachments. */
  public JsonObject quickReply(QuickReply reply) {
    JsonObject json = new JsonObject();
    json.addProperty("id", reply.id());
    json.addProperty("title", reply.title());
    json.addProperty("message", reply.message());
    json.addProperty("type", reply.type());
    json.add("attachments", new JsonArray());
    return json;
  }

  /** The HelpCenter schema: what Pipedream reads of one. */
  public JsonObject helpCenter(HelpCenter center) {
    JsonObject json = new JsonObject();
    json.addProperty("id", center.id());
    json.addProperty("name", center.name());
    json.addProperty("slug", center.slug());
    return json;
  }

  /** The HelpCenterCategory and HelpCenterBlock schemas: an id and a name. */
  public JsonObject helpCenterItem(HelpCenterItem item) {
    JsonObject json = new JsonObject();
    json.addProperty("id", item.id());
    json.addProperty("name", item.name());
    return json;
  }

  /** The HelpCenterArticle schema: an id and a title. */
  public JsonObject helpCenterArticle(HelpCenterItem article) {
    JsonObject json = new JsonObject();
    json.addProperty("id", article.id());
    json.addProperty("title", article.name());
    return json;
  }

  /**
   * An SMS message: the contract declares only its id; the sandbox adds what the send said (the real
   * item shape is not published).
   */
  public JsonObject smsMessage(SmsMessage sms) {
    JsonObject json = new JsonObject();
    json.addProperty("id", sms.id());
    json.addProperty("channel_id", sms.channelId());
    json.addProperty("to", sms.to());
    json.addProperty("message", sms.message());
    json.addProperty("created_at", Json.timestamp(sms.createdAt()));
    return json;
  }

  /** The TicketResult schema. */
  public JsonObject ticketResult(TicketResult result) {
    JsonObject json = new JsonObject();
    json.addProperty("id", result.id());
    json.addProperty("name", result.name());
    json.addProperty("sort_order", result.sortOrder());
    return json;
  }

  /**
   * The CustomField schema as the real create answer has it: {@code type} the entity, {@code field_type}
   * the kind; the sandbox's fields are optional and have no placeholder.
   */
  public JsonObject customField(CustomField field) {
    JsonObject json = new JsonObject();
    json.addProperty("id", field.id());
    json.addProperty("title", field.title());
    json.addProperty("type", field.type());
    json.addProperty("field_type", field.fieldType());
    json.add("placeholder", JsonNull.INSTANCE);
    json.addProperty("is_required", false);
    return json;
  }

  /**
   * The Webhook schema as real webhooks are: {@code title} (no {@code name}), the event {@code type} and
   * the {@code signing_secret} that deliveries are signed with.
   */
  public JsonObject webhook(Webhook webhook) {
    JsonObject json = new JsonObject();
    json.addProperty("id", webhook.id());
    json.addProperty("title", webhook.title());
    json.addProperty("url", webhook.url());
    json.addProperty("type", webhook.type());
    json.addProperty("signing_secret", webhook.signingSecret());
    return json;
  }

  /** Custom field values with their field's id and title, as contacts and tickets carry them. */
  private JsonArray customFieldValues(Map<Long, String> values) {
    JsonArray array = new JsonArray();
    values.forEach((id, value) -> store.customField(id).ifPresent(f -> {
      JsonObject v = new JsonObject();
      v.addProperty("custom_field_id", f.id());
      v.addProperty("field_name", f.title());
      v.addProperty("value", value);
      array.add(v);
    }));
    return array;
  }

  private static JsonArray attachments(Message message) {
    JsonArray attachments = new JsonArray();
    for (Attachment attachment : message.attachments()) {
      JsonObject a = new JsonObject();
      a.addProperty("url", attachment.url());
      a.addProperty("filename", attachment.filename());
      attachments.add(a);
    }
    return attachments;
  }

  private static JsonElement nullable(Long value) {
    return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
  }

  private static JsonElement timestampOrNull(Instant instant) {
    return instant == null ? JsonNull.INSTANCE : new JsonPrimitive(Json.timestamp(instant));
  }
}
