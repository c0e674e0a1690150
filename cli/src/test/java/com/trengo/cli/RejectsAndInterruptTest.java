package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.HeldRequest;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Items 5 and 6 of issue 13: the rejects file never takes the input's place, and Ctrl-C reports. */
class RejectsAndInterruptTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @TempDir Path dir;

  private static final String CSV = "identifier,name,channel_id\nnew1@example.com,New,101\n,No Identifier,101\n";

  @Test
  void rejectsNamingTheInputFileAreRefusedEvenInADryRunAndTheInputIsUntouched() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.csv"), CSV);
    for (String rejects : List.of(file.toString(), dir.resolve(".").resolve("contacts.csv").toString())) {
      CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString(), "--rejects", rejects, "--dry-run");

      assertEquals(2, run.exitCode(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().contains("is the input file"), run::toString);
      assertEquals(CSV, Files.readString(file));
    }
    assertTrue(sandbox.sandbox().receivedRequests().isEmpty());
  }

  @Test
  void anEarlierRejectsFileIsRemovedWhenNoRowIsRejectedAndTheSummarySaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.csv"), "identifier,name,channel_id\nnew2@example.com,New,101\n");
    Path stale = Files.writeString(dir.resolve("contacts.rejects.csv"), "line,reason,record\n7,old,old\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertFalse(Files.exists(stale), "a rejects file from an earlier run would pass for this run's");
    assertTrue(run.out().contains("removed the rejects file of an earlier run"), run::toString);
  }

  @Test
  void anEarlierRejectsFileIsReplacedAndTheSummarySaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.csv"), CSV);
    Path stale = Files.writeString(dir.resolve("contacts.rejects.csv"), "line,reason,record\n7,old,old\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("(replacing the rejects file of an earlier run)"), run::toString);
    List<String> rejects = Files.readAllLines(stale);
    assertEquals(2, rejects.size(), rejects::toString);
    assertTrue(rejects.get(1).startsWith("3,no identifier"), rejects::toString);
  }

  @Test
  void ctrlCMidImportPrintsWhatWasDoneWritesTheRejectsAndExitsWith130() throws Exception {
    // Rows 2 and 3 update seeded contacts; row 4 is the first create, which the server holds.
    Path file = Files.writeString(dir.resolve("contacts.csv"), "identifier,name,channel_id\n"
        + "noah.meijer2@example.com,Noah Renamed,101\n"
        + "vera.smit3@example.com,Vera Renamed,101\n"
        + "held@example.com,Held,101\n"
        + "later1@example.com,Later One,101\n"
        + "later2@example.com,Later Two,101\n");
    HeldRequest held = sandbox.sandbox().faults().hold("POST", "/contacts");

    try {
      CliRun run = CtrlC.onceHeld(sandbox.sandbox(), held, "contacts", "import", file.toString(), "--workers", "1");

      assertEquals(130, run.exitCode(), run::toString);
      assertTrue(run.out().contains("interrupted (Ctrl-C); so far"), run::toString);
      assertTrue(run.out().contains("created 0, updated 2, unchanged 0, failed 3"), run::toString);
      assertTrue(run.out().contains("2 rows not attempted"), run::toString);
      List<String> rejects = Files.readAllLines(dir.resolve("contacts.rejects.csv"));
      assertEquals(4, rejects.size(), rejects::toString);
      assertTrue(rejects.get(1).startsWith("4,\"the create may have been applied"), rejects::toString);
      assertTrue(rejects.get(2).startsWith("5,not attempted: the import stopped (interrupted (Ctrl-C))"), rejects::toString);
      assertTrue(rejects.get(3).startsWith("6,not attempted"), rejects::toString);
    } finally {
      held.release();
    }
  }
}
