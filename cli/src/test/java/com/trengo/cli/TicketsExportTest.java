package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.builder.CreateTicket;
import com.trengo.client.builder.SendMessage;
import com.trengo.client.model.Ticket;
import com.trengo.sandbox.HeldRequest;
import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trengo tickets export}: every ticket with all its messages exactly once, and an export
 * interrupted in any way (Ctrl-C, a kill mid-line, a kill between the line and its checkpoint, a
 * server that stops answering) goes on where it stopped without making its requests again.
 */
class TicketsExportTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @TempDir Path dir;

  private static final Pattern MESSAGES_PATH = Pattern.compile("/api/v2/tickets/(\\d+)/messages.*");

  /** Every ticket of the account, by id, with its message count: 30 seeded and 30 made here (three pages). */
  private Map<Long, Integer> account;

  /** The tickets in the order the export walks them (newest activity first). */
  private List<Long> walkOrder;

  /** Requests held by a test, let go after it (not before its last count of requests). */
  private final List<HeldRequest> holds = new ArrayList<>();

  @AfterEach
  void letHeldRequestsGo() {
    holds.forEach(HeldRequest::release);
  }

  @BeforeEach
  void thirtyMoreTicketsSomeWithMessages() {
    try (TrengoClient client = Accounts.client(sandbox.sandbox())) {
      for (int i = 0; i < 30; i++) {
        Ticket ticket = client.tickets().create(CreateTicket.builder()
            .channelId(101L).contactId(5001L + i).subject("Extra ticket " + i).build());
        for (int m = 0; m < i % 3; m++) {
          client.messages().send(ticket.getId(), SendMessage.builder().message("Message " + m + " of " + i).build());
        }
      }
      walkOrder = client.tickets().listAll(TicketQuery.builder().sort("-date").build()).stream()
          .map(Ticket::getId).toList();
      account = new LinkedHashMap<>();
      for (long id : walkOrder) {
        account.put(id, (int) client.messages().listAll(id).stream().count());
      }
    }
    assertEquals(60, account.size());
    assertEquals(30, account.get(90001L), "the seeded 30-message thread, two pages of messages");
    sandbox.sandbox().clearViolations();
  }

  // The whole export

  @Test
  void exportsEveryTicketOnceWithAllItsMessagesAsJsonLines() throws IOException {
    Path out = dir.resolve("tickets.jsonl");

    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.out(), "the summary goes to stderr: " + run);
    assertEveryTicketOnceWithAllItsMessages(out);
    JsonObject first = JsonParser.parseString(Files.readAllLines(out).get(0)).getAsJsonObject();
    assertEquals(walkOrder.get(0), first.get("id").getAsLong(), "newest activity first");
    assertTrue(first.has("status") && first.has("contact") && first.has("updated_at"), first::toString);
    assertTrue(run.err().contains("exported 60 tickets"), run::toString);
    assertTrue(run.err().contains("holds 60 tickets, each once"), run::toString);
    assertTrue(run.err().contains("trengo tickets export --since 20"), "the next export's --since: " + run);
    assertTrue(Files.readString(dir.resolve("tickets.jsonl.checkpoint")).contains("\"complete\": true"));
    assertTrue(sandbox.sandbox().receivedRequests().stream()
        .filter(r -> r.is("GET", "/tickets")).allMatch(r -> r.url().contains("sort=-date")));
  }

  @Test
  void withoutOutTheLinesGoToStandardOutput() {
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "export");

    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals(60, lines.size());
    assertEquals(60, lines.stream().map(l -> JsonParser.parseString(l).getAsJsonObject().get("id").getAsLong())
        .distinct().count());
    assertTrue(run.err().contains("exported 60 tickets"), run::toString);
  }

  @Test
  void sinceExportsOnlyTheTicketsUpdatedAfterIt() throws IOException {
    Path out = dir.resolve("since.jsonl");
    String since = "2024-03-10T12:00:00Z";
    Set<Long> expected = new HashSet<>();
    try (TrengoClient client = Accounts.client(sandbox.sandbox())) {
      for (Ticket t : client.tickets().listAll(TicketQuery.all())) {
        if (t.getUpdatedAt().toInstant().isAfter(java.time.Instant.parse(since))) {
          expected.add(t.getId());
        }
      }
    }
    assertTrue(expected.size() > 30 && expected.size() < 60, "some seeded tickets are older: " + expected.size());

    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString(), "--since", since);

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(expected, new HashSet<>(ids(out)));
    assertTrue(sandbox.sandbox().receivedRequests().stream().filter(r -> r.is("GET", "/tickets"))
        .anyMatch(r -> r.url().contains("updated_at_gt=2024-03-10T12%3A00%3A00Z")), "the server filters");
  }

  // Interrupted, and going on

  @Test
  void ctrlCHalfwayThenTheSameCommandGoesOnAndEveryTicketIsInTheFileOnceWithFewerRequests() throws Exception {
    // A whole export first, to know what one costs.
    Path whole = dir.resolve("whole.jsonl");
    int before = sandbox.sandbox().receivedRequests().size();
    assertEquals(0, CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", whole.toString()).exitCode());
    int wholeRequests = sandbox.sandbox().receivedRequests().size() - before;

    Path out = dir.resolve("tickets.jsonl");
    long heldTicket = walkOrder.get(30);
    HeldRequest held = sandbox.sandbox().faults().hold("GET", "/tickets/" + heldTicket + "/messages");
    try {
      CliRun interrupted = CtrlC.onceHeld(sandbox.sandbox(), held, "tickets", "export", "--out", out.toString());

      assertEquals(130, interrupted.exitCode(), interrupted::toString);
      assertTrue(interrupted.err().contains("interrupted (Ctrl-C): wrote 30 tickets"), interrupted::toString);
      assertTrue(interrupted.err().contains("run the same command again to go on"), interrupted::toString);
      assertEquals(walkOrder.subList(0, 30), ids(out), "the 30 tickets before the one held, in walk order");
      String checkpoint = Files.readString(dir.resolve("tickets.jsonl.checkpoint"));
      assertTrue(checkpoint.contains("\"tickets\": 30") && checkpoint.contains("\"complete\": false"), checkpoint);

      int resumedFrom = sandbox.sandbox().receivedRequests().size();
      CliRun resumed = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString());
      List<ReceivedRequest> resumeRequests =
          sandbox.sandbox().receivedRequests().subList(resumedFrom, sandbox.sandbox().receivedRequests().size());

      assertEquals(0, resumed.exitCode(), resumed::toString);
      assertEveryTicketOnceWithAllItsMessages(out);
      assertEquals(sorted(Files.readAllLines(whole)), sorted(Files.readAllLines(out)),
          "the same lines as the export that was never interrupted");
      Set<Long> fetchedAgain = new HashSet<>(messagesRequested(resumeRequests));
      fetchedAgain.retainAll(walkOrder.subList(0, 30));
      assertEquals(Set.of(), fetchedAgain, "no ticket written before Ctrl-C was read again");
      assertTrue(resumeRequests.size() < wholeRequests, resumeRequests.size() + " vs " + wholeRequests);
      assertTrue(resumed.err().contains("going on with " + out + " (run 2): 30 tickets already in it"), resumed::toString);
      assertTrue(resumed.err().contains("going on saved the "), resumed::toString);
      assertTrue(resumed.err().contains("this run took " + resumeRequests.size()), resumed::toString);
    } finally {
      held.release();
    }
  }

  @Test
  void aKillMidLineLeavesAnIncompleteLastLineThatTheNextRunCutsOff() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    interruptBefore(walkOrder.get(10), out);
    byte[] tenLines = Files.readAllBytes(out);
    // A kill in the middle of writing the 11th line: part of it, no line feed.
    String half = "{\"id\":" + walkOrder.get(10) + ",\"subject\":\"Half writ";
    Files.writeString(out, half, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

    CliRun resumed = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString());

    assertEquals(0, resumed.exitCode(), resumed::toString);
    assertTrue(resumed.err().contains("cut off an incomplete last line (" + half.length() + " bytes)"), resumed::toString);
    assertEveryTicketOnceWithAllItsMessages(out);
    byte[] now = Files.readAllBytes(out);
    assertEquals(new String(tenLines, StandardCharsets.UTF_8), new String(now, 0, tenLines.length, StandardCharsets.UTF_8),
        "the whole lines before it are as they were");
  }

  @Test
  void aLineWrittenJustBeforeAKillThatTheCheckpointMissedIsKeptAndItsTicketNotReadAgain() throws Exception {
    Path whole = dir.resolve("whole.jsonl");
    assertEquals(0, CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", whole.toString()).exitCode());
    Path out = dir.resolve("tickets.jsonl");
    interruptBefore(walkOrder.get(10), out);
    // Killed after the 11th line reached the file, before the checkpoint that counts it was written.
    String eleventh = Files.readAllLines(whole).get(10);
    Files.writeString(out, eleventh + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

    int from = sandbox.sandbox().receivedRequests().size();
    CliRun resumed = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString());

    assertEquals(0, resumed.exitCode(), resumed::toString);
    assertTrue(resumed.err().contains("kept 1 whole line(s) written after the last checkpoint"), resumed::toString);
    assertEveryTicketOnceWithAllItsMessages(out);
    List<ReceivedRequest> requests = sandbox.sandbox().receivedRequests();
    assertFalse(messagesRequested(requests.subList(from, requests.size())).contains(walkOrder.get(10)),
        "the ticket of the kept line is not read again");
  }

  @Test
  void aServerThatStopsAnsweringEndsTheExportAtItsTimeoutAndTheNextRunGoesOn() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    HeldRequest held = sandbox.sandbox().faults().hold("GET", "/tickets/" + walkOrder.get(5) + "/messages");
    try {
      CliRun stopped = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.against(sandbox.sandbox(),
          "tickets", "export", "--out", out.toString(), "--timeout", "1s"));

      assertEquals(1, stopped.exitCode(), stopped::toString);
      assertTrue(stopped.err().contains("the export stopped: "), stopped::toString);
      assertTrue(stopped.err().contains("call timeout of PT1S passed"), stopped::toString);
      assertTrue(stopped.err().contains("run the same command again to go on"), stopped::toString);
      assertEquals(walkOrder.subList(0, 5), ids(out));
    } finally {
      held.release();
    }
    CliRun resumed = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString());
    assertEquals(0, resumed.exitCode(), resumed::toString);
    assertEveryTicketOnceWithAllItsMessages(out);
  }

  @Test
  void aTicketThatChangesBeforeTheWalkReachesItIsWrittenByTheCatchUp() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    long early = walkOrder.get(3);
    long late = walkOrder.get(50); // an old ticket: its message moves it to the front, behind the walk
    HeldRequest held = sandbox.sandbox().faults().hold("GET", "/tickets/" + early + "/messages");
    try {
      CompletableFuture<CliRun> running = CompletableFuture.supplyAsync(() ->
          CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString()));
      assertTrue(held.awaitArrival(Duration.ofSeconds(20)));
      try (TrengoClient client = Accounts.client(sandbox.sandbox())) {
        client.messages().send(late, SendMessage.builder().message("Written while the export ran").build());
      }
      held.release();
      CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> running.get());

      assertEquals(0, run.exitCode(), run::toString);
      assertTrue(run.err().contains("1 of them changed while the export ran"), run::toString);
      account.merge(late, 1, Integer::sum);
      assertEveryTicketOnceWithAllItsMessages(out);
      String line = Files.readAllLines(out).stream().filter(l -> l.startsWith("{\"id\":" + late + ",")).findFirst()
          .orElseThrow();
      assertTrue(line.contains("Written while the export ran"), "read after it changed: " + line);
    } finally {
      held.release();
    }
  }

  // Nothing done twice, nothing destroyed

  @Test
  void aCompleteExportRunAgainChangesNothingAndSendsNothing() throws IOException {
    Path out = dir.resolve("tickets.jsonl");
    assertEquals(0, CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString()).exitCode());
    byte[] before = Files.readAllBytes(out);
    int requests = sandbox.sandbox().receivedRequests().size();

    CliRun again = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString());

    assertEquals(0, again.exitCode(), again::toString);
    assertTrue(again.err().contains("is a complete export of 60 tickets"), again::toString);
    assertTrue(again.err().contains("--since"), "says how to get what changed since: " + again);
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(out));
    assertEquals(requests, sandbox.sandbox().receivedRequests().size());
  }

  @Test
  void aFileWithoutACheckpointIsRefusedAndLeftAsItIs() throws IOException {
    Path out = Files.writeString(dir.resolve("tickets.jsonl"), "{\"mine\":true}\n");

    assertRefused("no checkpoint", out, "tickets", "export", "--out", out.toString());
  }

  @Test
  void aFileChangedSinceItsCheckpointIsRefusedAndLeftAsItIs() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    interruptBefore(walkOrder.get(10), out);
    String text = Files.readString(out);
    int at = text.indexOf("\"subject\":\"") + "\"subject\":\"".length();
    char edited = text.charAt(at) == 'X' ? 'Y' : 'X'; // the same length: only the hash can tell
    Files.writeString(out, text.substring(0, at) + edited + text.substring(at + 1));

    assertRefused("SHA-256 differs", out, "tickets", "export", "--out", out.toString());
  }

  @Test
  void aFileShorterThanItsCheckpointIsRefusedAndLeftAsItIs() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    interruptBefore(walkOrder.get(10), out);
    List<String> lines = Files.readAllLines(out);
    Files.writeString(out, String.join("\n", lines.subList(0, 5)) + "\n");

    assertRefused("the file changed since", out, "tickets", "export", "--out", out.toString());
  }

  @Test
  void aLineAfterTheCheckpointThatIsNotATicketIsRefusedAndLeftAsItIs() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    interruptBefore(walkOrder.get(10), out);
    Files.writeString(out, "{\"note\":\"added by hand\"}\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    assertRefused("line 11: not a ticket line", out, "tickets", "export", "--out", out.toString());
  }

  @Test
  void aCheckpointWhoseFileIsGoneIsRefused() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    interruptBefore(walkOrder.get(10), out);
    Files.delete(out);

    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("which is missing"), run::toString);
    assertFalse(Files.exists(out), "not recreated from scratch behind the user's back");
  }

  @Test
  void goingOnWithAnotherSinceIsRefused() throws Exception {
    Path out = dir.resolve("tickets.jsonl");
    interruptBefore(walkOrder.get(10), out);

    assertRefused("begun with no --since", out, "tickets", "export", "--out", out.toString(), "--since", "2024-01-01");
  }

  @Test
  void aCheckpointThatIsNotOneIsRefused() throws IOException {
    Path out = Files.writeString(dir.resolve("tickets.jsonl"), "");
    Files.writeString(dir.resolve("tickets.jsonl.checkpoint"), "{\"progress\": 3}");

    assertRefused("is not a checkpoint of trengo tickets export", out, "tickets", "export", "--out", out.toString());
  }

  @Test
  void theCheckpointCannotBeTheOutput() {
    Path out = dir.resolve("tickets.jsonl");
    CliRun run = CliRun.against(sandbox.sandbox(), "tickets", "export", "--out", out.toString(),
        "--checkpoint", out.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--checkpoint " + out + " is the --out file"), run::toString);
  }

  // Helpers

  /** Runs the export until the messages of {@code ticket} are asked for, and presses Ctrl-C then. */
  private void interruptBefore(long ticket, Path out) throws Exception {
    HeldRequest held = sandbox.sandbox().faults().hold("GET", "/tickets/" + ticket + "/messages");
    holds.add(held); // held on: released now, it would be answered (and counted) at some point of the test
    CliRun run = CtrlC.onceHeld(sandbox.sandbox(), held, "tickets", "export", "--out", out.toString());
    assertEquals(130, run.exitCode(), run::toString);
  }

  private void assertRefused(String why, Path out, String... args) throws IOException {
    Path checkpoint = dir.resolve(out.getFileName() + ".checkpoint");
    byte[] file = Files.readAllBytes(out);
    byte[] saved = Files.exists(checkpoint) ? Files.readAllBytes(checkpoint) : null;
    int requests = sandbox.sandbox().receivedRequests().size();

    CliRun run = CliRun.against(sandbox.sandbox(), args);

    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains(why), run::toString);
    assertEquals(new String(file, StandardCharsets.UTF_8), Files.readString(out), "not a byte changed");
    if (saved != null) {
      assertEquals(new String(saved, StandardCharsets.UTF_8), Files.readString(checkpoint));
    }
    assertEquals(requests, sandbox.sandbox().receivedRequests().size(), "nothing sent");
  }

  /** Each ticket of the account in exactly one line, with as many messages as the account holds. */
  private void assertEveryTicketOnceWithAllItsMessages(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out);
    Map<Long, Integer> exported = new LinkedHashMap<>();
    for (String line : lines) {
      JsonObject ticket = JsonParser.parseString(line).getAsJsonObject();
      Integer earlier = exported.put(ticket.get("id").getAsLong(), ticket.getAsJsonArray("messages").size());
      assertEquals(null, earlier, "ticket " + ticket.get("id") + " twice");
    }
    assertEquals(new TreeMap<>(account), new TreeMap<>(exported), "every ticket once, with every message");
    assertTrue(Files.readString(out).endsWith("\n"), "whole lines only");
  }

  private static List<Long> ids(Path out) throws IOException {
    List<Long> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      ids.add(JsonParser.parseString(line).getAsJsonObject().get("id").getAsLong());
    }
    return ids;
  }

  private static List<Long> messagesRequested(List<ReceivedRequest> requests) {
    List<Long> ids = new ArrayList<>();
    for (ReceivedRequest r : requests) {
      Matcher m = MESSAGES_PATH.matcher(r.url());
      if (r.method().equals("GET") && m.matches()) {
        ids.add(Long.parseLong(m.group(1)));
      }
    }
    return ids;
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }
}
