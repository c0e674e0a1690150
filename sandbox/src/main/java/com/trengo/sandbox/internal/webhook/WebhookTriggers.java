package com.trengo.sandbox.internal.webhook;

import com.google.gson.JsonObject;
import com.trengo.sandbox.WebhookDelivery;
import com.trengo.sandbox.internal.api.ApiRequest;
import com.trengo.sandbox.internal.api.ApiResponse;
import com.trengo.sandbox.internal.api.Json;
import com.trengo.sandbox.internal.api.Router;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.Contact;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import com.trengo.sandbox.internal.store.TicketStatus;
import com.trengo.sandbox.internal.store.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes an event happen on demand, for {@code trengo webhooks trigger} and tests, the way {@code
 * stripe trigger} does: an event an API call causes is caused by that call (applied through the same
 * handlers, so the store and the delivery agree); an inbound message is added to a ticket; a voice
 * call event, which nothing in the sandbox models, is emitted with fields drawn from the demo data.
 * Every default can be overridden with a field: which ticket, which user, the message text.
 *
 * <p>TICKET_REOPENED, TICKET_MERGED, TICKET_LABEL_DELETED and TICKET_(UN)MARKED_AS_SPAM are emitted
 * without a change to the store until the sandbox has those operations; then they become calls too.
 */
public final class WebhookTriggers {
  /** Where the fixture calls say they were made; only pagination links would show it. */
  private static final String INTERNAL_ROOT = "http://sandbox.invalid/api/v2";
  private static final String SANDBOX_NUMBER = "+31850000000";
  private static final Map<EventType, Set<String>> CALL_FIELDS = Map.of(
      EventType.OUTBOUND, Set.of("ticket_id", "message"),
      EventType.NOTE, Set.of("ticket_id", "message"),
      EventType.INBOUND, Set.of("ticket_id", "message"),
      EventType.TICKET_CREATED, Set.of("contact_id"),
      EventType.TICKET_ASSIGNED, Set.of("ticket_id", "user_id", "team_id"),
      EventType.TICKET_CLOSED, Set.of("ticket_id"),
      EventType.TICKET_LABEL_ADDED, Set.of("ticket_id", "label_id"));

  private final SandboxStore store;
  private final Router router;
  private final WebhookEvents events;
  private final EventPayloads payloads;
  private final WebhookDispatcher dispatcher;
  private final Clock clock;

  /** Triggers on {@code store}, calling operations through {@code router}. */
  public WebhookTriggers(SandboxStore store, Router router, WebhookEvents events, EventPayloads payloads,
      WebhookDispatcher dispatcher, Clock clock) {
    this.store = store;
    this.router = router;
    this.events = events;
    this.payloads = payloads;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /**
   * What a trigger did.
   *
   * @param type the event
   * @param action what happened in the sandbox, e.g. {@code POST /tickets/90001/close}
   * @param deliveries the deliveries it started, one per webhook registered for the type
   */
  public record Triggered(EventType type, String action, List<WebhookDelivery> deliveries) {}

  /**
   * Makes {@code type} happen; {@code fields} override the defaults (a null value leaves a field out).
   *
   * @throws IllegalArgumentException for a field the trigger does not take, or a ticket, contact, user,
   *     team or label that does not exist
   */
  public Triggered trigger(EventType type, Map<String, String> fields) {
    Map<String, String> given = new LinkedHashMap<>(fields);
    Set<String> takes = CALL_FIELDS.get(type);
    if (takes != null) {
      given.values().removeIf(Objects::isNull); // "leave it out" is the default there
    }
    if (takes != null && !takes.containsAll(given.keySet())) {
      Set<String> unknown = new TreeSet<>(given.keySet());
      unknown.removeAll(takes);
      throw new IllegalArgumentException(type + " takes " + String.join(", ", new TreeSet<>(takes))
          + "; not " + String.join(", ", unknown));
    }
    return store.atomically(() -> {
      long before = dispatcher.lastDeliveryId();
      String action = switch (type) {
        case OUTBOUND, NOTE -> sendMessage(type, given);
        case INBOUND -> receiveMessage(given);
        case TICKET_CREATED -> createTicket(given);
        case TICKET_ASSIGNED -> assign(given);
        case TICKET_CLOSED -> call("POST", "/tickets/" + openTicket(given).id() + "/close", new JsonObject());
        case TICKET_LABEL_ADDED -> attachLabel(given);
        default -> emitOnly(type, given);
      };
      List<WebhookDelivery> started = dispatcher.deliveriesSince(before).stream()
          .filter(d -> d.eventType().equals(type.name())).toList();
      return new Triggered(type, action, started);
    });
  }

  private String sendMessage(EventType type, Map<String, String> given) {
    JsonObject body = new JsonObject();
    body.addProperty("message", given.getOrDefault("message", "Hello from the sandbox"));
    if (type == EventType.NOTE) {
      body.addProperty("internal_note", true);
    }
    return call("POST", "/tickets/" + openTicket(given).id() + "/messages", body);
  }

  private String receiveMessage(Map<String, String> given) {
    Ticket ticket = openTicket(given);
    Instant now = clock.instant();
    String text = given.getOrDefault("message", "Hi, where is my order?");
    Message message = store.addMessage(ticket.id(), text, MessageType.INBOUND, false, List.of(), now);
    store.putTicket(ticket.touched(now));
    events.emit(EventType.INBOUND, payloads.inbound(message, ticket));
    return "inbound message " + message.id() + " added to ticket " + ticket.id();
  }

  private String createTicket(Map<String, String> given) {
    Contact contact = given.containsKey("contact_id")
        ? store.contact(id(given, "contact_id")).orElseThrow(() -> unknown("contact_id", given))
        : store.contacts().stream().findFirst().orElseThrow(() -> new IllegalArgumentException("no contact to open a ticket with"));
    JsonObject body = new JsonObject();
    body.addProperty("channel_id", contact.channelId());
    body.addProperty("contact_id", contact.id());
    return call("POST", "/tickets", body);
  }

  private String assign(Map<String, String> given) {
    Ticket ticket = openTicket(given);
    JsonObject body = new JsonObject();
    if (given.containsKey("team_id")) {
      body.addProperty("type", "team");
      body.addProperty("team_id", id(given, "team_id"));
    } else {
      body.addProperty("type", "user");
      body.addProperty("user_id", given.containsKey("user_id")
          ? id(given, "user_id") : store.tokenOwner().map(User::id).orElseThrow());
    }
    return call("POST", "/tickets/" + ticket.id() + "/assign", body);
  }

  private String attachLabel(Map<String, String> given) {
    Ticket ticket = openTicket(given);
    long labelId = given.containsKey("label_id") ? id(given, "label_id")
        : store.labels().stream().map(Label::id).filter(id -> !ticket.labelIds().contains(id)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("ticket " + ticket.id() + " has every label already"));
    JsonObject body = new JsonObject();
    body.addProperty("label_id", labelId);
    return call("POST", "/tickets/" + ticket.id() + "/labels", body);
  }

  /** Applies an API call through the handlers, as if a client had sent it. */
  private String call(String method, String path, JsonObject body) {
    ApiResponse response = router.dispatch(new ApiRequest(method, path, Map.of(),
        Json.write(body).getBytes(StandardCharsets.UTF_8), List.of(), INTERNAL_ROOT, clock.instant()));
    if (response.status() >= 300) {
      throw new IllegalArgumentException(method + " " + path + " was answered " + response.status()
          + (response.hasBody() ? ": " + Json.write(response.body()) : ""));
    }
    return method + " " + path;
  }

  /** The events no operation of the sandbox causes: their fields from the demo data, then the ones given. */
  private String emitOnly(EventType type, Map<String, String> given) {
    Map<String, String> fields = new LinkedHashMap<>(type.name().startsWith("VOICE_CALL_")
        ? voiceCall(type, given) : ticketEvent(type, given));
    given.forEach((name, value) -> {
      if (value == null || value.isEmpty()) {
        fields.remove(name);
      } else {
        fields.put(name, value);
      }
    });
    events.emit(type, fields);
    return type + " emitted without a change to the store";
  }

  private Map<String, String> ticketEvent(EventType type, Map<String, String> given) {
    Ticket ticket = type == EventType.TICKET_REOPENED ? ticket(given, TicketStatus.CLOSED) : openTicket(given);
    return switch (type) {
      case TICKET_REOPENED -> payloads.reopened(ticket);
      case TICKET_MERGED -> payloads.merged(ticket, store.tickets().stream().map(Ticket::id)
          .filter(id -> id != ticket.id()).findFirst().orElse(ticket.id() + 1));
      case TICKET_LABEL_DELETED -> payloads.label(ticket, (ticket.labelIds().isEmpty()
          ? store.labels().stream().findFirst() : store.label(ticket.labelIds().get(0)))
          .orElseThrow(() -> new IllegalArgumentException("the sandbox has no labels")));
      default -> payloads.ticket(ticket);
    };
  }

  private Map<String, String> voiceCall(EventType type, Map<String, String> given) {
    Channel voice = store.channels().stream().filter(Channel::isVoice).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the sandbox has no voice channel"));
    Contact caller = store.contacts().stream().filter(c -> c.phone() != null).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no contact with a phone number"));
    EventPayloads.Fields fields = new EventPayloads.Fields()
        .put("channel_id", voice.id())
        .put("ticket_id", store.tickets().stream().filter(t -> t.contactId() == caller.id()).map(Ticket::id)
            .findFirst().orElse(null))
        .put("contact_id", caller.id())
        .put("direction", type == EventType.VOICE_CALL_ROUTE_NUMBER ? null : "INBOUND")
        .put("from", caller.phone())
        .put("to", SANDBOX_NUMBER);
    if (type == EventType.VOICE_CALL_STARTED || type == EventType.VOICE_CALL_ENDED
        || type == EventType.VOICE_CALL_RECORDED) {
      store.tokenOwner().ifPresent(agent ->
          fields.put("user_id", agent.id()).put("user_name", agent.name()).put("user_email", agent.email()));
    }
    if (type == EventType.VOICE_CALL_ENDED || type == EventType.VOICE_CALL_RECORDED) {
      fields.put("duration", 95);
    }
    if (type == EventType.VOICE_CALL_RECORDED) {
      fields.put("recording_url", "https://media.sandbox.trengo.invalid/recordings/" + caller.id() + ".mp3");
    }
    return fields.map();
  }

  /** The ticket named by {@code ticket_id}, or else the first one that is not closed. */
  private Ticket openTicket(Map<String, String> given) {
    return ticket(given, null);
  }

  /** The ticket named by {@code ticket_id}, or else the first in {@code status} (null: any but closed). */
  private Ticket ticket(Map<String, String> given, TicketStatus status) {
    if (given.containsKey("ticket_id")) {
      return store.ticket(id(given, "ticket_id")).orElseThrow(() -> unknown("ticket_id", given));
    }
    return store.tickets().stream()
        .filter(t -> status == null ? t.status() != TicketStatus.CLOSED : t.status() == status)
        .findFirst()
        .or(() -> store.tickets().stream().findFirst())
        .orElseThrow(() -> new IllegalArgumentException("the sandbox has no tickets"));
  }

  private static long id(Map<String, String> given, String name) {
    String value = given.get(name);
    if (value == null || !value.matches("\\d{1,18}")) {
      throw new IllegalArgumentException(name + " must be an id (digits), not " + (value == null ? "null" : "'" + value + "'"));
    }
    return Long.parseLong(value);
  }

  private static IllegalArgumentException unknown(String name, Map<String, String> given) {
    return new IllegalArgumentException(name + " " + given.get(name) + " does not exist in the sandbox");
  }
}
