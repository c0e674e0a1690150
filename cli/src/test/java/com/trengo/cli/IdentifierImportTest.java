package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.sandbox.ReceivedRequest;
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

/** Item 4 of issue 13: the importer matches and validates identifiers by the library's one rule. */
class IdentifierImportTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @TempDir Path dir;

  @Test
  void aDutchNumberWrittenThreeWaysMatchesTheContactHoldingItInE164() throws IOException {
    // Seed 42's first contact is Greta Mulder, +31674241400.
    Path file = Files.writeString(dir.resolve("nl.csv"), "identifier,name,channel_id\n"
        + "+31 6 74241400,Greta Mulder,101\n"
        + "0031674241400,Greta Mulder,101\n"
        + "31674241400,Greta Mulder,101\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 0, updated 0, unchanged 3, failed 0"), run::toString);
    assertEquals(0, writes().size(), writes()::toString);
    assertEquals(1, Accounts.contacts(sandbox.sandbox()).stream()
        .filter(c -> c.getIdentifier().replaceAll("[^0-9]", "").equals("31674241400")).count());
  }

  @Test
  void aChatIdDifferingOnlyInCaseIsAnotherContactAndIsCreatedNotRenamed() throws IOException {
    try (TrengoClient client = Accounts.client(sandbox.sandbox())) {
      client.contacts().create(new CreateContactRequest().name("Chat Person").identifier("wa:AbC").channelId(101L));
    }
    Path file = Files.writeString(dir.resolve("chat.csv"), "identifier,name,channel_id\nwa:abc,Someone Else,101\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 1, updated 0, unchanged 0, failed 0"), run::toString);
    List<Contact> contacts = Accounts.contacts(sandbox.sandbox());
    assertEquals("Chat Person", byIdentifier(contacts, "wa:AbC").getName(), "the existing contact is untouched");
    assertEquals("Someone Else", byIdentifier(contacts, "wa:abc").getName());
  }

  @Test
  void rowsTheLibrarysBuildersRefuseAreRejectedWithTheirLineAndNothingIsSentForThem() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.csv"), "identifier,name,email,phone,channel_id\n"
        + "+12,Short Number,,,101\n"
        + "not-an-email@,Bad Address,,,101\n"
        + "ok.row@example.com,Fine,not-an-email@,,101\n"
        + "fine@example.com,Fine,,,101\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 1, updated 0, unchanged 0, failed 3"), run::toString);
    List<String> rejects = Files.readAllLines(dir.resolve("bad.rejects.csv"));
    assertTrue(rejects.get(1).startsWith("2,\"invalid: identifier=\"\"+12\"\" is not a valid phone number"), rejects::toString);
    assertTrue(rejects.get(2).startsWith("3,\"invalid: identifier=\"\"not-an-email@\"\" is not a valid email address"), rejects::toString);
    assertTrue(rejects.get(3).startsWith("4,\"invalid: email=\"\"not-an-email@\"\""), rejects::toString);
    assertEquals(1, writes().size(), "only the valid row was sent: " + writes());
  }

  private static Contact byIdentifier(List<Contact> contacts, String identifier) {
    return contacts.stream().filter(c -> identifier.equals(c.getIdentifier())).findFirst().orElseThrow();
  }

  private List<ReceivedRequest> writes() {
    return sandbox.sandbox().receivedRequests().stream()
        .filter(r -> r.method().equals("POST") || r.method().equals("PUT"))
        .toList();
  }
}
