package com.trengo.cli.export;

import com.trengo.cli.io.ExportCheckpoint;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An export to standard output: each line printed and flushed as it is complete, the ids kept in
 * memory so that no ticket is printed twice. Nothing is saved: such an export cannot be resumed.
 */
public final class StreamOutput implements ExportOutput {

  private final PrintStream out;
  private final Set<Long> ids = new HashSet<>();

  /** An output printing to {@code out}. */
  public StreamOutput(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out == null");
  }

  @Override
  public boolean contains(long ticketId) {
    return ids.contains(ticketId);
  }

  @Override
  public ExportCheckpoint append(long ticketId, String line, ExportCheckpoint after) {
    byte[] text = (line + "\n").getBytes(StandardCharsets.UTF_8);
    out.write(text, 0, text.length);
    out.flush();
    ids.add(ticketId);
    return after;
  }

  @Override
  public void save(ExportCheckpoint position) {
    // nothing to save: standard output cannot be resumed
  }

  @Override
  public boolean readerGone() {
    return out.checkError(); // | head: the reader went away, stop as a pipe should
  }
}
