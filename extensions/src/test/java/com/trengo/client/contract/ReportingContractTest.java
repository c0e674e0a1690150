package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.MetricsQuery;
import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Ticket;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ticket aggregates and reporting metrics through TrengoClient against the sandbox. */
class ReportingContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"getTicketAggregates", "listTickets"})
  void countsTicketsByStatusAsTheListShowsThem(TrengoClient trengo) {
    Map<String, Map<String, Long>> aggregates = trengo.reporting().ticketAggregates();

    long open = trengo.tickets().listAll(TicketQuery.builder().status("OPEN").build()).stream().count();
    assertEquals(open, aggregates.get("status").get("OPEN"));
    assertEquals(30, aggregates.get("status").values().stream().mapToLong(Long::longValue).sum());
    assertEquals(30, aggregates.get("channel").values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  @Covers({"getReportingMetrics", "closeTicket", "reopenTicket"})
  void countsWhatHappenedInThePeriodForTheChannelsAsked(TrengoClient trengo, TrengoSandbox sandbox) {
    Ticket ticket = trengo.tickets().list(TicketQuery.builder().status("OPEN").build()).getData().get(0);
    trengo.tickets().close(ticket.getId());
    trengo.tickets().reopen(ticket.getId());
    MetricsQuery.Builder query = MetricsQuery.builder().metric(MetricsQuery.CLOSED_TICKETS)
        .metric(MetricsQuery.REOPENED_TICKETS).metric(MetricsQuery.AVERAGE_FIRST_RESPONSE_TIME)
        .channel(ticket.getChannelId());

    Map<String, BigDecimal> all = trengo.reporting().metrics(query.build()).getAggregates();
    Map<String, BigDecimal> future = trengo.reporting().metricsAsync(
        query.from(OffsetDateTime.now().plusYears(100)).build()).join().getAggregates();

    assertTrue(all.get(MetricsQuery.CLOSED_TICKETS).intValue() >= 1, all.toString());
    assertEquals(1, all.get(MetricsQuery.REOPENED_TICKETS).intValue());
    assertTrue(all.get(MetricsQuery.AVERAGE_FIRST_RESPONSE_TIME).doubleValue() > 0, "seconds to the first answer");
    assertEquals(0, future.get(MetricsQuery.CLOSED_TICKETS).intValue());
    assertTrue(sandbox.receivedRequests().stream().anyMatch(r -> URLDecoder.decode(r.url(), StandardCharsets.UTF_8).contains(
        "metric[]=closed_tickets&metric[]=reopened_tickets&metric[]=average_first_response_time")),
        "metric[] repeated, as PyTrengo sends it");
  }

  @Test
  @Covers("getReportingMetrics")
  void aMetricTrengoDoesNotDocumentIs422(TrengoClient trengo) {
    UnprocessableEntityException rejected = assertThrows(UnprocessableEntityException.class,
        () -> trengo.reporting().metrics(MetricsQuery.builder().metric("happiness").build()));

    assertEquals(List.of("The selected metric.0 is invalid."), rejected.errors().get("metric.0"));
  }
}
