package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.model.Contact;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @TempDir Path dir;

  /** Seed 42's second and third contacts: noah.meijer2 (no phone) and vera.smit3. */
  private static final String HEADER = "identifier,name,email,phone,channel_id\n";

  @Test
  void createsTheMissingUpdatesTheChangedAndSendsNothingForTheUnchanged() throws IOException {
    Path file = write("contacts.csv", HEADER
        + "new1@example.com,New One,new1@example.com,,101\n"
        + "noah.meijer2@example.com,Noah Meijer,noah.meijer2@example.com,,\n"
        + "vera.smit3@example.com,Vera Smit-Jansen,,,101\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 1, updated 1, unchanged 1, failed 0"), run::toString);
    List<ReceivedRequest> writes = writes();
    assertEquals(2, writes.size(), writes::toString);
    assertTrue(writes.get(0).method().equals("POST") || writes.get(1).method().equals("POST"));
    Contact vera = byIdentifier("vera.smit3@example.com").orElseThrow();
    assertEquals("Vera Smit-Jansen", vera.getName());
    assertEquals("vera.smit3@example.com", vera.getEmail(), "an empty cell leaves the field as it was");
    assertFalse(Files.exists(dir.resolve("contacts.rejects.csv")));
  }

  @Test
  void malformedRowsLandInTheRejectsFileWithTheirLineNumbersAndTheRestAreImported() throws IOException {
    Path file = write("contacts.csv", HEADER
        + "ok1@example.com,Ok One,,,101\n"
        + ",No Identifier,,,101\n"                      // line 3
        + "\n"                                           // line 4: blank, skipped
        + "\"multi@example.com\",\"Two\nLines\",,,101\n" // lines 5-6
        + "short@example.com,Short\n"                    // line 7
        + "badchannel@example.com,Bad,,,abc\n"           // line 8
        + "noname@example.com,,,,101\n"                  // line 9: a create needs a name
        + "ok1@example.com,Again,,,101\n"                // line 10: the same contact as line 2, after it
        + "ok2@example.com,Ok Two,,,101\n");            // line 11

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 3, updated 1, unchanged 0, failed 4"), run::toString);
    List<String> rejects = Files.readAllLines(dir.resolve("contacts.rejects.csv"), StandardCharsets.UTF_8);
    assertEquals("line,reason,record", rejects.get(0));
    assertTrue(rejects.get(1).startsWith("3,no identifier"), rejects::toString);
    assertTrue(rejects.get(2).startsWith("7,\"expected 5 fields as in the header, found 2\""), rejects::toString);
    assertTrue(rejects.get(3).startsWith("8,channel_id 'abc' is not a channel id"), rejects::toString);
    assertTrue(rejects.get(4).startsWith("9,no name"), rejects::toString);
    assertEquals(5, rejects.size(), rejects::toString);
    assertEquals("Again", byIdentifier("ok1@example.com").orElseThrow().getName(), "rows of one contact in file order");
    assertEquals(1, count("ok1@example.com"));
    assertTrue(byIdentifier("multi@example.com").isPresent());
    assertEquals("Two\nLines", byIdentifier("multi@example.com").orElseThrow().getName());
    assertTrue(byIdentifier("ok2@example.com").isPresent());
  }

  @Test
  void rowsTheApiRefusesAreRejectedWithItsReasonAndTheOthersGoOn() throws IOException {
    Path file = write("contacts.jsonl",
        "{\"identifier\": \"good@example.com\", \"name\": \"Good\", \"channel_id\": 101}\n"
            + "{\"identifier\": \"nochannel@example.com\", \"name\": \"Nowhere\", \"channel_id\": 999}\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(1, run.exitCode(), run::toString);
    String rejects = Files.readString(dir.resolve("contacts.rejects.csv"));
    assertTrue(rejects.contains("2,refused by the API (422): channel_id:"), rejects);
    assertTrue(byIdentifier("good@example.com").isPresent());
  }

  @Test
  void brokenJsonLinesAreRejectedWithLineAndColumnAndTheRestAreImported() throws IOException {
    Path file = write("contacts.jsonl",
        "{\"identifier\": \"j1@example.com\", \"name\": \"J One\", \"channel_id\": 101}\n"
            + "{\"identifier\": \"j2@example.com\", \"name\": \"J Two\"\n"
            + "[1, 2]\n"
            + "{\"identifier\": \"j3@example.com\", \"name\": \"J Three\", \"channel_id\": \"101\"}\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 2, updated 0, unchanged 0, failed 2"), run::toString);
    List<String> rejects = Files.readAllLines(dir.resolve("contacts.rejects.csv"));
    assertTrue(rejects.get(1).startsWith("2,invalid JSON at column "), rejects::toString);
    assertTrue(rejects.get(2).startsWith("3,not a JSON object"), rejects::toString);
  }

  @Test
  void dryRunChangesNothing() throws IOException {
    Path file = write("contacts.csv", HEADER
        + "new1@example.com,New One,new1@example.com,,101\n"
        + "vera.smit3@example.com,Vera Smit-Jansen,,,101\n"
        + "noah.meijer2@example.com,Noah Meijer,,,\n");
    List<String> before = Accounts.fingerprints(sandbox.sandbox());

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString(), "--dry-run");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("would be created 1, would be updated 1, unchanged 1, failed 0"), run::toString);
    assertTrue(writes().isEmpty(), () -> writes().toString());
    assertEquals(before, Accounts.fingerprints(sandbox.sandbox()));
  }

  @Test
  void aCreateWhoseConnectionBrokeAfterItWasAppliedIsFoundAndNotSentAgain() throws IOException {
    CliRun run = importOneAfter(FaultType.RESET_AFTER_APPLY, "once@example.com", "Once");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 1,"), run::toString);
    assertTrue(run.out().contains("1 had been applied, 0 sent again"), run::toString);
    assertEquals(1, posts());
    assertEquals(1, count("once@example.com"));
  }

  @Test
  void aCreateResetBeforeItWasAppliedIsLookedUpThenSentAgain() throws IOException {
    CliRun run = importOneAfter(FaultType.RESET_BEFORE_APPLY, "twice@example.com", "Twice");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("0 had been applied, 1 sent again"), run::toString);
    assertEquals(2, posts());
    assertEquals(1, count("twice@example.com"));
  }

  @Test
  void aServerErrorOnACreateIsLookedUpBeforeItIsSentAgain() throws IOException {
    CliRun run = importOneAfter(FaultType.SERVER_ERROR, "after500@example.com", "After");

    assertEquals(0, run.exitCode(), run::toString);
    List<ReceivedRequest> received = sandbox.sandbox().receivedRequests();
    int firstPost = indexOf(received, "POST");
    assertEquals("GET", received.get(firstPost + 1).method(), "the lookup comes before the second POST");
    assertEquals(2, posts());
    assertEquals(1, count("after500@example.com"));
  }

  @Test
  void aRowThatKeepsFailingIsRejectedAfterItsAttempts() throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.RESET_BEFORE_APPLY, 3);
    Path file = write("contacts.csv", HEADER + "never@example.com,Never,,,101\nfine@example.com,Fine,,,101\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString(), "--workers", "1",
        "--max-attempts", "3");

    assertEquals(1, run.exitCode(), run::toString);
    String rejects = Files.readString(dir.resolve("contacts.rejects.csv"));
    assertTrue(rejects.contains("2,\"gave up after 3 attempts, none of them applied"), rejects);
    assertEquals(0, count("never@example.com"));
  }

  @Test
  void anUnterminatedQuoteIsAnInputFileErrorWithLineAndColumnAndNothingIsSent() throws IOException {
    Path file = write("contacts.csv", HEADER
        + "a@example.com,A,,,101\n"
        + "b@example.com,\"B is never closed,,,101\n"
        + "c@example.com,C,,,101\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains(file + ":3:15: unterminated quoted field"), run::toString);
    assertTrue(sandbox.sandbox().receivedRequests().isEmpty());
  }

  @Test
  void aStrayCharacterAfterAClosingQuoteIsAnInputFileErrorWithLineAndColumn() throws IOException {
    Path file = write("contacts.csv", HEADER + "\"a@example.com\"x,A,,,101\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains(file + ":2:16: unexpected character after a closing quote"), run::toString);
  }

  @Test
  void aFileWithoutAnIdentifierColumnIsAnInputFileError() throws IOException {
    Path file = write("contacts.csv", "name,email\nA,a@example.com\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains(file + ":1:1: no identifier column"), run::toString);
  }

  @Test
  void aMissingFileIsAnInputFileError() {
    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", dir.resolve("nope.csv").toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("nope.csv: no such file"), run::toString);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", "x.csv", "--no-such-option");

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run::toString);
  }

  @Test
  void sandboxOptionsWithATokenAreAUsageError() throws IOException {
    Path file = write("contacts.csv", HEADER);

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString(), "--sandbox-rate-limit", "60/5s");

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("unset TRENGO_TOKEN"), run::toString);
  }

  @Test
  void anUnknownExtensionWithoutFormatIsAUsageError() throws IOException {
    Path file = write("contacts.txt", HEADER);

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--format csv or --format jsonl"), run::toString);
  }

  @Test
  void aRefusedTokenStopsTheImport() throws IOException {
    Path file = write("contacts.csv", HEADER + "a@example.com,A,,,101\n");

    CliRun run = CliRun.run(Map.of("TRENGO_TOKEN", "wrong-token", "TRENGO_BASE_URL", sandbox.baseUrl()),
        "contacts", "import", file.toString(), "--rate-limit", CliRun.FAST);

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.err().contains("the import stopped"), run::toString);
  }

  /** Imports one new contact, the sandbox answering its first create with {@code fault}. */
  private CliRun importOneAfter(FaultType fault, String identifier, String name) throws IOException {
    sandbox.sandbox().faults().next("POST", "/contacts", fault);
    Path file = write("contacts.csv", HEADER + identifier + "," + name + ",,,101\n");
    return CliRun.against(sandbox.sandbox(), "contacts", "import", file.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private List<ReceivedRequest> writes() {
    return sandbox.sandbox().receivedRequests().stream()
        .filter(r -> r.method().equals("POST") || r.method().equals("PUT"))
        .toList();
  }

  private long posts() {
    return sandbox.sandbox().receivedRequests().stream().filter(r -> r.is("POST", "/contacts")).count();
  }

  private static int indexOf(List<ReceivedRequest> received, String method) {
    for (int i = 0; i < received.size(); i++) {
      if (received.get(i).method().equals(method)) {
        return i;
      }
    }
    return -1;
  }

  private long count(String identifier) {
    return Accounts.contacts(sandbox.sandbox()).stream().filter(c -> identifier.equals(c.getIdentifier())).count();
  }

  private Optional<Contact> byIdentifier(String identifier) {
    return Accounts.contacts(sandbox.sandbox()).stream().filter(c -> identifier.equals(c.getIdentifier())).findFirst();
  }
}
