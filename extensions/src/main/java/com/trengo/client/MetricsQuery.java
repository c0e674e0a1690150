package com.trengo.client;

import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics to ask {@code reporting().metrics(..)} for, over a period and for some teams, channels or
 * labels. Immutable; build one with {@link #builder()}, which checks every field in {@link
 * Builder#build()}.
 *
 * <pre>{@code
 * ReportingMetrics week = trengo.reporting().metrics(MetricsQuery.builder()
 *     .metric(MetricsQuery.CLOSED_TICKETS).metric(MetricsQuery.AVERAGE_FIRST_RESPONSE_TIME)
 *     .from(OffsetDateTime.parse("2024-03-04T00:00:00Z")).to(OffsetDateTime.parse("2024-03-11T00:00:00Z"))
 *     .team(301).build());
 * }</pre>
 */
public final class MetricsQuery {
  /** New tickets. */
  public static final String NEW_TICKETS = "new_tickets";
  /** Tickets created. */
  public static final String CREATED_TICKETS = "created_tickets";
  /** Tickets assigned. */
  public static final String ASSIGNED_TICKETS = "assigned_tickets";
  /** Tickets closed. */
  public static final String CLOSED_TICKETS = "closed_tickets";
  /** Tickets reopened. */
  public static final String REOPENED_TICKETS = "reopened_tickets";
  /** The average time to the first answer. */
  public static final String AVERAGE_FIRST_RESPONSE_TIME = "average_first_response_time";
  /** The average time from a ticket's creation to its close. */
  public static final String AVERAGE_TOTAL_RESOLUTION_TIME = "average_total_resolution_time";

  private final List<String> metrics;
  private final OffsetDateTime from;
  private final OffsetDateTime to;
  private final List<Long> teams;
  private final List<Long> channels;
  private final List<Long> labels;
  private final String direction;

  private MetricsQuery(Builder b) {
    this.metrics = List.copyOf(b.metrics);
    this.from = b.from;
    this.to = b.to;
    this.teams = b.teams.frozen();
    this.channels = b.channels.frozen();
    this.labels = b.labels.frozen();
    this.direction = b.direction;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  List<String> metrics() {
    return metrics;
  }

  OffsetDateTime from() {
    return from;
  }

  OffsetDateTime to() {
    return to;
  }

  List<Long> teams() {
    return teams;
  }

  List<Long> channels() {
    return channels;
  }

  List<Long> labels() {
    return labels;
  }

  String direction() {
    return direction;
  }

  @Override
  public String toString() {
    return "MetricsQuery{metrics=" + metrics + ", from=" + from + ", to=" + to + ", teams=" + teams
        + ", channels=" + channels + ", labels=" + labels + ", direction=" + direction + '}';
  }

  /** Collects the query; {@link #build()} checks it. */
  public static final class Builder {
    private final List<String> metrics = new ArrayList<>();
    private OffsetDateTime from;
    private OffsetDateTime to;
    private final IdList teams = new IdList();
    private final IdList channels = new IdList();
    private final IdList labels = new IdList();
    private String direction;

    private Builder() {}

    /**
     * Adds a metric, by its API name: one of this class's constants, or a name Trengo added later. At
     * least one is required; not blank.
     */
    public Builder metric(String metric) {
      metrics.add(metric);
      return this;
    }

    /** The start of the period. Optional. */
    public Builder from(OffsetDateTime from) {
      this.from = from;
      return this;
    }

    /** The end of the period. Optional; not before {@link #from}. */
    public Builder to(OffsetDateTime to) {
      this.to = to;
      return this;
    }

    /** Adds a team the metrics are about. Optional; positive. */
    public Builder team(long teamId) {
      teams.add(teamId);
      return this;
    }

    /** Adds a channel the metrics are about. Optional; positive. */
    public Builder channel(long channelId) {
      channels.add(channelId);
      return this;
    }

    /** Adds a label the metrics are about. Optional; positive. */
    public Builder label(long labelId) {
      labels.add(labelId);
      return this;
    }

    /** A direction to restrict the metrics to; its values are not published. Optional; not blank. */
    public Builder direction(String direction) {
      this.direction = direction;
      return this;
    }

    /**
     * The query.
     *
     * @throws TrengoValidationException listing every invalid field
     */
    public MetricsQuery build() {
      List<FieldError> errors = new ArrayList<>();
      if (metrics.isEmpty()) {
        errors.add(FieldError.of("metric", null, "is required: add at least one"));
      }
      for (int i = 0; i < metrics.size(); i++) {
        String metric = metrics.get(i);
        if (metric == null || metric.isBlank()) {
          errors.add(FieldError.of("metric[" + i + "]", metric, "must not be blank"));
        }
      }
      if (from != null && to != null && to.isBefore(from)) {
        errors.add(FieldError.of("end_date", to, "is before start_date " + from));
      }
      teams.checkPositive(errors, "team_ids");
      channels.checkPositive(errors, "channel_ids");
      labels.checkPositive(errors, "label_ids");
      if (direction != null && direction.isBlank()) {
        errors.add(FieldError.of("direction", direction, "must not be blank"));
      }
      if (!errors.isEmpty()) {
        throw new TrengoValidationException("MetricsQuery", errors);
      }
      return new MetricsQuery(this);
    }
  }
}
