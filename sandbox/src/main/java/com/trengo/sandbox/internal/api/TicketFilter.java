package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filters and sort of GET /tickets: status, contact_id, users[], channels[], labels[],
 * last_message_type, updated_at_gt and sort ({@code -date}, newest activity first, by default). Tickets
 * marked as spam are listed only when the status filter asks for INVALID.
 */
final class TicketFilter {

  private final SandboxStore store;
  private final ApiRequest request;

  TicketFilter(SandboxStore store, ApiRequest request) {
    this.store = store;
    this.request = request;
  }

  /** The store's tickets that pass every filter the request names, in the requested order. */
  List<Ticket> apply() {
    Predicate<Ticket> filter = t -> true;
    Optional<String> status = request.queryParam("status");
    if (status.isPresent()) {
      filter = filter.and(t -> t.status().name().equals(status.get()));
    } else {
      // Spam is not in the inbox: only a status=INVALID filter lists it (the sandbox's choice).
      filter = filter.and(t -> !t.isSpam());
    }
    Optional<String> contact = request.queryParam("contact_id");
    if (contact.isPresent()) {
      filter = filter.and(t -> Long.toString(t.contactId()).equals(contact.get()));
    }
    Optional<Set<Long>> users = ids("users[]");
    if (users.isPresent()) {
      filter = filter.and(t -> t.assigneeId() != null && users.get().contains(t.assigneeId()));
    }
    Optional<Set<Long>> channels = ids("channels[]");
    if (channels.isPresent()) {
      filter = filter.and(t -> channels.get().contains(t.channelId()));
    }
    Optional<Set<Long>> labels = ids("labels[]");
    if (labels.isPresent()) {
      filter = filter.and(t -> t.labelIds().stream().anyMatch(labels.get()::contains));
    }
    Optional<String> lastType = request.queryParam("last_message_type");
    if (lastType.isPresent()) {
      filter = filter.and(t -> lastMessageType(t).filter(lastType.get()::equals).isPresent());
    }
    Optional<Instant> updatedAfter = request.queryParam("updated_at_gt").flatMap(TicketFilter::instant);
    if (updatedAfter.isPresent()) {
      filter = filter.and(t -> t.updatedAt().isAfter(updatedAfter.get()));
    }
    Comparator<Ticket> byActivity = Comparator.comparing(Ticket::updatedAt).thenComparing(Ticket::id);
    boolean oldestFirst = request.queryParam("sort").filter("date"::equals).isPresent();
    return store.tickets().stream()
        .filter(filter)
        .sorted(oldestFirst ? byActivity : byActivity.reversed())
        .toList();
  }

  /**
   * The numeric values of a repeated parameter, or empty when the request does not filter on it; values
   * that are not ids cannot match anything.
   */
  private Optional<Set<Long>> ids(String name) {
    List<String> values = request.queryParams(name);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        values.stream().filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).collect(Collectors.toSet()));
  }

  /** The type of the last message the contact could see: an internal note is not one. */
  private Optional<String> lastMessageType(Ticket ticket) {
    List<Message> messages =
        store.messages(ticket.id()).stream().filter(m -> m.type() != MessageType.NOTE).toList();
    return messages.isEmpty()
        ? Optional.empty()
        : Optional.of(messages.get(messages.size() - 1).type().name());
  }

  private static Optional<Instant> instant(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
