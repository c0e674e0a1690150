package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Message;
import com.trengo.sandbox.internal.store.MessageType;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * getTicketAggregates and getReportingMetrics, computed from the store. Neither answer's keys are
 * published beyond PyTrengo's types and its list of metrics, so what the sandbox counts is its own
 * choice (docs/spec-choices.md): aggregates by {@code status} and by {@code channel}; each documented
 * metric over the tickets of the period and filters.
 */
final class ReportingHandler {

  /** The metrics PyTrengo documents; another name is a 422. */
  static final Set<String> METRICS = Set.of(
      "new_tickets", "created_tickets", "assigned_tickets", "closed_tickets", "reopened_tickets",
      "average_first_response_time", "average_total_resolution_time");

  private final SandboxStore store;

  private ReportingHandler(SandboxStore store) {
    this.store = store;
  }

  /** Adds the reporting routes to {@code router}. */
  static Router addTo(Router router, SandboxStore store) {
    ReportingHandler reporting = new ReportingHandler(store);
    return router.add("GET", "/ticket_aggregates", reporting::aggregates).add("GET", "/reporting/metrics", reporting::metrics);
  }

  /** GET /ticket_aggregates: tickets (spam left out) counted by status and by channel id. */
  ApiResponse aggregates(ApiRequest request) {
    List<Ticket> tickets = store.tickets().stream().filter(t -> !t.isSpam()).toList();
    JsonObject json = new JsonObject();
    json.add("status", counts(tickets, t -> t.status().name()));
    json.add("channel", counts(tickets, t -> Long.toString(t.channelId())));
    return ApiResponse.ok(json);
  }

  /**
   * GET /reporting/metrics?metric[]=..: each metric over the tickets of the channels, teams and labels
   * named (all when none is), in [start_date, end_date] (open ends when absent). Counts are of tickets
   * created, assigned, closed or reopened in the period; averages are in seconds, of the tickets created
   * (first response: to the first outbound message) or closed (resolution: creation to close) in it.
   * {@code direction} is accepted and not applied: its values are not published.
   */
  ApiResponse metrics(ApiRequest request) {
    List<String> metrics = request.queryParams("metric[]");
    if (metrics.isEmpty()) {
      throw UnprocessableException.of("metric", "The metric field is required.");
    }
    for (int i = 0; i < metrics.size(); i++) {
      if (!METRICS.contains(metrics.get(i))) {
        throw UnprocessableException.of("metric." + i, "The selected metric." + i + " is invalid.");
      }
    }
    Instant from = instant(request, "start_date").orElse(Instant.MIN);
    Instant to = instant(request, "end_date").orElse(Instant.MAX);
    Predicate<Instant> inPeriod = at -> at != null && !at.isBefore(from) && !at.isAfter(to);
    List<Ticket> tickets = store.tickets().stream().filter(selected(request)).toList();
    JsonObject aggregates = new JsonObject();
    for (String metric : metrics) {
      aggregates.addProperty(metric, value(metric, tickets, inPeriod));
    }
    JsonObject json = new JsonObject();
    json.add("aggregates", aggregates);
    return ApiResponse.ok(json);
  }

  private Number value(String metric, List<Ticket> tickets, Predicate<Instant> inPeriod) {
    Map<Long, List<Instant>> reopenings = store.reopenings();
    return switch (metric) {
      case "new_tickets", "created_tickets" -> count(tickets.stream().map(Ticket::createdAt), inPeriod);
      case "assigned_tickets" -> count(tickets.stream().map(Ticket::assignedAt), inPeriod);
      case "closed_tickets" -> count(tickets.stream().map(Ticket::closedAt), inPeriod);
      case "reopened_tickets" -> count(
          tickets.stream().flatMap(t -> reopenings.getOrDefault(t.id(), List.of()).stream()), inPeriod);
      case "average_first_response_time" -> average(tickets.stream()
          .filter(t -> inPeriod.test(t.createdAt()))
          .map(t -> firstResponse(t).map(at -> Duration.between(t.createdAt(), at))));
      default -> average(tickets.stream()
          .filter(t -> inPeriod.test(t.closedAt()))
          .map(t -> Optional.of(Duration.between(t.createdAt(), t.closedAt()))));
    };
  }

  private Optional<Instant> firstResponse(Ticket ticket) {
    return store.messages(ticket.id()).stream()
        .filter(m -> m.type() == MessageType.OUTBOUND)
        .map(Message::createdAt)
        .findFirst();
  }

  private static long count(Stream<Instant> moments, Predicate<Instant> inPeriod) {
    return moments.filter(inPeriod).count();
  }

  private static double average(Stream<Optional<Duration>> durations) {
    OptionalDouble average = durations.flatMap(Optional::stream).mapToLong(Duration::getSeconds).average();
    return average.orElse(0);
  }

  /** The tickets of the channels, teams and labels the request names, spam left out. */
  private static Predicate<Ticket> selected(ApiRequest request) {
    Set<String> channels = Set.copyOf(request.queryParams("channel_ids[]"));
    Set<String> teams = Set.copyOf(request.queryParams("team_ids[]"));
    Set<String> labels = Set.copyOf(request.queryParams("label_ids[]"));
    return ticket -> !ticket.isSpam()
        && (channels.isEmpty() || channels.contains(Long.toString(ticket.channelId())))
        && (teams.isEmpty() || (ticket.teamId() != null && teams.contains(Long.toString(ticket.teamId()))))
        && (labels.isEmpty() || ticket.labelIds().stream().anyMatch(id -> labels.contains(Long.toString(id))));
  }

  private static Optional<Instant> instant(ApiRequest request, String name) {
    Optional<String> value = request.queryParam(name);
    try {
      return value.map(v -> OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException e) {
      throw UnprocessableException.of(name, "The " + name.replace('_', ' ') + " is not a valid date.");
    }
  }

  private static JsonObject counts(List<Ticket> tickets, Function<Ticket, String> key) {
    JsonObject json = new JsonObject();
    tickets.stream()
        .collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.counting()))
        .forEach(json::addProperty);
    return json;
  }
}
