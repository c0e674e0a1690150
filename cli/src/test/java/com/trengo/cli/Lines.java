package com.trengo.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output stream a test can wait on: {@link #await} returns as soon as a line matches, so a test of
 * a long-running command (listen) waits exactly as long as the command takes, never a fixed time.
 */
final class Lines extends OutputStream {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition written = lock.newCondition();

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    lock.lock();
    try {
      bytes.write(b, off, len);
      written.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Everything written so far. */
  String text() {
    lock.lock();
    try {
      return bytes.toString(StandardCharsets.UTF_8);
    } finally {
      lock.unlock();
    }
  }

  /** The first whole line matching {@code pattern}, waiting up to {@code timeout} for it. */
  Matcher await(String pattern, Duration timeout) throws InterruptedException {
    Pattern compiled = Pattern.compile(pattern);
    long left = timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        Optional<Matcher> found = bytes.toString(StandardCharsets.UTF_8).lines()
            .map(compiled::matcher).filter(Matcher::matches).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
        if (left <= 0) {
          throw new AssertionError("no line matching " + pattern + " within " + timeout.toMillis() + " ms in:\n"
              + bytes.toString(StandardCharsets.UTF_8));
        }
        left = written.awaitNanos(left);
      }
    } finally {
      lock.unlock();
    }
  }
}
