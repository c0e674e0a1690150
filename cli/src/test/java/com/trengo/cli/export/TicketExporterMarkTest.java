package com.trengo.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.trengo.client.model.Ticket;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a pass began, which the next catch-up and the next --since start from: never after the server's now. */
class TicketExporterMarkTest {

  private static final Clock LOCAL = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
  private static final List<Ticket> PAGE = List.of(
      new Ticket().id(1L).updatedAt(OffsetDateTime.parse("2024-05-31T09:00:00.250+02:00")),
      new Ticket().id(2L).updatedAt(OffsetDateTime.parse("2024-05-31T08:30:00.750Z")),
      new Ticket().id(3L));

  @Test
  void theServersDateHeaderLessASecondComesFirst() {
    assertEquals(OffsetDateTime.parse("2024-05-31T10:14:59Z"),
        TicketExporter.mark("Fri, 31 May 2024 10:15:00 GMT", PAGE, null, LOCAL));
  }

  @Test
  void withoutADateTheNewestActivityOnTheFirstPageInWholeSecondsLessOne() {
    // 09:00:00.250+02:00 is 07:00:00.250Z: the newest is 08:30:00.750Z.
    assertEquals(OffsetDateTime.parse("2024-05-31T08:29:59Z"), TicketExporter.mark(null, PAGE, null, LOCAL));
  }

  @Test
  void anUnreadableDateFallsBackToThePage() {
    assertEquals(OffsetDateTime.parse("2024-05-31T08:29:59Z"), TicketExporter.mark("yesterday", PAGE, null, LOCAL));
  }

  @Test
  void anEmptyFirstPageKeepsThePassesOwnSinceElseTheLocalClockLessFiveMinutes() {
    OffsetDateTime since = OffsetDateTime.parse("2024-01-01T00:00:00Z");
    assertEquals(since, TicketExporter.mark(null, List.of(), since, LOCAL));
    assertEquals(OffsetDateTime.parse("2024-06-01T11:55:00Z"), TicketExporter.mark(null, List.of(), null, LOCAL));
  }
}
