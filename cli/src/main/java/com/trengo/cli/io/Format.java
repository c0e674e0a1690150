package com.trengo.cli.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;

/** The file formats of contacts: CSV with a header row, or JSON Lines (one object a line). */
public enum Format {
  /** Comma-separated, RFC 4180, with a header row naming the columns. */
  CSV,
  /** One JSON object per line. */
  JSONL;

  /** How the command writes CSV (exports, rejects files, ticket lists): RFC 4180 with '\n' line ends. */
  public static final CSVFormat CSV_OUTPUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  /** The format a file's extension names: {@code .csv}, {@code .jsonl} or {@code .ndjson}. */
  public static Optional<Format> ofFileName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    return Optional.empty();
  }
}
