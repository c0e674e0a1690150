package com.trengo.cli;

import com.trengo.cli.io.RowPrinter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --format} of a list command: table (default), csv or jsonl. */
public final class ListFormat {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default), csv or jsonl.")
  String format = "table";

  /** The format in lower case; a usage error naming the value when it is none of them. */
  String checked(CommandSpec spec) {
    String how = format.toLowerCase(Locale.ROOT);
    if (!RowPrinter.FORMATS.contains(how)) {
      throw new ParameterException(spec.commandLine(), "--format must be table, csv or jsonl, was " + format);
    }
    return how;
  }
}
