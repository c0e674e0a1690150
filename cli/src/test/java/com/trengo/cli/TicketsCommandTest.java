package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketsCommandTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @Test
  void listsEveryTicketAsATable() {
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "list");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("ID "), run::toString);
    assertTrue(run.out().contains("30 tickets"), run::toString);
  }

  @Test
  void filtersByStatus() {
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "list", "--status", "closed", "--format", "csv");

    assertEquals(0, run.exitCode(), run::toString);
    List<String> rows = run.out().lines().skip(1).toList();
    assertTrue(!rows.isEmpty() && rows.size() < 30, run::toString);
    assertTrue(rows.stream().allMatch(r -> r.split(",")[1].equals("CLOSED")), run::toString);
    assertTrue(sandbox.sandbox().receivedRequests().get(0).url().contains("status=CLOSED"));
  }

  @Test
  void limitStopsTheWalk() {
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "list", "--limit", "3", "--format", "jsonl");

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(3, run.out().lines().count());
    assertEquals(1, sandbox.sandbox().receivedRequests().size());
  }
}
