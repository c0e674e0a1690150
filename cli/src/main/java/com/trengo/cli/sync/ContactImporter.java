package com.trengo.cli.sync;

import com.trengo.cli.io.ContactRow;
import com.trengo.cli.io.Reject;
import com.trengo.client.ContactIdentifier;
import com.trengo.client.Created;
import com.trengo.client.TrengoClient;
import com.trengo.client.builder.CreateContact;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.PermissionDeniedException;
import com.trengo.client.error.RateLimitException;
import com.trengo.client.error.TrengoException;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.TrengoServiceException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.error.UnauthorizedException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.UpdateContactRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Brings the account in line with a file of contacts, matching on identifier by the library's rule
 * ({@link ContactIdentifier}: phone numbers in E.164, emails without case, other ids exactly): creates
 * the missing, updates the changed, skips the unchanged, and rejects a row that cannot be imported,
 * with its line and reason, without stopping the others.
 *
 * <p><b>Never a duplicate.</b> Creates go through the library's one create-once routine ({@code
 * contacts().createOnce}): after an unknown outcome it looks the identifier up and sends again only
 * when the contact provably does not exist, at most {@link Options#maxAttempts()} sends. Reads and
 * updates are retried by the library's retry layer (configured for a bulk job by the command); the
 * importer has no retry loop of its own. Rows that name the same contact (however its identifier is
 * written) are worked in file order by one worker, so they never race to create it.
 *
 * <p><b>Validation.</b> Every row is checked with the library's builder ({@link CreateContact}) before
 * anything is sent for it: a create with all its fields, an update with the fields the row gives.
 *
 * <p><b>Stopping.</b> {@link #stop(String)} (Ctrl-C) lets no new row start and runs the {@code
 * cancelInFlight} it was given (the command closes the client, so no request starts, and cancels those
 * in flight); a token the API refuses stops the import the same way, and so do {@value #NO_ANSWER_LIMIT}
 * rows in a row that fail for want of an answer (a hung or unreachable server). Rows never attempted
 * are rejected as such.
 *
 * <p><b>Throughput.</b> Rows are worked by {@link Options#workers()} threads sharing the client, whose
 * rate limiter is shared and first come, first served: with enough workers the pipeline stays full,
 * and the import runs at the rate limit.
 */
public final class ContactImporter {

  /** Rows in a row failing for want of an answer after which the import stops. */
  static final int NO_ANSWER_LIMIT = 3;

  /**
   * How to import.
   *
   * @param dryRun read and compare only: no create or update is sent
   * @param channelId the channel for rows without a {@code channel_id}, or null
   * @param workers threads sending requests, at least 1
   * @param maxAttempts sends of a create at most, at least 1
   */
  public record Options(boolean dryRun, Long channelId, int workers, int maxAttempts) {
    /** Checks the arguments. */
    public Options {
      if (workers < 1) {
        throw new IllegalArgumentException("workers must be at least 1, was " + workers);
      }
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
    }
  }

  private final TrengoClient client;
  private final Options options;
  private final Runnable cancelInFlight;
  private final AtomicInteger noAnswerInARow = new AtomicInteger();
  private volatile String stopped;
  private volatile ExecutorService pool;

  /**
   * An importer sending through {@code client}; {@code cancelInFlight} cancels every request in flight
   * (for {@link #stop}).
   */
  public ContactImporter(TrengoClient client, Options options, Runnable cancelInFlight) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.options = Objects.requireNonNull(options, "options == null");
    this.cancelInFlight = Objects.requireNonNull(cancelInFlight, "cancelInFlight == null");
  }

  /**
   * Imports {@code rows} into the account, counting into {@code summary} and calling {@code rowDone}
   * after each row (from the worker threads). Returns when every row is done, rejected, or left
   * unattempted because the import stopped.
   */
  public void run(List<ContactRow> rows, ImportSummary summary, Runnable rowDone) {
    Map<ContactIdentifier, Group> groups = new LinkedHashMap<>();
    for (ContactRow row : rows) {
      groups.computeIfAbsent(ContactIdentifier.of(row.identifier()), id -> new Group(id)).rows.add(row);
    }
    if (groups.isEmpty()) {
      return;
    }
    ContactIndex index;
    try {
      index = ContactIndex.walk(client, groups.size());
    } catch (TrengoException e) {
      summary.abort("could not read the account's contacts: " + e.getMessage());
      groups.values().forEach(g -> g.leave(summary, rowDone, "not attempted: the account's contacts could not be read"));
      return;
    }
    ExecutorService workers = Executors.newFixedThreadPool(options.workers(), workerThreads());
    pool = workers;
    for (Group group : groups.values()) {
      workers.execute(() -> group.work(index, summary, rowDone));
    }
    workers.shutdown();
    boolean interrupted = false;
    // Every row ends in time (each request is bounded by the client's call timeout), and the rows
    // left are read only once no worker runs.
    while (true) {
      try {
        if (workers.awaitTermination(1, TimeUnit.SECONDS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
        stop("interrupted");
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    String reason = stopped;
    if (reason != null) {
      summary.abort(reason);
      groups.values().forEach(g -> g.leave(summary, rowDone, "not attempted: the import stopped (" + reason + ")"));
    }
  }

  /**
   * Stops the import (from any thread): no row starts from now on, and the requests in flight are
   * cancelled (a create on the wire then ends as an unknown outcome, and its row says so).
   */
  public void stop(String reason) {
    if (stopped == null) {
      stopped = reason;
    }
    ExecutorService workers = pool;
    if (workers != null) {
      workers.shutdownNow();
    }
    cancelInFlight.run();
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "trengo-import-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** A row that cannot be imported; its message is the reason in the rejects file. */
  private static final class RowRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowRejected(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The rows that name one contact, worked in file order by one worker. */
  private final class Group {
    private final ContactIdentifier identifier;
    private final List<ContactRow> rows = new ArrayList<>();
    private int next; // the first row not yet handled; only the worker moves it, then the caller reads it

    Group(ContactIdentifier identifier) {
      this.identifier = identifier;
    }

    void work(ContactIndex index, ImportSummary summary, Runnable rowDone) {
      Optional<Contact> known = index.get(identifier);
      boolean searched = index.complete();
      for (; next < rows.size() && stopped == null; next++) {
        ContactRow row = rows.get(next);
        try {
          if (known.isEmpty() && !searched) {
            known = lookup(row);
            searched = true;
          }
          known = Optional.of(importOne(row, known.orElse(null), summary));
          noAnswerInARow.set(0);
        } catch (RowRejected e) {
          summary.reject(new Reject(row.line(), e.getMessage(), row.record()));
        } catch (UnauthorizedException | PermissionDeniedException e) {
          // The token itself was refused: every other row would be too.
          summary.reject(new Reject(row.line(), e.getMessage(), row.record()));
          stop(e.getMessage());
        } catch (RuntimeException e) {
          String reason = stopped != null
              ? "stopped before it was done (" + stopped + "); nothing more was sent for it: " + e.getMessage()
              : "unexpected failure: " + e;
          summary.reject(new Reject(row.line(), reason, row.record()));
        }
        rowDone.run();
      }
    }

    /** Rejects the rows never handled, as not attempted. */
    void leave(ImportSummary summary, Runnable rowDone, String reason) {
      for (; next < rows.size(); next++) {
        ContactRow row = rows.get(next);
        summary.notAttempted(new Reject(row.line(), reason, row.record()));
        rowDone.run();
      }
    }
  }

  /** Creates or updates the contact of {@code row}; returns it as it now is. */
  private Contact importOne(ContactRow row, Contact existing, ImportSummary summary) {
    if (existing == null) {
      Contact created = create(row, summary);
      summary.count(row, Outcome.CREATED);
      return created;
    }
    UpdateContactRequest change = changes(existing, row);
    if (change == null) {
      summary.count(row, Outcome.UNCHANGED);
      return existing;
    }
    Contact updated = update(existing, change);
    summary.count(row, Outcome.UPDATED);
    return updated;
  }

  private Contact create(ContactRow row, ImportSummary summary) {
    if (row.name() == null) {
      throw new RowRejected("no name: a new contact needs one");
    }
    CreateContactRequest request;
    try {
      request = CreateContact.builder().name(row.name()).identifier(row.identifier())
          .channelId(channelOf(row, "a new contact needs one")).email(row.email()).phone(row.phone()).build();
    } catch (TrengoValidationException e) {
      throw new RowRejected(invalid(e.errors()));
    }
    if (options.dryRun()) {
      return new Contact().identifier(row.identifier()).name(row.name()).email(row.email()).phone(row.phone());
    }
    try {
      Created<Contact> created = client.contacts().createOnce(request, options.maxAttempts());
      summary.settled(created.unknownOutcomes(), created.foundByLookup(), created.sends());
      return created.value();
    } catch (TrengoOutcomeUnknownException e) {
      noAnswer();
      summary.settled(1, false, 1);
      throw new RowRejected("the create may have been applied (its outcome is unknown and the lookup after it failed:"
          + " look identifier " + row.identifier() + " up before importing this row again): " + e.getMessage());
    } catch (RateLimitException e) {
      summary.rateLimitError();
      throw new RowRejected(refusal(e));
    } catch (TrengoServiceException e) {
      throw rejectOrStop(e);
    } catch (TrengoIoException e) {
      noAnswer();
      throw new RowRejected((e.getSuppressed().length > 0
          ? "gave up after " + e.getSuppressed().length + " attempts, none of them applied (looked up after each failure): "
          : "not created: ") + e.getMessage());
    }
  }

  private Contact update(Contact existing, UpdateContactRequest change) {
    if (options.dryRun()) {
      return existing;
    }
    try {
      return client.contacts().update(existing.getId(), change);
    } catch (NotFoundException e) {
      throw new RowRejected("contact " + existing.getId() + " was deleted while the import ran");
    } catch (RateLimitException e) {
      throw new RowRejected(refusal(e));
    } catch (TrengoServiceException e) {
      throw rejectOrStop(e);
    } catch (TrengoIoException e) {
      noAnswer();
      throw new RowRejected("not updated: " + e.getMessage());
    }
  }

  /** The contact with the row's identifier, found by the library's lookup. */
  private Optional<Contact> lookup(ContactRow row) {
    try {
      return client.contacts().findByIdentifier(row.identifier());
    } catch (UnauthorizedException | PermissionDeniedException e) {
      throw e;
    } catch (TrengoException e) {
      if (e instanceof TrengoIoException) {
        noAnswer();
      }
      // Without knowing whether the contact exists, sending a create could duplicate it.
      throw new RowRejected("could not look up identifier " + row.identifier() + " (so nothing was sent): "
          + e.getMessage());
    }
  }

  /**
   * The update that brings {@code existing} to the row's values, or null when nothing changes. The
   * row's own values are checked with the builder; the contact's identifier and the values the row
   * leaves empty are sent back as the server holds them.
   */
  private UpdateContactRequest changes(Contact existing, ContactRow row) {
    String name = row.name() != null ? row.name() : existing.getName();
    String email = row.email() != null ? row.email() : existing.getEmail();
    String phone = row.phone() != null ? row.phone() : existing.getPhone();
    if (Objects.equals(name, existing.getName()) && sameContactData(email, existing.getEmail())
        && sameContactData(phone, existing.getPhone())) {
      return null;
    }
    long channel = channelOf(row, "the update needs one");
    Set<String> given = new java.util.HashSet<>();
    if (row.name() != null) {
      given.add("name");
    }
    if (row.email() != null) {
      given.add("email");
    }
    if (row.phone() != null) {
      given.add("phone");
    }
    try {
      CreateContact.builder().name(name).identifier(existing.getIdentifier()).channelId(channel)
          .email(email).phone(phone).build();
    } catch (TrengoValidationException e) {
      List<FieldError> own = e.errors().stream().filter(f -> given.contains(f.field())).toList();
      if (!own.isEmpty()) {
        throw new RowRejected(invalid(own));
      }
    }
    return new UpdateContactRequest()
        .name(name).identifier(existing.getIdentifier()).channelId(channel).email(email).phone(phone);
  }

  /** An email address or phone number the same as the one held, by the identifier rule (case, formatting). */
  private static boolean sameContactData(String given, String held) {
    if (given == null || held == null || given.isBlank() || held.isBlank()) {
      return Objects.equals(given, held);
    }
    return ContactIdentifier.of(given).equals(ContactIdentifier.of(held));
  }

  private long channelOf(ContactRow row, String why) {
    Long channel = row.channelId() != null ? row.channelId() : options.channelId();
    if (channel == null) {
      throw new RowRejected("no channel_id: " + why + "; add a channel_id column or pass --channel-id");
    }
    return channel;
  }

  /** A row failing for want of an answer; enough of them in a row stop the import. */
  private void noAnswer() {
    if (noAnswerInARow.incrementAndGet() >= NO_ANSWER_LIMIT) {
      stop("the server did not answer " + NO_ANSWER_LIMIT + " rows in a row");
    }
  }

  /** A refused token stops the import; any other answer rejects the row. */
  private RuntimeException rejectOrStop(TrengoServiceException e) {
    if (e instanceof UnauthorizedException || e instanceof PermissionDeniedException) {
      return e;
    }
    return new RowRejected(refusal(e));
  }

  private static String invalid(List<FieldError> errors) {
    return "invalid: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }

  private static String refusal(TrengoServiceException e) {
    if (e instanceof UnprocessableEntityException u && !u.errors().isEmpty()) {
      return "refused by the API (422): " + u.errors().entrySet().stream()
          .map(f -> f.getKey() + ": " + String.join(" ", f.getValue()))
          .collect(Collectors.joining("; "));
    }
    return "refused by the API (" + e.statusCode() + "): " + e.serverMessage().orElse(e.getMessage());
  }
}
