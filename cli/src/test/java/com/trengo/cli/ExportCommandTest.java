package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportCommandTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @Test
  void exportsEveryContactAsCsvWalkingEveryPage() {
    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "export");

    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals("id,identifier,name,email,phone,created_at", lines.get(0));
    assertEquals(1 + 64, lines.size());
    assertEquals(3, sandbox.sandbox().receivedRequests().size(), "64 contacts are three pages of 25");
    assertEquals("", run.err(), "no bar and no notice: stderr is not a terminal and the target is given");
  }

  @Test
  void exportsJsonLinesLeavingAbsentFieldsOut() {
    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "export", "--format", "jsonl");

    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals(64, lines.size());
    assertTrue(lines.get(1).startsWith("{\"id\":5002,\"identifier\":\"noah.meijer2@example.com\""), lines.get(1));
    assertTrue(!lines.get(1).contains("\"phone\""), lines.get(1));
  }

  @Test
  void termNarrowsTheExport() {
    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "export", "--term", "vera.smit3");

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(2, run.out().lines().count(), run::toString);
  }

  @Test
  void withoutATokenItRunsOnAnEmbeddedSandboxAndSaysSoInOneLine() {
    CliRun run = CliRun.run(Map.of(), "contacts", "export");

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(1 + 64, run.out().lines().count());
    List<String> err = run.err().lines().toList();
    assertEquals(1, err.size(), run::toString);
    assertTrue(err.get(0).startsWith("trengo: TRENGO_TOKEN is not set, so this runs on an embedded sandbox"), err::toString);
  }

  @Test
  void aBadOptionValueIsAUsageError() {
    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "export", "--format", "xml");

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--format"), run::toString);
  }
}
