package com.trengo.sandbox.internal;

import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.SpecViolation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the sandbox received and which exchanges broke the contract. Keeps the last {@link #CAPACITY}
 * requests, so a sandbox left running does not grow without end; violations are all kept.
 */
public final class ExchangeJournal {

  /** How many received requests are kept. */
  public static final int CAPACITY = 10_000;

  private final Deque<ReceivedRequest> received = new ArrayDeque<>();
  private final List<SpecViolation> violations = new ArrayList<>();

  /** Records an exchange and the violations found in it. */
  public synchronized void record(ReceivedRequest request, List<SpecViolation> found) {
    if (received.size() == CAPACITY) {
      received.pollFirst();
    }
    received.addLast(request);
    violations.addAll(found);
  }

  /** The requests received, oldest first. */
  public synchronized List<ReceivedRequest> received() {
    return List.copyOf(received);
  }

  /** The violations found, oldest first. */
  public synchronized List<SpecViolation> violations() {
    return List.copyOf(violations);
  }

  /** Forgets the violations only. */
  public synchronized void clearViolations() {
    violations.clear();
  }

  /** Forgets everything. */
  public synchronized void clear() {
    received.clear();
    violations.clear();
  }
}
