package com.trengo.cli.export;

import com.trengo.cli.io.AtomicFile;
import com.trengo.cli.io.ExportCheckpoint;
import com.trengo.cli.io.LineJournal;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The output file of a tickets export and its checkpoint, opened to begin or to go on. Every line is
 * appended and forced to disk before the checkpoint that counts it replaces the previous one, so at
 * any instant (a kill included) the checkpoint describes a prefix of the output, and the output holds
 * at most some whole lines more and one incomplete line, which {@link #open} sorts out: whole lines are
 * kept, the incomplete one is cut off. Nothing else in an existing file is ever changed: a file the
 * checkpoint does not describe is refused, untouched.
 */
public final class ExportFiles implements ExportOutput, Closeable {

  private final Path checkpointFile;
  private final LineJournal journal;
  private final Set<Long> ids;

  private ExportFiles(Path checkpointFile, LineJournal journal, Set<Long> ids) {
    this.checkpointFile = checkpointFile;
    this.journal = journal;
    this.ids = ids;
  }

  /** The files cannot be used for this export; nothing was changed. */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }

  /**
   * What {@link #open} found.
   *
   * @param files the files to go on with; null when the export is already complete
   * @param position where the export stands (as saved, with this run counted)
   * @param resumed whether an earlier run's export goes on (false: a new one)
   * @param linesAfterCheckpoint whole lines an earlier run wrote after its last checkpoint (kept)
   * @param incompleteBytesRemoved the bytes of an incomplete last line cut off (0 when none)
   * @param leftoversRemoved temporary checkpoint files of killed runs deleted
   */
  public record Opened(ExportFiles files, ExportCheckpoint position, boolean resumed, long linesAfterCheckpoint,
      long incompleteBytesRemoved, int leftoversRemoved) {}

  /**
   * Opens {@code output} and {@code checkpoint}: a new export when neither holds anything, else the
   * export they describe, checked and repaired.
   *
   * @param target where this run reads from; must be where the export began
   * @param since this run's {@code --since}, or null; when given, must be the export's
   * @throws RefusedException when the output holds data without a checkpoint, the checkpoint is not
   *     one, belongs to another target or {@code --since}, or does not describe the output
   */
  public static Opened open(Path output, Path checkpoint, String target, OffsetDateTime since)
      throws IOException, RefusedException {
    Objects.requireNonNull(target, "target == null");
    int leftovers = AtomicFile.removeLeftovers(checkpoint);
    if (!Files.exists(checkpoint)) {
      if (Files.exists(output) && Files.size(output) > 0) {
        throw new RefusedException(output + " already holds " + Files.size(output) + " bytes and there is no checkpoint "
            + checkpoint + " to go on from: name a new --out, or remove the file to export from scratch");
      }
      ExportCheckpoint start = ExportCheckpoint.start(target, since);
      start.write(checkpoint); // before the output exists: a kill now leaves a checkpoint of nothing written
      return new Opened(new ExportFiles(checkpoint, created(output), new HashSet<>()), start, false, 0, 0, leftovers);
    }
    ExportCheckpoint saved;
    try {
      saved = ExportCheckpoint.read(checkpoint);
    } catch (ExportCheckpoint.UnreadableException e) {
      throw new RefusedException(e.getMessage());
    }
    if (!sameTarget(saved.target(), target)) {
      throw new RefusedException(checkpoint + " is an export from " + saved.target() + ", and this run reads from "
          + target + ": run it against the same account, or name a new --out");
    }
    if (since != null && (saved.since() == null || !since.isEqual(saved.since()))) {
      throw new RefusedException(checkpoint + " is an export begun with "
          + (saved.since() == null ? "no --since" : "--since " + saved.since())
          + ": go on with the same --since (or none), or name a new --out");
    }
    if (saved.complete()) {
      return new Opened(null, saved, true, 0, 0, leftovers);
    }
    LineJournal journal;
    Set<Long> ids = new HashSet<>();
    long[] messages = {0};
    long after = 0;
    long cut = 0;
    if (!Files.exists(output)) {
      if (saved.outputBytes() > 0) {
        throw new RefusedException(checkpoint + " says " + saved.tickets() + " tickets were written to " + output
            + ", which is missing: restore it, or remove the checkpoint to export from scratch");
      }
      journal = created(output);
    } else {
      try {
        LineJournal.Recovered recovered = LineJournal.reopen(output, saved.outputBytes(), saved.outputSha256(), line -> {
          TicketLine.Summary summary = TicketLine.read(line);
          if (!ids.add(summary.id())) {
            throw new IllegalArgumentException("ticket " + summary.id() + " is in the file twice");
          }
          messages[0] += summary.messages();
        });
        journal = recovered.journal();
        after = recovered.linesAfterCheckpoint();
        cut = recovered.incompleteBytesRemoved();
      } catch (LineJournal.MismatchException e) {
        throw new RefusedException(e.getMessage() + "; it was left as it is. Name a new --out, or remove both files"
            + " to export from scratch");
      }
    }
    ExportCheckpoint position = saved.withOutput(journal.bytes(), journal.sha256(), ids.size(), messages[0]).nextRun();
    ExportFiles files = new ExportFiles(checkpoint, journal, ids);
    try {
      position.write(checkpoint); // the repaired file, before anything new is written
    } catch (IOException e) {
      files.close();
      throw e;
    }
    return new Opened(files, position, true, after, cut, leftovers);
  }

  @Override
  public boolean contains(long ticketId) {
    return ids.contains(ticketId);
  }

  @Override
  public ExportCheckpoint append(long ticketId, String line, ExportCheckpoint after) throws IOException {
    journal.append(line);
    ids.add(ticketId);
    ExportCheckpoint position = after.withOutput(journal.bytes(), journal.sha256(), after.tickets(), after.messages());
    position.write(checkpointFile);
    return position;
  }

  @Override
  public void save(ExportCheckpoint position) throws IOException {
    position.withOutput(journal.bytes(), journal.sha256(), position.tickets(), position.messages())
        .write(checkpointFile);
  }

  /** The ids of the tickets in the output. */
  public Set<Long> ids() {
    return Set.copyOf(ids);
  }

  @Override
  public void close() throws IOException {
    journal.close();
  }

  private static LineJournal created(Path output) throws IOException, RefusedException {
    try {
      return LineJournal.create(output);
    } catch (LineJournal.MismatchException e) {
      throw new RefusedException(e.getMessage());
    }
  }

  private static boolean sameTarget(String a, String b) {
    return a.replaceAll("/+$", "").equals(b.replaceAll("/+$", ""));
  }
}
