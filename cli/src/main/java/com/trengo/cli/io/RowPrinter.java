package com.trengo.cli.io;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints the rows of a list command as they arrive, never holding the list whole: a table (fixed
 * columns, then a count), CSV with a header row, or JSON Lines whose keys are the column names.
 *
 * @param <T> what one row is made from
 */
public final class RowPrinter<T> {
  /** The formats a list command takes. */
  public static final List<String> FORMATS = List.of("table", "csv", "jsonl");

  private final List<String> columns;
  private final List<Integer> widths;
  private final Function<T, List<Object>> values;
  private final String noun;

  /**
   * @param columns the column names, as CSV headers and JSON keys
   * @param widths each column's width in the table (the last is not padded)
   * @param values a row's values, one per column; null prints as empty (null in JSON)
   * @param noun what the table's count line counts, e.g. "labels"
   */
  public RowPrinter(List<String> columns, List<Integer> widths, Function<T, List<Object>> values, String noun) {
    this.columns = List.copyOf(columns);
    this.widths = List.copyOf(widths);
    this.values = values;
    this.noun = noun;
  }

  /** Prints {@code rows} to {@code out} in {@code format}, one of {@link #FORMATS}. */
  public void print(PrintStream out, String format, Iterable<T> rows) throws IOException {
    switch (format) {
      case "table" -> table(out, rows);
      case "csv" -> csv(out, rows);
      default -> jsonl(out, rows);
    }
  }

  private void table(PrintStream out, Iterable<T> rows) {
    out.println(line(columns.stream().map(c -> (Object) c.toUpperCase(Locale.ROOT)).toList()));
    long count = 0;
    for (T row : rows) {
      out.println(line(values.apply(row)));
      count++;
    }
    out.println(count + " " + noun);
  }

  private String line(List<Object> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String text = cells.get(i) == null ? "" : cells.get(i).toString();
      line.append(i + 1 < cells.size() ? String.format(Locale.ROOT, "%-" + widths.get(i) + "s ", text) : text);
    }
    return line.toString().stripTrailing();
  }

  private void csv(PrintStream out, Iterable<T> rows) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(writer, Format.CSV_OUTPUT);
    printer.printRecord(columns);
    for (T row : rows) {
      printer.printRecord(values.apply(row));
    }
    printer.flush();
  }

  private void jsonl(PrintStream out, Iterable<T> rows) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Gson gson = new Gson();
    for (T row : rows) {
      List<Object> cells = values.apply(row);
      JsonObject json = new JsonObject();
      for (int i = 0; i < columns.size(); i++) {
        json.add(columns.get(i), gson.toJsonTree(cells.get(i)));
      }
      writer.write(gson.toJson(json));
      writer.write('\n');
    }
    writer.flush();
  }
}
