package com.trengo.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineJournalTest {

  @TempDir Path dir;

  private record Committed(long bytes, String sha256) {}

  private Committed writeTwoLines(Path file) throws Exception {
    try (LineJournal journal = LineJournal.create(file)) {
      journal.append("{\"id\":1}");
      journal.append("{\"id\":2,\"text\":\"caf\u00e9\"}");
      return new Committed(journal.bytes(), journal.sha256());
    }
  }

  @Test
  void reopensWhatItWroteAndGoesOnAfterIt() throws Exception {
    Path file = dir.resolve("out.jsonl");
    Committed committed = writeTwoLines(file);
    List<String> seen = new ArrayList<>();

    LineJournal.Recovered recovered = LineJournal.reopen(file, committed.bytes(), committed.sha256(), seen::add);
    try (LineJournal journal = recovered.journal()) {
      journal.append("{\"id\":3}");
      assertEquals(Files.size(file), journal.bytes());
    }

    assertEquals(List.of("{\"id\":1}", "{\"id\":2,\"text\":\"caf\u00e9\"}"), seen);
    assertEquals(0, recovered.linesAfterCheckpoint());
    assertEquals(0, recovered.incompleteBytesRemoved());
    assertEquals(3, Files.readAllLines(file).size());
  }

  @Test
  void cutsOffAnIncompleteLastLineAndKeepsWholeLinesWrittenAfterTheCheckpoint() throws Exception {
    Path file = dir.resolve("out.jsonl");
    Committed committed = writeTwoLines(file);
    Files.writeString(file, "{\"id\":3}\n{\"id\":4,\"te", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    LineJournal.Recovered recovered = LineJournal.reopen(file, committed.bytes(), committed.sha256(), line -> { });
    recovered.journal().close();

    assertEquals(1, recovered.linesAfterCheckpoint());
    assertEquals("{\"id\":4,\"te".length(), recovered.incompleteBytesRemoved());
    assertTrue(Files.readString(file).endsWith("{\"id\":3}\n"));
    assertEquals(Files.size(file), recovered.journal().bytes());
  }

  @Test
  void refusesAFileWhoseStartChangedAndLeavesItAsItIs() throws Exception {
    Path file = dir.resolve("out.jsonl");
    Committed committed = writeTwoLines(file);
    String changed = Files.readString(file).replace("\"id\":1", "\"id\":9") + "{\"id\":3,\"cut";
    Files.writeString(file, changed);

    LineJournal.MismatchException e = assertThrows(LineJournal.MismatchException.class,
        () -> LineJournal.reopen(file, committed.bytes(), committed.sha256(), line -> { }));

    assertTrue(e.getMessage().contains("SHA-256 differs"), e.getMessage());
    assertEquals(changed, Files.readString(file), "not even the incomplete line is cut");
  }

  @Test
  void refusesAFileWhereTheCheckpointEndsInsideALine() throws Exception {
    Path file = dir.resolve("out.jsonl");
    Committed committed = writeTwoLines(file);
    String changed = "{\"id\":0,\"longer\":true}\n" + Files.readString(file);
    Files.writeString(file, changed);

    LineJournal.MismatchException e = assertThrows(LineJournal.MismatchException.class,
        () -> LineJournal.reopen(file, committed.bytes(), committed.sha256(), line -> { }));

    assertTrue(e.getMessage().contains("end inside line 3"), e.getMessage());
    assertEquals(changed, Files.readString(file));
  }

  @Test
  void refusesALineTheCallerDoesNotKnowNamingIt() throws Exception {
    Path file = dir.resolve("out.jsonl");
    Committed committed = writeTwoLines(file);
    Files.writeString(file, "not json\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(file);

    LineJournal.MismatchException e = assertThrows(LineJournal.MismatchException.class,
        () -> LineJournal.reopen(file, committed.bytes(), committed.sha256(), line -> {
          if (!line.startsWith("{")) {
            throw new IllegalArgumentException("not one of mine");
          }
        }));

    assertTrue(e.getMessage().endsWith("line 3: not one of mine"), e.getMessage());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
  }

  @Test
  void aFileAnotherJournalHoldsIsRefusedUntouched() throws Exception {
    Path file = dir.resolve("out.jsonl");
    Committed committed = writeTwoLines(file);
    Files.writeString(file, "{\"id\":3,\"cut", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(file);

    try (LineJournal first = LineJournal.reopen(file, committed.bytes(), committed.sha256(), line -> { }).journal()) {
      first.append("{\"id\":4}");
      byte[] held = Files.readAllBytes(file);
      LineJournal.MismatchException e = assertThrows(LineJournal.MismatchException.class,
          () -> LineJournal.reopen(file, committed.bytes(), committed.sha256(), line -> { }));
      assertTrue(e.getMessage().contains("is being written by another run"), e.getMessage());
      assertEquals(new String(held, StandardCharsets.UTF_8), Files.readString(file));
      assertThrows(LineJournal.MismatchException.class, () -> LineJournal.create(file));
    }
    assertTrue(before.length > 0);
  }

  @Test
  void aLineWithALineFeedIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path file = dir.resolve("out.jsonl");
    try (LineJournal journal = LineJournal.create(file)) {
      assertThrows(IllegalArgumentException.class, () -> journal.append("two\nlines"));
      assertEquals(0, Files.size(file));
      assertEquals(LineJournal.emptySha256(), journal.sha256());
    }
  }
}
