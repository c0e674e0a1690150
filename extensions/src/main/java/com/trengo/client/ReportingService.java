package com.trengo.client;

import com.trengo.client.api.ReportingApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.ReportingMetrics;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Ticket counts and reporting metrics (BETA in Trengo's reference). Get one from {@link
 * TrengoClient#reporting()}.
 */
public final class ReportingService {
  private final CallExecutor executor;
  private final ReportingApi api;

  ReportingService(CallExecutor executor, ReportingApi api) {
    this.executor = executor;
    this.api = api;
  }

  /**
   * Ticket counts by group and key, e.g. {@code {"status": {"OPEN": 12, ...}}}: which groups Trengo sends
   * is not published, so the map holds what it sends.
   */
  public Map<String, Map<String, Long>> ticketAggregates() {
    return executor.execute(api.getTicketAggregates());
  }

  /** Async form of {@link #ticketAggregates()}. */
  public CompletableFuture<Map<String, Map<String, Long>>> ticketAggregatesAsync() {
    return executor.executeAsync(api.getTicketAggregates());
  }

  /** The metrics {@code query} asks for; {@link ReportingMetrics#getAggregates()} has each by name. */
  public ReportingMetrics metrics(MetricsQuery query) {
    Objects.requireNonNull(query, "query == null");
    return executor.execute(call(query));
  }

  /** Async form of {@link #metrics(MetricsQuery)}. */
  public CompletableFuture<ReportingMetrics> metricsAsync(MetricsQuery query) {
    Objects.requireNonNull(query, "query == null");
    return executor.executeAsync(call(query));
  }

  private retrofit2.Call<ReportingMetrics> call(MetricsQuery q) {
    return api.getReportingMetrics(q.metrics(), q.from(), q.to(), q.teams(), q.channels(), q.labels(), q.direction());
  }
}
