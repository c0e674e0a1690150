package com.trengo.cli.sync;

import com.trengo.cli.io.ContactRow;
import com.trengo.cli.io.Reject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an import did, counted as it goes (thread-safe): created, updated, unchanged and failed rows,
 * the rejects, and how the creates whose outcome was unknown were settled.
 */
public final class ImportSummary {

  private final boolean dryRun;
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();
  private final List<Reject> rejects = new ArrayList<>();
  private final List<ContactRow> done = new ArrayList<>();
  private final AtomicInteger notAttempted = new AtomicInteger();
  private final AtomicInteger uncertainCreates = new AtomicInteger();
  private final AtomicInteger appliedAfterAll = new AtomicInteger();
  private final AtomicInteger sentAgain = new AtomicInteger();
  private final AtomicInteger rateLimitErrors = new AtomicInteger();
  private volatile String abortedBecause;

  /** An empty summary; {@code dryRun} changes only how it reads. */
  public ImportSummary(boolean dryRun) {
    this.dryRun = dryRun;
  }

  void count(ContactRow row, Outcome outcome) {
    switch (outcome) {
      case CREATED -> created.incrementAndGet();
      case UPDATED -> updated.incrementAndGet();
      case UNCHANGED -> unchanged.incrementAndGet();
    }
    synchronized (done) {
      done.add(row);
    }
  }

  /** Records a row that was never attempted (the import stopped first); it is rejected too. */
  void notAttempted(Reject reject) {
    notAttempted.incrementAndGet();
    reject(reject);
  }

  /** Records a rejected row (read errors too). */
  public void reject(Reject reject) {
    synchronized (rejects) {
      rejects.add(reject);
    }
  }

  /** Records how a create was settled by the library's create-once routine. */
  void settled(int unknownOutcomes, boolean foundByLookup, int sends) {
    uncertainCreates.addAndGet(unknownOutcomes);
    if (foundByLookup) {
      appliedAfterAll.incrementAndGet();
    }
    sentAgain.addAndGet(sends - 1);
  }

  void rateLimitError() {
    rateLimitErrors.incrementAndGet();
  }

  void abort(String reason) {
    this.abortedBecause = reason;
  }

  /** The rows reported created, updated or unchanged, in no particular order: for checking an import. */
  public List<ContactRow> done() {
    synchronized (done) {
      return List.copyOf(done);
    }
  }

  /** Rows never attempted because the import stopped first (counted among the failed). */
  public int notAttempted() {
    return notAttempted.get();
  }

  /** Rows created (or, in a dry run, that would be). */
  public int created() {
    return created.get();
  }

  /** Rows whose contact was updated (or would be). */
  public int updated() {
    return updated.get();
  }

  /** Rows whose contact already had these values: no request was made for them. */
  public int unchanged() {
    return unchanged.get();
  }

  /** Rows rejected, while reading or importing. */
  public int failed() {
    synchronized (rejects) {
      return rejects.size();
    }
  }

  /** The rejected rows, in file order (by line). */
  public List<Reject> rejects() {
    synchronized (rejects) {
      return rejects.stream().sorted(Comparator.comparingLong(Reject::line)).toList();
    }
  }

  /** Creates that failed in a way that may have been applied (a reset after sending, a 5xx, a cut-off answer). */
  public int uncertainCreates() {
    return uncertainCreates.get();
  }

  /** Of those, how often the lookup found the contact: applied after all, counted as created. */
  public int appliedAfterAll() {
    return appliedAfterAll.get();
  }

  /** Of those, how often the lookup found nothing and the create was sent again. */
  public int sentAgain() {
    return sentAgain.get();
  }

  /** 429s that reached the importer, after the library's own waiting and retrying: should be 0. */
  public int rateLimitErrors() {
    return rateLimitErrors.get();
  }

  /** Why the import stopped before the end (a refused token, say), or null when it did not. */
  public String abortedBecause() {
    return abortedBecause;
  }

  /** One line of counts: {@code created 3, updated 1, unchanged 60, failed 2}. */
  public String counts() {
    String would = dryRun ? "would be " : "";
    return String.format(
        Locale.ROOT, "%screated %d, %supdated %d, unchanged %d, failed %d",
        would, created(), would, updated(), unchanged(), failed());
  }

  @Override
  public String toString() {
    return "ImportSummary{" + counts() + '}';
  }
}
