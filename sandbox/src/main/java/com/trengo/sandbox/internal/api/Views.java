package com.trengo.sandbox.internal.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.trengo.sandbox.internal.store.Attachment;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.ContactNote;
import com.trengo.sandbox.internal.store.CustomField;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.Profile;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Team;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.User;
import com.trengo.sandbox.internal.store.Webhook;

/**
 * The wire form of every resource, in one place, following the contract's schemas. The seed contract's
 * optional fields (a contact's email and phone, a ticket's subject, a webhook's name) are left out when
 * null in the store, as before; the fields added from real payloads that the contract marks nullable
 * (a contact's name, formatted_phone, abbr) are sent as null, as Trengo sends them.
 */
public final class Views {

  private final SandboxStore store;

  /** Renders with {@code store} for the resources a ticket embeds. */
  public Views(SandboxStore store) {
    this.store = store;
  }

  /**
   * The Contact schema, with what real payloads add: display fields derived from the contact, the
   * channels it is bound to, the profiles it is in and its custom field values by field title.
   */
  public JsonObject contact(Contact contact) {
    JsonObject json = new JsonObject();
    json.addProperty("id", contact.id());
    json.addProperty("name", contact.name());
    json.addProperty("full_name", ContactDisplay.fullName(contact));
    json.addProperty("identifier", contact.identifier());
    Json.putIfPresent(json, "email", contact.email());
    Json.putIfPresent(json, "phone", contact.phone());
    json.addProperty("formatted_phone", ContactDisplay.formattedPhone(contact));
    json.addProperty("is_phone", ContactDisplay.isPhone(contact.identifier()));
    json.addProperty("abbr", ContactDisplay.abbr(contact));
    JsonArray channels = new JsonArray();
    contact.channelIds().forEach(id -> store.channel(id).ifPresent(c -> channels.add(channel(c))));
    json.add("channels", channels);
    JsonArray profiles = new JsonArray();
    store.profilesOf(contact.id()).forEach(p -> profiles.add(profile(p)));
    json.add("profile", profiles);
    JsonObject customFields = new JsonObject();
    contact
        .customFieldValues()
        .forEach((id, value) -> store.customField(id).ifPresent(f -> customFields.addProperty(f.title(), value)));
    json.add("custom_field_data", customFields);
    json.addProperty("created_at", Json.timestamp(contact.createdAt()));
    json.addProperty("updated_at", Json.timestamp(contact.updatedAt()));
    return json;
  }

  /** The ContactNote schema; {@code user_id} is null, since the sandbox does not know the token's agent. */
  public JsonObject contactNote(ContactNote note) {
    JsonObject json = new JsonObject();
    json.addProperty("id", note.id());
    json.addProperty("note", note.note());
    json.add("user_id", note.userId() == null ? JsonNull.INSTANCE : new JsonPrimitive(note.userId()));
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

  /** The Channel schema. */
  public JsonObject channel(Channel channel) {
    JsonObject json = new JsonObject();
    json.addProperty("id", channel.id());
    json.addProperty("name", channel.name());
    json.addProperty("type", channel.type());
    return json;
  }

  /** The User schema. */
  public JsonObject user(User user) {
    JsonObject json = new JsonObject();
    json.addProperty("id", user.id());
    json.addProperty("name", user.name());
    json.addProperty("email", user.email());
    json.addProperty("is_admin", user.admin());
    return json;
  }

  /** The Team schema. */
  public JsonObject team(Team team) {
    JsonObject json = new JsonObject();
    json.addProperty("id", team.id());
    json.addProperty("name", team.name());
    return json;
  }

  /** The Ticket schema, embedding its contact, channel and assignee as Trengo does. */
  public JsonObject ticket(Ticket ticket) {
    JsonObject json = new JsonObject();
    json.addProperty("id", ticket.id());
    Json.putIfPresent(json, "subject", ticket.subject());
    json.addProperty("status", ticket.status().name());
    store.contact(ticket.contactId()).ifPresent(c -> json.add("contact", contact(c)));
    store.channel(ticket.channelId()).ifPresent(c -> json.add("channel", channel(c)));
    if (ticket.assigneeId() != null) {
      store.user(ticket.assigneeId()).ifPresent(u -> json.add("assignee", user(u)));
    }
    json.addProperty("created_at", Json.timestamp(ticket.createdAt()));
    json.addProperty("updated_at", Json.timestamp(ticket.updatedAt()));
    return json;
  }

  /** The Message schema. */
  public JsonObject message(Message message) {
    JsonObject json = new JsonObject();
    json.addProperty("id", message.id());
    json.addProperty("ticket_id", message.ticketId());
    json.addProperty("body", message.body());
    json.addProperty("message", message.body()); // the field real responses carry the text in
    json.addProperty("type", message.type().name());
    JsonArray attachments = new JsonArray();
    for (Attachment attachment : message.attachments()) {
      JsonObject a = new JsonObject();
      a.addProperty("url", attachment.url());
      a.addProperty("filename", attachment.filename());
      attachments.add(a);
    }
    json.add("attachments", attachments);
    json.addProperty("created_at", Json.timestamp(message.createdAt()));
    return json;
  }

  /** The MessageEnvelope schema: how sendMessage and sendWhatsAppTemplate answer. */
  public JsonObject messageEnvelope(Message message) {
    JsonObject json = new JsonObject();
    json.add("message", message(message));
    return json;
  }

  /** The CustomField schema. */
  public JsonObject customField(CustomField field) {
    JsonObject json = new JsonObject();
    json.addProperty("id", field.id());
    json.addProperty("title", field.title());
    json.addProperty("type", field.type());
    return json;
  }

  /** The Webhook schema. */
  public JsonObject webhook(Webhook webhook) {
    JsonObject json = new JsonObject();
    json.addProperty("id", webhook.id());
    json.addProperty("url", webhook.url());
    Json.putIfPresent(json, "name", webhook.name());
    return json;
  }
}
