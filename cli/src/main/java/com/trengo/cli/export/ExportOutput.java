package com.trengo.cli.export;

import com.trengo.cli.io.ExportCheckpoint;
import java.io.IOException;

/**
 * Where an export's lines go and where its position is kept: a file with its checkpoint (resumable),
 * or standard output (not).
 */
public interface ExportOutput {

  /** Whether the ticket with this id is already in the output. */
  boolean contains(long ticketId);

  /**
   * Adds the line of one ticket, and then records {@code after} as the position: when this returns the
   * line is durable and a later run resumes after it.
   *
   * @param after the position with this line counted, except for the output's length and hash
   * @return {@code after} with the output's length and hash, as recorded
   */
  ExportCheckpoint append(long ticketId, String line, ExportCheckpoint after) throws IOException;

  /** Records {@code position} (a page done, a pass begun or ended) without adding a line. */
  void save(ExportCheckpoint position) throws IOException;

  /** Whether whoever reads the output went away (a closed pipe): the export then stops quietly. */
  default boolean readerGone() {
    return false;
  }
}
