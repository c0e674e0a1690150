package com.trengo.cli.sync;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.InternalServerException;
import com.trengo.client.error.RateLimitException;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.error.TrengoException;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.http.Sleeper;
import com.trengo.client.model.Contact;
import com.trengo.client.model.ContactList;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads that a bulk job may repeat until they work. The library already resends a GET after a reset,
 * a timeout, a 502/503/504 or a 429; it does not after a 500 ("an answer") nor after a body it cannot
 * read. For a read, both are safe to try again, and a bulk job would rather try again a few times than
 * stop, so this adds a short, bounded loop on top.
 */
public final class Reads {

  /** Tries per read, the first included. */
  public static final int ATTEMPTS = 4;

  private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

  private final Sleeper sleeper;

  /** Reads that wait between tries with {@code sleeper}. */
  public Reads(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
  }

  /**
   * Runs {@code read}, again after a failure a later try can cure (5xx, a body cut short, I/O, 429),
   * at most {@link #ATTEMPTS} times; any other failure, or the last, is thrown.
   */
  public <T> T retrying(Supplier<T> read) {
    for (int attempt = 1; ; attempt++) {
      try {
        return read.get();
      } catch (InternalServerException | TrengoDecodingException | TrengoIoException | RateLimitException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  /** Every contact matching {@code term} (all when null), each page read with {@link #retrying}. */
  public AutoPager<Contact> contacts(TrengoClient client, String term) {
    return AutoPager.of(
        page -> {
          ContactList list = retrying(() -> client.contacts().list(page, term));
          return new Page<>(page, list.getData(), list.getMeta(), list.getLinks());
        },
        Contact::getId);
  }

  /** Waits before try {@code attempt + 1}: 250 ms, 500 ms, 1 s. */
  void pause(int attempt) {
    try {
      sleeper.sleep(FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 4)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TrengoException("interrupted", e);
    }
  }
}
