package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ContactsRoundTripTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @TempDir Path dir;

  @Test
  void csvExportThenImportIntoAnEmptyAccountGivesTheSameContacts() {
    roundTrip("contacts.csv", "csv");
  }

  @Test
  void jsonLinesExportThenImportIntoAnEmptyAccountGivesTheSameContacts() {
    roundTrip("contacts.jsonl", "jsonl");
  }

  private void roundTrip(String fileName, String format) {
    List<String> before = Accounts.fingerprints(sandbox.sandbox());
    Path file = dir.resolve(fileName);

    CliRun export = CliRun.against(sandbox.sandbox(), "contacts", "export", "--format", format, "--out", file.toString());
    assertEquals(0, export.exitCode(), export::toString);
    Accounts.deleteAllContacts(sandbox.sandbox());
    assertTrue(Accounts.contacts(sandbox.sandbox()).isEmpty());

    CliRun imported = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString(), "--channel-id", "101");

    assertEquals(0, imported.exitCode(), imported::toString);
    assertTrue(imported.out().contains("created 64, updated 0, unchanged 0, failed 0"), imported::toString);
    assertEquals(before, Accounts.fingerprints(sandbox.sandbox()));
  }

  @Test
  void importingAnExportAgainChangesNothing() {
    Path file = dir.resolve("contacts.csv");
    CliRun.against(sandbox.sandbox(), "contacts", "export", "--out", file.toString());
    sandbox.sandbox().reset();

    CliRun again = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(0, again.exitCode(), again::toString);
    assertTrue(again.out().contains("created 0, updated 0, unchanged 64, failed 0"), again::toString);
    assertTrue(sandbox.sandbox().receivedRequests().stream().allMatch(r -> r.method().equals("GET")));
  }
}
