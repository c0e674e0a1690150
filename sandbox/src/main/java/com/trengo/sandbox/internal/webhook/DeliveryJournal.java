package com.trengo.sandbox.internal.webhook;

import com.trengo.sandbox.WebhookDelivery;
import com.trengo.sandbox.WebhookDelivery.Attempt;
import com.trengo.sandbox.WebhookDelivery.Status;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Every webhook delivery since start or reset, with each attempt; keeps the last {@link #CAPACITY}.
 * Whoever waits for a delivery is woken at each change, so a test waits exactly as long as the
 * delivery takes, never a fixed time.
 */
final class DeliveryJournal {
  /** How many deliveries are kept. */
  static final int CAPACITY = 10_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Deque<Entry> entries = new ArrayDeque<>();
  private long nextId = 1;

  /** Records a new delivery in {@code status}; returns its entry, for the updates. */
  Entry add(long webhookId, String url, EventType type, Map<String, String> payload, String body, Status status) {
    lock.lock();
    try {
      if (entries.size() == CAPACITY) {
        entries.pollFirst();
      }
      Entry entry = new Entry(nextId++, webhookId, url, type, payload, body, status);
      entries.addLast(entry);
      changed.signalAll();
      return entry;
    } finally {
      lock.unlock();
    }
  }

  /** Records an attempt of {@code entry} and where the delivery stands after it. */
  void attempted(Entry entry, Attempt attempt, Status status) {
    lock.lock();
    try {
      entry.attempts.add(attempt);
      entry.status = status;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Every delivery kept, oldest first. */
  List<WebhookDelivery> all() {
    return since(0);
  }

  /** The deliveries numbered above {@code id}, oldest first. */
  List<WebhookDelivery> since(long id) {
    lock.lock();
    try {
      return entries.stream().filter(e -> e.id > id).map(Entry::snapshot).toList();
    } finally {
      lock.unlock();
    }
  }

  /** The number the next delivery gets, minus one: what {@link #since(long)} takes to see only newer ones. */
  long lastId() {
    lock.lock();
    try {
      return nextId - 1;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The first delivery, oldest first, that satisfies {@code condition}, waiting for changes until
   * {@code timeout} has passed; empty if none did by then.
   */
  Optional<WebhookDelivery> await(Predicate<? super WebhookDelivery> condition, Duration timeout)
      throws InterruptedException {
    long left = timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        for (Entry entry : entries) {
          WebhookDelivery delivery = entry.snapshot();
          if (condition.test(delivery)) {
            return Optional.of(delivery);
          }
        }
        if (left <= 0) {
          return Optional.empty();
        }
        left = changed.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits until every delivery in {@code ids} is settled or {@code timeout} has passed; returns them as they stand. */
  List<WebhookDelivery> awaitSettled(List<Long> ids, Duration timeout) throws InterruptedException {
    long left = timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        List<WebhookDelivery> found =
            entries.stream().filter(e -> ids.contains(e.id)).map(Entry::snapshot).toList();
        if (left <= 0 || found.stream().allMatch(WebhookDelivery::isSettled)) {
          return found;
        }
        left = changed.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Forgets every delivery; numbering goes on, so an old number never names a new delivery. */
  void clear() {
    lock.lock();
    try {
      entries.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** One delivery as it goes; changed only under the journal's lock. */
  static final class Entry {
    final long id;
    final long webhookId;
    final String url;
    final EventType type;
    final Map<String, String> payload;
    final String body;
    final List<Attempt> attempts = new ArrayList<>();
    Status status;

    Entry(long id, long webhookId, String url, EventType type, Map<String, String> payload, String body, Status status) {
      this.id = id;
      this.webhookId = webhookId;
      this.url = url;
      this.type = type;
      this.payload = payload;
      this.body = body;
      this.status = status;
    }

    WebhookDelivery snapshot() {
      return new WebhookDelivery(id, webhookId, url, type.name(), payload, body, status, attempts);
    }
  }
}
