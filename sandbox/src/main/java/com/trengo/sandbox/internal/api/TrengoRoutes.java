package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.webhook.EventPayloads;
import com.trengo.sandbox.internal.webhook.WebhookEvents;

/** Every operation of the contract, each on its handler. */
public final class TrengoRoutes {

  private TrengoRoutes() {}

  /** A router serving every operation from {@code store}, announcing what they do through {@code events}. */
  public static Router create(SandboxStore store, WebhookEvents events, EventPayloads payloads) {
    Views views = new Views(store);
    TicketsHandler tickets = new TicketsHandler(store, views, events, payloads);
    Conversations conversations = new Conversations(store, events, payloads);
    MessagesHandler messages = new MessagesHandler(store, views, conversations);
    ContactsHandler contacts = new ContactsHandler(store, views);
    AccountHandler account = new AccountHandler(store, views);
    ProfilesHandler profiles = new ProfilesHandler(store, views);
    WebhooksHandler webhooks = new WebhooksHandler(store, views);
    WhatsAppHandler whatsApp = new WhatsAppHandler(store, views, conversations);
    Router router = new Router()
        .add("GET", "/tickets", tickets::list)
        .add("POST", "/tickets", tickets::create)
        .add("GET", "/tickets/{ticket_id}", tickets::get)
        .add("DELETE", "/tickets/{ticket_id}", tickets::delete)
        .add("POST", "/tickets/{ticket_id}/assign", tickets::assign)
        .add("POST", "/tickets/{ticket_id}/reopen", tickets::reopen)
        .add("POST", "/tickets/{ticket_id}/merge", tickets::merge)
        .add("POST", "/tickets/{ticket_id}/spam", tickets::markAsSpam)
        .add("DELETE", "/tickets/{ticket_id}/spam", tickets::unmarkAsSpam)
        .add("POST", "/tickets/{ticket_id}/custom_fields", tickets::setCustomField)
        .add("POST", "/tickets/{ticket_id}/favorited", tickets::favorite)
        .add("DELETE", "/tickets/{ticket_id}/favorited/0", tickets::favorite)
        .add("DELETE", "/tickets/{ticket_id}/labels/{label_id}", tickets::detachLabel)
        .add("POST", "/tickets/{ticket_id}/close", tickets::close)
        .add("POST", "/tickets/{ticket_id}/labels", tickets::attachLabel)
        .add("GET", "/tickets/{ticket_id}/messages", messages::list)
        .add("POST", "/tickets/{ticket_id}/messages", messages::send)
        .add("POST", "/tickets/{ticket_id}/messages/media", messages::sendMedia)
        .add("GET", "/tickets/{ticket_id}/messages/{message_id}", messages::get)
        .add("DELETE", "/tickets/{ticket_id}/messages/{message_id}", messages::delete)
        .add("POST", "/upload/messages/multipart", messages::upload)
        .add("POST", "/messages", messages::sendQuick)
        .add("POST", "/voice/logs", messages::logCall)
        .add("GET", "/contacts", contacts::list)
        .add("POST", "/contacts", contacts::create)
        .add("GET", "/contacts/{contact_id}", contacts::get)
        .add("PUT", "/contacts/{contact_id}", contacts::update)
        .add("DELETE", "/contacts/{contact_id}", contacts::delete)
        .add("POST", "/contacts/{contact_id}/custom_fields", contacts::setCustomField)
        .add("POST", "/contacts/{contact_id}/notes", contacts::addNote)
        .add("DELETE", "/contacts/{contact_id}/notes/{note_id}", contacts::deleteNote)
        .add("POST", "/channels/{channel_id}/contacts", contacts::createOnChannel)
        .add("GET", "/profiles", profiles::list)
        .add("POST", "/profiles", profiles::create)
        .add("GET", "/profiles/{profile_id}", profiles::get)
        .add("PUT", "/profiles/{profile_id}", profiles::update)
        .add("DELETE", "/profiles/{profile_id}", profiles::delete)
        .add("POST", "/profiles/{profile_id}/contacts", profiles::attachContact)
        .add("DELETE", "/profiles/{profile_id}/contacts/{contact_id}", profiles::detachContact)
        .add("GET", "/channels/voice", account::listVoiceChannels)
        .add("GET", "/channels", account::listChannels)
        .add("GET", "/users", account::listUsers)
        .add("GET", "/webhooks", webhooks::list)
        .add("POST", "/webhooks", webhooks::create)
        .add("PUT", "/webhooks/{webhook_id}", webhooks::update)
        .add("DELETE", "/webhooks/{webhook_id}", webhooks::delete)
        .add("GET", "/webhooks/{webhook_id}", webhooks::get)
        .add("POST", "/wa_sessions", whatsApp::sendTemplate);
    AccountResources.addTo(router, store, views);
    HelpCenterHandler.addTo(router, store, views);
    SmsHandler.addTo(router, store, views);
    return ReportingHandler.addTo(router, store);
  }
}
