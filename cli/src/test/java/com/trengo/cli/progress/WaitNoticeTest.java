package com.trengo.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Item 16 of issue 13: a command waiting on a hung server says what it waits for, within seconds. */
class WaitNoticeTest {
  private final AtomicLong now = new AtomicLong();
  private final RateLimitWaitTracker tracker = new RateLimitWaitTracker(now::get);
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final WaitNotice notice =
      new WaitNotice(tracker, new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ofSeconds(60), "60 requests per 5 s");

  private void at(long seconds) {
    now.set(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void anUnansweredRequestIsNamedAfterFiveSecondsAndAgainEveryTen() {
    tracker.callStarted();
    tracker.attemptSent("GET /api/v2/contacts?page=2");
    at(4);
    assertEquals(Optional.empty(), notice.check());

    at(5);
    assertEquals(Optional.of("trengo: waiting 5 s for the server to answer GET /api/v2/contacts?page=2"
        + " (a request gives up after 60 s, retries included)"), notice.check());
    at(9);
    assertEquals(Optional.empty(), notice.check(), "not every second");
    at(15);
    assertTrue(notice.check().orElseThrow().contains("waiting 15 s"));
    assertEquals(2, err.toString(StandardCharsets.UTF_8).lines().count());
  }

  @Test
  void callsHeldByTheRateLimitAreSaidToBe() {
    tracker.callStarted(); // waiting for a permit, nothing on the wire
    at(6);

    assertEquals(Optional.of("trengo: waiting 6 s for the rate limit (60 requests per 5 s; 1 requests queued)"),
        notice.check());
  }

  @Test
  void aCommandThatGetsAnswersSaysNothing() {
    for (int second = 0; second < 30; second++) {
      at(second);
      tracker.callStarted();
      tracker.attemptSent("GET /api/v2/contacts?page=" + second);
      tracker.attemptAnswered(false);
      tracker.callEnded();
      assertEquals(Optional.empty(), notice.check());
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }
}
