package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.FaultConfig;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.TrengoSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import benchmark's promise, small and fast: faults everywhere, yet every contact exactly once. */
class HarshSandboxImportTest {

  private static final int CONTACTS = 120;

  @TempDir Path dir;

  @Test
  void everyContactArrivesExactlyOnceDespiteResetsAfterApplyAndServerErrors() throws IOException {
    FaultConfig faults =
        FaultConfig.builder()
            .seed(11)
            .rate(FaultType.RESET_AFTER_APPLY, 0.10)
            .rate(FaultType.RESET_BEFORE_APPLY, 0.10)
            .rate(FaultType.SERVER_ERROR, 0.05)
            .rate(FaultType.MALFORMED_BODY, 0.05)
            .build();

    try (TrengoSandbox sandbox = startWith(faults)) {
      CliRun run = importContacts(sandbox, "harsh", "Harsh");
      assertTrue(run.out().contains("0 surfaced"), run::toString);
      // Read back through the command too: the library retries its reads, so the faults do not get in the way.
      CliRun export = CliRun.against(sandbox, "contacts", "export");
      assertEquals(0, export.exitCode(), export::toString);
      assertEachOnce("harsh", export.out().lines().skip(1).map(line -> line.split(",")[1]));
      sandbox.assertNoViolations();
    }
  }

  @Test
  void everyContactArrivesExactlyOnceAndNothingIsReportedDoneThatIsNotThroughHostileAnswers() throws IOException {
    // Item 1, 7, 8 and 10 of issue 13 at once: HTML 200s, cut bodies, resets after apply, 502s after
    // apply and redirects, on creates and reads alike.
    FaultConfig faults =
        FaultConfig.builder()
            .seed(13)
            .rate(FaultType.HTML_200, 0.06)
            .rate(FaultType.CUT_BODY, 0.06)
            .rate(FaultType.RESET_AFTER_APPLY, 0.06)
            .rate(FaultType.BAD_GATEWAY, 0.06)
            .rate(FaultType.REDIRECT, 0.06)
            .build();

    try (TrengoSandbox sandbox = startWith(faults)) {
      importContacts(sandbox, "hostile", "Hostile");
      try (com.trengo.client.TrengoClient client = com.trengo.client.TrengoClient.builder()
          .token(sandbox.token()).baseUrl(sandbox.baseUrl())
          .retryPolicy(com.trengo.client.http.RetryPolicy.forBulkJobs())
          .rateLimiter(com.trengo.client.http.RateLimiter.create(
              com.trengo.client.http.RateLimitConfig.builder().limit(10_000).window(Duration.ofSeconds(1)).build()))
          .build()) {
        assertEachOnce("hostile", client.contacts().listAll(null).stream().map(c -> c.getIdentifier()));
      }
      long faulted = sandbox.receivedRequests().stream().filter(r -> r.fault().isPresent()).count();
      assertTrue(faulted > 20, "the faults were there: " + faulted);
      sandbox.assertNoViolations();
    }
  }

  /** A sandbox answering with {@code faults}, its rate limit out of the way. */
  private static TrengoSandbox startWith(FaultConfig faults) {
    return TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)).faults(faults).build().start();
  }

  /**
   * Imports {@value #CONTACTS} contacts, {@code prefix}1@example.com named "{@code name} 1" and so on, with
   * up to 8 attempts each: every one reported created.
   */
  private CliRun importContacts(TrengoSandbox sandbox, String prefix, String name) throws IOException {
    StringBuilder csv = new StringBuilder("identifier,name,channel_id\n");
    for (int i = 1; i <= CONTACTS; i++) {
      csv.append(prefix).append(i).append("@example.com,").append(name).append(' ').append(i).append(",101\n");
    }
    Path file = Files.writeString(dir.resolve(prefix + ".csv"), csv);
    CliRun run = CliRun.against(sandbox, "contacts", "import", file.toString(), "--max-attempts", "8");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 120, updated 0, unchanged 0, failed 0"), run::toString);
    return run;
  }

  /** Each imported contact's identifier is among those read back exactly once. */
  private static void assertEachOnce(String prefix, Stream<String> identifiers) {
    Map<String, Long> byIdentifier = identifiers.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    for (int i = 1; i <= CONTACTS; i++) {
      assertEquals(1L, byIdentifier.getOrDefault(prefix + i + "@example.com", 0L), prefix + i);
    }
  }
}
