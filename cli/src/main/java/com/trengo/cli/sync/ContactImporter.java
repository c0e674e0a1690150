package com.trengo.cli.sync;

import com.trengo.cli.io.ContactRow;
import com.trengo.cli.io.Reject;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.PermissionDeniedException;
import com.trengo.client.error.RateLimitException;
import com.trengo.client.error.TrengoException;
import com.trengo.client.error.TrengoServiceException;
import com.trengo.client.error.UnauthorizedException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.client.model.UpdateContactRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Brings the account in line with a file of contacts, matching on identifier: creates the missing,
 * updates the changed, skips the unchanged, and rejects a row that cannot be imported without
 * stopping the others.
 *
 * <p><b>Never a duplicate.</b> The library never resends a create that may have reached the server;
 * it throws {@link com.trengo.client.error.TrengoOutcomeUnknownException}. The importer then looks
 * the identifier up before deciding anything: found, the create was applied and the row counts as
 * created; not found, it was not applied (the connection broke before the server acted on it), so
 * sending it again cannot make a second one. A 5xx or an unreadable answer to a create is treated
 * the same way: the sandbox's 500 applies nothing, but a real server's might have. Each row gets at
 * most {@link Options#maxAttempts()} sends; a row that still fails is rejected, and a row whose
 * lookup fails is rejected rather than sent blind. Two rows with the same identifier would race to
 * create it, so the second is rejected.
 *
 * <p><b>Throughput.</b> Rows are worked by {@link Options#workers()} threads sharing the client, whose
 * rate limiter is shared and first come, first served: with enough workers the pipeline stays full,
 * and the import runs at the rate limit.
 */
public final class ContactImporter {

  /**
   * How to import.
   *
   * @param dryRun read and compare only: no create or update is sent
   * @param channelId the channel for rows without a {@code channel_id}, or null
   * @param workers threads sending requests, at least 1
   * @param maxAttempts sends per row at most, at least 1
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
  private final Reads reads;
  private final Options options;

  /** An importer sending through {@code client}, reading through {@code reads}. */
  public ContactImporter(TrengoClient client, Reads reads, Options options) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.reads = Objects.requireNonNull(reads, "reads == null");
    this.options = Objects.requireNonNull(options, "options == null");
  }

  /**
   * Imports {@code rows} into the account, counting into {@code summary} and calling {@code rowDone}
   * after each row (from the worker threads).
   */
  public void run(List<ContactRow> rows, ImportSummary summary, Runnable rowDone) {
    List<ContactRow> unique = rejectRepeatedIdentifiers(rows, summary, rowDone);
    if (unique.isEmpty()) {
      return;
    }
    ContactIndex index;
    try {
      index = ContactIndex.walk(client, reads, unique.size());
    } catch (UnauthorizedException | PermissionDeniedException e) {
      abortAll(unique, summary, rowDone, e);
      return;
    }

    ExecutorService workers = Executors.newFixedThreadPool(options.workers(), workerThreads());
    try {
      Row work = new Row(index, summary);
      List<Future<?>> done = new ArrayList<>(unique.size());
      for (ContactRow row : unique) {
        done.add(workers.submit(() -> {
          work.importOne(row);
          rowDone.run();
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      summary.abort("interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }

  private static List<ContactRow> rejectRepeatedIdentifiers(
      List<ContactRow> rows, ImportSummary summary, Runnable rowDone) {
    Map<String, Long> firstLine = new HashMap<>();
    List<ContactRow> unique = new ArrayList<>(rows.size());
    for (ContactRow row : rows) {
      Long first = firstLine.putIfAbsent(row.key(), row.line());
      if (first == null) {
        unique.add(row);
      } else {
        summary.reject(new Reject(row.line(), "identifier " + row.identifier() + " is already on line " + first
            + " (two rows for one contact would race to create it)", row.record()));
        rowDone.run();
      }
    }
    return unique;
  }

  private static void abortAll(List<ContactRow> rows, ImportSummary summary, Runnable rowDone, TrengoException e) {
    summary.abort(e.getMessage());
    for (ContactRow row : rows) {
      summary.reject(new Reject(row.line(), "not attempted: " + e.getMessage(), row.record()));
      rowDone.run();
    }
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

  /** The work on one row; shared by the workers (its state is the summary, thread-safe). */
  private final class Row {
    private final ContactIndex index;
    private final ImportSummary summary;
    private volatile String fatal;

    Row(ContactIndex index, ImportSummary summary) {
      this.index = index;
      this.summary = summary;
    }

    void importOne(ContactRow row) {
      String stop = fatal;
      if (stop != null) {
        summary.reject(new Reject(row.line(), "not attempted: " + stop, row.record()));
        return;
      }
      try {
        summary.count(sync(row));
      } catch (RowRejected e) {
        summary.reject(new Reject(row.line(), e.getMessage(), row.record()));
      } catch (UnauthorizedException | PermissionDeniedException e) {
        // The token itself was refused: every other row would be too.
        fatal = e.getMessage();
        summary.abort(e.getMessage());
        summary.reject(new Reject(row.line(), e.getMessage(), row.record()));
      } catch (RuntimeException e) {
        summary.reject(new Reject(row.line(), "unexpected failure: " + e, row.record()));
      }
    }

    private Outcome sync(ContactRow row) {
      Optional<Contact> existing = index.get(row.key());
      if (existing.isEmpty() && !index.complete()) {
        existing = lookup(row);
      }
      if (existing.isEmpty()) {
        return create(row);
      }
      UpdateContactRequest change = changes(existing.get(), row);
      return change == null ? Outcome.UNCHANGED : update(existing.get().getId(), change);
    }

    private Outcome create(ContactRow row) {
      if (row.name() == null) {
        throw new RowRejected("no name: a new contact needs one");
      }
      CreateContactRequest request =
          new CreateContactRequest()
              .name(row.name())
              .identifier(row.identifier())
              .channelId(channelOf(row, "a new contact needs one"))
              .email(row.email())
              .phone(row.phone());
      if (options.dryRun()) {
        return Outcome.CREATED;
      }
      send(() -> client.contacts().create(request), failure -> settleUncertainCreate(row, failure),
          ", none of them applied (looked up after each failure); the last failure");
      return Outcome.CREATED;
    }

    /**
     * The create failed in a way that may have been applied. Returns null when the lookup finds the
     * contact (applied after all), else the failure, to send the create again.
     */
    private TrengoException settleUncertainCreate(ContactRow row, TrengoException failure) {
      summary.uncertainCreate();
      if (lookup(row).isPresent()) {
        summary.createWasApplied();
        return null;
      }
      // Not there, so it was not applied (reset before the server acted, or a 5xx that changed
      // nothing): sending it again cannot make a duplicate.
      summary.createSentAgain();
      return failure;
    }

    private Outcome update(long id, UpdateContactRequest change) {
      if (options.dryRun()) {
        return Outcome.UPDATED;
      }
      send(
          () -> {
            try {
              client.contacts().update(id, change);
            } catch (NotFoundException e) {
              throw new RowRejected("contact " + id + " was deleted while the import ran");
            }
          },
          failure -> failure, // a PUT sets the same values again: resending it cannot do harm
          "");
      return Outcome.UPDATED;
    }

    /**
     * Sends {@code request}, at most {@link Options#maxAttempts()} times with a pause between tries.
     * A 429 was refused before anything was done, so it is simply tried again; any other 4xx is the
     * server's answer and rejects the row; every other failure may have been applied and goes to
     * {@code uncertain}, which returns null when the request turns out to have been applied after
     * all, else the failure, to send again.
     */
    private void send(Runnable request, UnaryOperator<TrengoException> uncertain, String gaveUpDetail) {
      TrengoException last = null;
      for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
        if (attempt > 1) {
          reads.pause(attempt - 1);
        }
        try {
          request.run();
          return;
        } catch (UnauthorizedException | PermissionDeniedException e) {
          throw e;
        } catch (RateLimitException e) {
          summary.rateLimitError();
          last = e;
        } catch (TrengoException e) { // 5xx, outcome unknown (reset after sending), unreadable answer, I/O
          if (e instanceof TrengoServiceException answered && isAnswer(answered)) {
            throw new RowRejected(refusal(answered));
          }
          last = uncertain.apply(e);
          if (last == null) {
            return;
          }
        }
      }
      throw new RowRejected(
          "gave up after " + options.maxAttempts() + " attempts" + gaveUpDetail + ": " + last.getMessage());
    }

    /** The contact with the row's identifier, searched for by term; exact matches only. */
    private Optional<Contact> lookup(ContactRow row) {
      try {
        return reads.contacts(client, row.identifier()).stream()
            .filter(c -> c.getIdentifier() != null && ContactRow.key(c.getIdentifier()).equals(row.key()))
            .findFirst();
      } catch (UnauthorizedException | PermissionDeniedException e) {
        throw e;
      } catch (TrengoException e) {
        // Without knowing whether the contact exists, sending a create could duplicate it.
        throw new RowRejected("could not look up identifier " + row.identifier() + " (so nothing was sent): "
            + e.getMessage());
      }
    }

    /** The update that brings {@code existing} to the row's values, or null when nothing changes. */
    private UpdateContactRequest changes(Contact existing, ContactRow row) {
      String name = row.name() != null ? row.name() : existing.getName();
      String email = row.email() != null ? row.email() : existing.getEmail();
      String phone = row.phone() != null ? row.phone() : existing.getPhone();
      if (Objects.equals(name, existing.getName())
          && Objects.equals(email, existing.getEmail())
          && Objects.equals(phone, existing.getPhone())) {
        return null;
      }
      return new UpdateContactRequest()
          .name(name)
          .identifier(existing.getIdentifier())
          .channelId(channelOf(row, "the update needs one"))
          .email(email)
          .phone(phone);
    }

    private long channelOf(ContactRow row, String why) {
      Long channel = row.channelId() != null ? row.channelId() : options.channelId();
      if (channel == null) {
        throw new RowRejected("no channel_id: " + why + "; add a channel_id column or pass --channel-id");
      }
      return channel;
    }
  }

  /** 4xx other than 429: the server looked at the request and said no; resending changes nothing. */
  private static boolean isAnswer(TrengoServiceException e) {
    return e.statusCode() >= 400 && e.statusCode() < 500 && e.statusCode() != 429;
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
