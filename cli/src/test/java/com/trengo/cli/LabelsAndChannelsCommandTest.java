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

/** {@code trengo labels list} and {@code trengo channels list}, against a sandbox and on the embedded one. */
class LabelsAndChannelsCommandTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @Test
  void listsTheLabelsAsATableWithTheirIds() {
    CliRun run = CliRun.against(sandbox.sandbox(), "labels", "list");

    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals("ID         NAME                         SLUG                         COLOR", lines.get(0));
    assertTrue(lines.get(5).startsWith("405        Urgent"), run::toString);
    assertEquals("5 labels", lines.get(lines.size() - 1));
  }

  @Test
  void listsTheLabelsAsCsvAndJsonLines() {
    CliRun csv = CliRun.against(sandbox.sandbox(), "labels", "list", "--format", "CSV");
    CliRun jsonl = CliRun.against(sandbox.sandbox(), "labels", "list", "--format", "jsonl");

    assertEquals("id,name,slug,color", csv.out().lines().findFirst().orElseThrow(), csv::toString);
    assertEquals("401,VIP,vip,\"#AC92EC\"", csv.out().lines().skip(1).findFirst().orElseThrow(), csv::toString);
    assertEquals("{\"id\":401,\"name\":\"VIP\",\"slug\":\"vip\",\"color\":\"#AC92EC\"}",
        jsonl.out().lines().findFirst().orElseThrow(), jsonl::toString);
    assertEquals(5, jsonl.out().lines().count());
  }

  @Test
  void listsEveryChannelOrThoseOfOneType() {
    CliRun all = CliRun.against(sandbox.sandbox(), "channels", "list", "--format", "csv");
    CliRun voice = CliRun.against(sandbox.sandbox(), "channels", "list", "--type", "voip");

    assertEquals(0, all.exitCode(), all::toString);
    assertEquals(List.of("id,type,title,status", "101,EMAIL,Support mailbox,ACTIVE"),
        all.out().lines().limit(2).toList(), all::toString);
    assertEquals(7, all.out().lines().count(), "a header and six channels");
    assertTrue(voice.out().contains("104        VOIP           Phone support NL"), voice::toString);
    assertTrue(voice.out().endsWith("2 channels\n"), voice::toString);
  }

  @Test
  void aFormatItDoesNotKnowIsAUsageError() {
    CliRun run = CliRun.against(sandbox.sandbox(), "channels", "list", "--format", "xml");

    assertEquals(TrengoCli.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--format must be table, csv or jsonl, was xml"), run::toString);
    assertTrue(!run.err().contains("\tat "), "no stack trace: " + run);
  }

  @Test
  void runsOnTheEmbeddedSandboxWithoutAToken() {
    CliRun run = CliRun.run(Map.of(), "labels", "list", "--format", "csv");

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.err().contains("embedded sandbox"), run::toString);
    assertEquals(6, run.out().lines().count(), run::toString);
  }
}
