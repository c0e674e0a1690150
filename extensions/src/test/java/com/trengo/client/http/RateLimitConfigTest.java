package com.trengo.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.testing.FakeTime;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RateLimitConfigTest {

  @Test
  void defaultsAreTrengosBudgetInRealTime() {
    RateLimitConfig config = RateLimitConfig.ofDefaults();

    assertEquals(120, config.limit());
    assertEquals(Duration.ofSeconds(60), config.window());
    assertEquals(Duration.ofMinutes(5), config.maxWait());
    assertEquals(Duration.ofSeconds(60), config.maxServerPause());
    assertEquals(Clock.systemUTC(), config.clock());
    assertSame(Sleeper.SYSTEM, config.sleeper());
  }

  @Test
  void builderSetsEveryValue() {
    FakeTime time = new FakeTime();
    RateLimitConfig config =
        RateLimitConfig.builder()
            .limit(20)
            .window(Duration.ofSeconds(2))
            .maxWait(Duration.ofSeconds(30))
            .maxServerPause(Duration.ofSeconds(90))
            .clock(time)
            .sleeper(time)
            .build();

    assertEquals(20, config.limit());
    assertEquals(Duration.ofSeconds(2), config.window());
    assertEquals(Duration.ofSeconds(30), config.maxWait());
    assertEquals(Duration.ofSeconds(90), config.maxServerPause());
    assertSame(time, config.clock());
    assertSame(time, config.sleeper());
  }

  @Test
  void maxWaitAndMaxServerPauseFollowTheWindowUnlessSet() {
    RateLimitConfig config = RateLimitConfig.builder().window(Duration.ofSeconds(10)).build();

    assertEquals(Duration.ofSeconds(50), config.maxWait());
    assertEquals(Duration.ofSeconds(10), config.maxServerPause());
  }

  @Test
  void toBuilderKeepsExplicitValuesAndDerivedDefaultsApart() {
    RateLimitConfig original =
        RateLimitConfig.builder().limit(7).maxWait(Duration.ofSeconds(3)).build();

    RateLimitConfig copy = original.toBuilder().window(Duration.ofSeconds(10)).build();

    assertEquals(7, copy.limit());
    assertEquals(Duration.ofSeconds(3), copy.maxWait()); // set explicitly: kept
    assertEquals(Duration.ofSeconds(10), copy.maxServerPause()); // derived: follows the new window
    assertEquals(60, RateLimitConfig.ofDefaults().toBuilder().build().window().toSeconds());
  }

  @Test
  void aSchedulerDerivedFromNoSleeperFollowsASleeperSetThroughToBuilder() {
    Sleeper fake = duration -> {};
    RateLimitConfig copy = RateLimitConfig.ofDefaults().toBuilder().sleeper(fake).build();

    assertTrue(copy.scheduler() != Scheduler.system(), "a fake sleeper must not leave the real scheduler");
    Scheduler chosen = (task, delay) -> () -> false;
    RateLimitConfig kept = RateLimitConfig.builder().scheduler(chosen).build().toBuilder().sleeper(fake).build();
    assertSame(chosen, kept.scheduler()); // set explicitly: kept
  }

  @Test
  void zeroMaxWaitIsAllowedToMeanNeverWait() {
    assertEquals(Duration.ZERO, RateLimitConfig.builder().maxWait(Duration.ZERO).build().maxWait());
  }

  @Test
  void invalidValuesAreRejectedNamingTheFieldAndTheValue() {
    assertRejected("limit", "0", () -> RateLimitConfig.builder().limit(0));
    assertRejected("limit", "-3", () -> RateLimitConfig.builder().limit(-3));
    assertRejected("limit", "10001", () -> RateLimitConfig.builder().limit(10_001));
    assertRejected("window", "PT0S", () -> RateLimitConfig.builder().window(Duration.ZERO));
    assertRejected(
        "window", "PT-1S", () -> RateLimitConfig.builder().window(Duration.ofSeconds(-1)));
    assertRejected(
        "window", "PT0.0005S", () -> RateLimitConfig.builder().window(Duration.ofNanos(500_000)));
    assertRejected("window", "PT48H", () -> RateLimitConfig.builder().window(Duration.ofDays(2)));
    assertRejected(
        "maxWait", "PT-1S", () -> RateLimitConfig.builder().maxWait(Duration.ofSeconds(-1)));
    assertRejected(
        "maxServerPause", "PT0S", () -> RateLimitConfig.builder().maxServerPause(Duration.ZERO));
  }

  @Test
  void nullsAreRejectedNamingTheArgument() {
    RateLimitConfig.Builder builder = RateLimitConfig.builder();

    assertNullRejected("window == null", () -> builder.window(null));
    assertNullRejected("maxWait == null", () -> builder.maxWait(null));
    assertNullRejected("maxServerPause == null", () -> builder.maxServerPause(null));
    assertNullRejected("clock == null", () -> builder.clock(null));
    assertNullRejected("sleeper == null", () -> builder.sleeper(null));
  }

  @Test
  void toStringShowsTheSettings() {
    String text = RateLimitConfig.ofDefaults().toString();

    assertTrue(text.contains("limit=120"), text);
    assertTrue(text.contains("window=PT1M"), text);
    assertTrue(text.contains("maxWait=PT5M"), text);
  }

  private static void assertRejected(String field, String value, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    assertTrue(e.getMessage().endsWith(": " + value), e.getMessage());
  }

  private static void assertNullRejected(String message, Executable call) {
    assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
  }
}
