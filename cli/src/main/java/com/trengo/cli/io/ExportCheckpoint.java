package com.trengo.cli.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Where a {@code tickets export} stands, kept beside its output and replaced whole ({@link AtomicFile})
 * after every line the output gains: the walk's position, what the output held at that moment (length
 * and SHA-256, so that a resume appends only to the file it knew) and the counts so far. The ids
 * already written are not in it: the output file itself holds them, so the two cannot disagree and the
 * checkpoint stays a few hundred bytes however long the export.
 *
 * @param target where the tickets come from: the API's base URL, or the embedded sandbox and its seed
 * @param since the export's {@code --since}, or null for every ticket
 * @param startedAt when the export began by the server's clock, less a second (its Date header, or the
 *     newest ticket activity its first page showed): the {@code --since} of the
 *     next incremental export, which then brings every ticket changed after this one began; null until
 *     the first page was read
 * @param pass 0 for the walk of every ticket, 1 to {@value #MAX_CATCH_UP} for the catch-up walks of
 *     tickets changed meanwhile
 * @param passSince the {@code updated_at_gt} of the current pass (null: none)
 * @param passMark the server's time when the current pass began (less a second), or null before its
 *     first page
 * @param passWrote how many tickets the current pass wrote
 * @param page the page of the current pass to read next (or to read again: its written tickets are
 *     skipped)
 * @param complete whether the export is done
 * @param outputBytes the output's length in bytes, whole lines only
 * @param outputSha256 the SHA-256 of those bytes, lower-case hex
 * @param tickets the lines in the output
 * @param messages the messages in those lines
 * @param requests the requests made by every run so far, up to the last line written
 * @param runs how many runs worked on this export
 */
public record ExportCheckpoint(
    String target,
    OffsetDateTime since,
    OffsetDateTime startedAt,
    int pass,
    OffsetDateTime passSince,
    OffsetDateTime passMark,
    long passWrote,
    int page,
    boolean complete,
    long outputBytes,
    String outputSha256,
    long tickets,
    long messages,
    long requests,
    int runs) {

  /** How many catch-up walks follow the first at most. */
  public static final int MAX_CATCH_UP = 3;

  private static final String FORMAT = "trengo tickets export checkpoint";
  private static final int VERSION = 1;
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().create();

  /** Checks the arguments. */
  public ExportCheckpoint {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(outputSha256, "outputSha256 == null");
  }

  /** The checkpoint of an export not begun: nothing written, the first page next. */
  public static ExportCheckpoint start(String target, OffsetDateTime since) {
    return new ExportCheckpoint(target, since, null, 0, since, null, 0, 1, false, 0, LineJournal.emptySha256(),
        0, 0, 0, 1);
  }

  /** This position with the first page of the current pass read at {@code mark} (the first pass's is the export's start). */
  public ExportCheckpoint marked(OffsetDateTime mark) {
    return new ExportCheckpoint(target, since, startedAt != null ? startedAt : mark, pass, passSince, mark, passWrote,
        page, complete, outputBytes, outputSha256, tickets, messages, requests, runs);
  }

  /** This position with one more ticket line, of {@code lineMessages} messages, from {@code onPage}. */
  public ExportCheckpoint withLine(int onPage, long lineMessages, long requestsSoFar) {
    return new ExportCheckpoint(target, since, startedAt, pass, passSince, passMark, passWrote + 1, onPage, complete,
        outputBytes, outputSha256, tickets + 1, messages + lineMessages, requestsSoFar, runs);
  }

  /** This position with {@code next} the page to read. */
  public ExportCheckpoint withPage(int next, long requestsSoFar) {
    return new ExportCheckpoint(target, since, startedAt, pass, passSince, passMark, passWrote, next, complete,
        outputBytes, outputSha256, tickets, messages, requestsSoFar, runs);
  }

  /**
   * The position after the current pass: a catch-up walk of the tickets changed since this pass began,
   * when this was the first walk or it still found some (at most {@value #MAX_CATCH_UP}); else complete.
   */
  public ExportCheckpoint afterPass(long requestsSoFar) {
    boolean again = pass == 0 || (passWrote > 0 && pass < MAX_CATCH_UP);
    if (!again) {
      return new ExportCheckpoint(target, since, startedAt, pass, passSince, passMark, passWrote, page, true,
          outputBytes, outputSha256, tickets, messages, requestsSoFar, runs);
    }
    return new ExportCheckpoint(target, since, startedAt, pass + 1, passMark, null, 0, 1, false, outputBytes,
        outputSha256, tickets, messages, requestsSoFar, runs);
  }

  /** This position with the output at {@code bytes} long, hashing to {@code sha256}, holding {@code lines} tickets. */
  public ExportCheckpoint withOutput(long bytes, String sha256, long lines, long messageCount) {
    return new ExportCheckpoint(target, since, startedAt, pass, passSince, passMark, passWrote, page, complete,
        bytes, sha256, lines, messageCount, requests, runs);
  }

  /** This position taken up by one more run. */
  public ExportCheckpoint nextRun() {
    return new ExportCheckpoint(target, since, startedAt, pass, passSince, passMark, passWrote, page, complete,
        outputBytes, outputSha256, tickets, messages, requests, runs + 1);
  }

  /** The file is not a checkpoint this version can read. */
  public static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String message) {
      super(message);
    }
  }

  /** Reads the checkpoint in {@code file}. */
  public static ExportCheckpoint read(Path file) throws IOException, UnreadableException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      JsonObject json = JsonParser.parseString(text).getAsJsonObject();
      if (!FORMAT.equals(string(json, "format")) || json.get("version") == null
          || json.get("version").getAsInt() != VERSION) {
        throw new UnreadableException(file + " is not a checkpoint of trengo tickets export (version " + VERSION + ")");
      }
      return new ExportCheckpoint(
          Objects.requireNonNull(string(json, "target"), "target"),
          time(json, "since"),
          time(json, "started_at"),
          json.get("pass").getAsInt(),
          time(json, "pass_since"),
          time(json, "pass_mark"),
          json.get("pass_wrote").getAsLong(),
          json.get("page").getAsInt(),
          json.get("complete").getAsBoolean(),
          json.get("output_bytes").getAsLong(),
          Objects.requireNonNull(string(json, "output_sha256"), "output_sha256"),
          json.get("tickets").getAsLong(),
          json.get("messages").getAsLong(),
          json.get("requests").getAsLong(),
          json.get("runs").getAsInt());
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
        | NumberFormatException | DateTimeParseException e) {
      throw new UnreadableException(file + " is not a readable checkpoint of trengo tickets export: " + e.getMessage());
    }
  }

  /** Replaces {@code file} with this checkpoint, whole or not at all, forced to disk. */
  public void write(Path file) throws IOException {
    JsonObject json = new JsonObject();
    json.addProperty("format", FORMAT);
    json.addProperty("version", VERSION);
    json.addProperty("target", target);
    json.addProperty("since", text(since));
    json.addProperty("started_at", text(startedAt));
    json.addProperty("pass", pass);
    json.addProperty("pass_since", text(passSince));
    json.addProperty("pass_mark", text(passMark));
    json.addProperty("pass_wrote", passWrote);
    json.addProperty("page", page);
    json.addProperty("complete", complete);
    json.addProperty("output_bytes", outputBytes);
    json.addProperty("output_sha256", outputSha256);
    json.addProperty("tickets", tickets);
    json.addProperty("messages", messages);
    json.addProperty("requests", requests);
    json.addProperty("runs", runs);
    try (AtomicFile out = AtomicFile.open(file)) {
      out.writer().write(GSON.toJson(json));
      out.writer().write('\n');
      out.commit();
    }
  }

  private static String string(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private static OffsetDateTime time(JsonObject json, String name) {
    String value = string(json, name);
    return value == null ? null : OffsetDateTime.parse(value);
  }

  private static String text(OffsetDateTime time) {
    return time == null ? null : time.toString();
  }
}
