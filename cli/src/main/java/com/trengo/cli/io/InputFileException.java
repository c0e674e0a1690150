package com.trengo.cli.io;

import java.nio.file.Path;

/**
 * The import file cannot be read as a whole (it does not exist, is not valid CSV past some point, or
 * has no identifier column): nothing is imported. Carries the line and column, from 1, when known.
 */
public final class InputFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final long column;

  /** An error at {@code line}:{@code column} of {@code file}; 0 for an unknown line or column. */
  public InputFileException(Path file, long line, long column, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The line, from 1; 0 when the error is about the file as a whole. */
  public long line() {
    return line;
  }

  /** The column, from 1; 0 when unknown. */
  public long column() {
    return column;
  }

  /** {@code FILE:LINE:COLUMN: message}, the way compilers point at a place. */
  public String describe() {
    StringBuilder out = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.append(": ").append(getMessage()).toString();
  }
}
