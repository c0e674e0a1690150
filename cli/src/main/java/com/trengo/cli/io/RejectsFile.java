package com.trengo.cli.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejects file of an import: CSV with the columns {@code line, reason, record}, one row per
 * rejected row in file order, {@code record} holding the row as it was (a CSV line, or a JSON line).
 * Written whole or not at all ({@link AtomicFile}), cells neutralised for spreadsheets ({@link Cells}).
 */
public final class RejectsFile {

  private RejectsFile() {}

  /** Where the rejects of {@code input} go by default: {@code contacts.csv} gives {@code contacts.rejects.csv}. */
  public static Path besides(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return input.resolveSibling(stem + ".rejects.csv");
  }

  /** Writes {@code rejects}, in file order, to {@code file}, replacing what was there once all is written. */
  public static void write(Path file, List<Reject> rejects) throws IOException {
    try (AtomicFile out = AtomicFile.open(file)) {
      CSVPrinter printer = new CSVPrinter(out.writer(), Format.CSV_OUTPUT);
      printer.printRecord("line", "reason", "record");
      for (Reject reject : rejects) {
        printer.printRecord(reject.line(), Cells.neutralise(reject.reason()), Cells.neutralise(reject.record()));
      }
      printer.flush();
      out.commit();
    }
  }
}
