package com.trengo.cli.export;

import com.trengo.cli.io.ExportCheckpoint;
import com.trengo.client.RequestOptions;
import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.model.Message;
import com.trengo.client.model.Ticket;
import com.trengo.client.pagination.Page;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Walks every ticket (updated after {@code --since}) and writes each, with all its messages, to an
 * {@link ExportOutput} exactly once, saving its position after every line so that a later run goes on
 * from there.
 *
 * <p><b>The walk.</b> {@code GET /tickets?sort=-date&updated_at_gt=SINCE}, page after page (the API's
 * own default order, newest activity first). In that order a ticket that changes, or is created, while
 * the walk runs moves to the front: pages shift forward, so the walk meets some tickets twice (the
 * second time is skipped: the output already holds the id) and never loses an unchanged one. The
 * tickets that moved to the front before the walk reached them are what the <b>catch-up</b> walks are
 * for: after the first walk, {@code updated_at_gt} = the server's time when that walk began ({@link
 * #mark}) lists the tickets changed since, and the ones not yet written are written; repeated (from
 * the start of the previous catch-up) while a catch-up still finds some, at most {@value
 * ExportCheckpoint#MAX_CATCH_UP} times. A ticket written before it changed stays in the output as it
 * was read; the next incremental export ({@code --since} = {@link ExportCheckpoint#startedAt()})
 * brings its newer state. A ticket deleted while the export runs shifts pages back by one and may
 * hide one other ticket from this export.
 *
 * <p><b>Stopping.</b> {@link #stop()} (Ctrl-C) lets no new request start; the line being written is
 * finished or not begun, never half-written (a kill can leave half a line, which the next run removes).
 */
public final class TicketExporter {

  /** Used when neither a Date header nor a ticket tells the server's time: this machine's clock, less a margin. */
  private static final Duration LOCAL_CLOCK_MARGIN = Duration.ofMinutes(5);

  private final TrengoClient client;
  private final ExportOutput output;
  private final LongSupplier requests;
  private final Clock clock;
  private final Runnable onTicket;
  private final Counts counts = new Counts();
  private long requestsBefore;
  private volatile boolean stopped;

  /**
   * An exporter reading through {@code client} into {@code output}.
   *
   * @param requests the requests this run has sent so far (retries included), for the checkpoint
   * @param clock this machine's clock, only for a server that sends no Date header
   * @param onTicket called after each ticket written (progress)
   */
  public TicketExporter(TrengoClient client, ExportOutput output, LongSupplier requests, Clock clock,
      Runnable onTicket) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.output = Objects.requireNonNull(output, "output == null");
    this.requests = Objects.requireNonNull(requests, "requests == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.onTicket = Objects.requireNonNull(onTicket, "onTicket == null");
  }

  /** What this run did. */
  public static final class Counts {
    private volatile long written;
    private volatile long messages;
    private volatile long metAgain;
    private volatile long caughtUp;
    private volatile long gone;
    private volatile long outsideSince;

    /** Tickets written by this run. */
    public long written() {
      return written;
    }

    /** Messages in the tickets written by this run. */
    public long messages() {
      return messages;
    }

    /** Tickets the walk met that the output already held (moved by a change, or written by an earlier run). */
    public long metAgain() {
      return metAgain;
    }

    /** Tickets the catch-up walks wrote: they changed while the export ran, before the walk reached them. */
    public long caughtUp() {
      return caughtUp;
    }

    /** Tickets listed but deleted before their messages were read: not in the output. */
    public long gone() {
      return gone;
    }

    /** Tickets the server listed though they were not updated after {@code --since}: not written. */
    public long outsideSince() {
      return outsideSince;
    }
  }

  /** What this run did so far. */
  public Counts counts() {
    return counts;
  }

  /** Lets no new request start; {@link #run} returns (or fails with the request cancelled meanwhile). */
  public void stop() {
    stopped = true;
  }

  /** Whether {@link #stop()} was called. */
  public boolean stopped() {
    return stopped;
  }

  /**
   * Goes on from {@code from} until the export is complete, {@link #stop()} is called or the reader
   * of the output goes away, and returns the position reached.
   *
   * @throws com.trengo.client.error.TrengoException when a request fails for good (the position of the
   *     last line written is saved: a later run goes on from there)
   */
  public ExportCheckpoint run(ExportCheckpoint from) throws IOException {
    ExportCheckpoint at = from;
    requestsBefore = from.requests();
    while (!at.complete()) {
      if (stopped || output.readerGone()) {
        return at;
      }
      AtomicReference<String> serverDate = new AtomicReference<>();
      TrengoClient observed = client.withOptions(RequestOptions.builder()
          .responseObserver(info -> info.header("Date").ifPresent(date -> serverDate.compareAndSet(null, date)))
          .build());
      TicketQuery.Builder query = TicketQuery.builder().sort("-date");
      if (at.passSince() != null) {
        query.updatedAfter(at.passSince());
      }
      for (Page<Ticket> page : observed.tickets().listAll(query.build()).startingAt(at.page()).pages()) {
        if (at.passMark() == null) {
          at = at.marked(mark(serverDate.get(), page.items(), at.passSince(), clock));
        }
        for (Ticket ticket : page.items()) {
          if (stopped || output.readerGone()) {
            return at;
          }
          at = export(ticket, at, page.number());
        }
        OptionalInt following = page.nextPageNumber();
        if (following.isEmpty()) {
          break;
        }
        at = at.withPage(following.getAsInt(), requestsSoFar());
        output.save(at);
        if (stopped || output.readerGone()) {
          return at;
        }
      }
      at = at.afterPass(requestsSoFar());
      output.save(at);
    }
    return at;
  }

  /** Writes {@code ticket} unless the output holds it; returns the position after it. */
  private ExportCheckpoint export(Ticket ticket, ExportCheckpoint at, int page) throws IOException {
    Long id = ticket.getId();
    if (id == null) {
      throw new IOException("the server listed a ticket without an id on page " + page);
    }
    if (output.contains(id)) {
      counts.metAgain++;
      return at;
    }
    if (at.since() != null && ticket.getUpdatedAt() != null && !ticket.getUpdatedAt().isAfter(at.since())) {
      counts.outsideSince++;
      return at;
    }
    List<Message> messages;
    try {
      messages = client.messages().listAll(id).stream().toList();
    } catch (NotFoundException e) {
      counts.gone++; // deleted after it was listed: there is nothing left to export
      return at;
    }
    ExportCheckpoint after = at.withLine(page, messages.size(), requestsSoFar());
    after = output.append(id, TicketLine.of(ticket, messages), after);
    counts.written++;
    counts.messages += messages.size();
    if (at.pass() > 0) {
      counts.caughtUp++;
    }
    onTicket.run();
    return after;
  }

  /** The requests of the earlier runs (as this run found them) and this run's so far. */
  private long requestsSoFar() {
    return requestsBefore + requests.getAsLong();
  }

  /**
   * When a pass began, as a time the server's {@code updated_at} can be compared with, less a second
   * so that a change in that same second is not missed: {@code updated_at_gt} of it lists every ticket
   * changed after the pass's first page was read. In order of preference: the server's Date header
   * (whole seconds); without one, the newest {@code updated_at} on that first page (never later than
   * the server's clock then, and near it in an account in use); on an empty first page, the pass's own
   * {@code updated_at_gt}; with none of these, this machine's clock less a margin for its error.
   */
  static OffsetDateTime mark(String serverDate, List<Ticket> firstPage, OffsetDateTime passSince, Clock clock) {
    if (serverDate != null) {
      try {
        return ZonedDateTime.parse(serverDate, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.UTC).minusSeconds(1);
      } catch (DateTimeParseException e) {
        // fall through to what the page says
      }
    }
    OffsetDateTime newest = null;
    for (Ticket ticket : firstPage) {
      OffsetDateTime updated = ticket.getUpdatedAt();
      if (updated != null && (newest == null || updated.isAfter(newest))) {
        newest = updated;
      }
    }
    if (newest != null) {
      return newest.withOffsetSameInstant(ZoneOffset.UTC).withNano(0).minusSeconds(1);
    }
    if (passSince != null) {
      return passSince;
    }
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(LOCAL_CLOCK_MARGIN).withNano(0);
  }
}
