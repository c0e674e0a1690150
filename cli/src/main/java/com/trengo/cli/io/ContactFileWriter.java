package com.trengo.cli.io;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.trengo.client.model.Contact;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes contacts as CSV (Commons CSV, RFC 4180, with a header) or JSON Lines, with the columns {@code
 * id, identifier, name, email, phone, created_at}. An absent field is an empty cell, or left out of
 * the JSON object. CSV cells a spreadsheet would run as a formula are neutralised ({@link Cells}).
 * What it writes, {@link ContactFileReader} reads back exactly.
 */
public interface ContactFileWriter extends AutoCloseable {

  /** The columns, in order. */
  List<String> COLUMNS = List.of("id", "identifier", "name", "email", "phone", "created_at");

  /** Writes one contact. */
  void write(Contact contact) throws IOException;

  /** Flushes what was written to the underlying writer. */
  void flush() throws IOException;

  /** Flushes; does not close the underlying writer (it may be standard output). */
  @Override
  default void close() throws IOException {
    flush();
  }

  /** A writer of {@code format} onto {@code out}; a CSV writer writes its header at once. */
  static ContactFileWriter of(Format format, Writer out) throws IOException {
    return format == Format.CSV ? new Csv(out) : new JsonLines(out);
  }

  /** The contact's {@code created_at} as ISO 8601 with its offset, or null. */
  private static String createdAt(Contact c) {
    return c.getCreatedAt() == null ? null : c.getCreatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** CSV through Commons CSV. */
  final class Csv implements ContactFileWriter {
    private final CSVPrinter printer;

    Csv(Writer out) throws IOException {
      this.printer = new CSVPrinter(out, Format.CSV_OUTPUT);
      printer.printRecord(COLUMNS);
    }

    @Override
    public void write(Contact c) throws IOException {
      printer.printRecord(
          c.getId(), Cells.neutralise(c.getIdentifier()), Cells.neutralise(c.getName()), Cells.neutralise(c.getEmail()),
          Cells.neutralise(c.getPhone()), createdAt(c));
    }

    @Override
    public void flush() throws IOException {
      printer.flush();
    }
  }

  /** One JSON object a line, through Gson. */
  final class JsonLines implements ContactFileWriter {
    private static final Gson GSON = new Gson();
    private final Writer out;

    JsonLines(Writer out) {
      this.out = out;
    }

    @Override
    public void write(Contact c) throws IOException {
      JsonObject json = new JsonObject();
      json.addProperty("id", c.getId());
      json.addProperty("identifier", c.getIdentifier());
      json.addProperty("name", c.getName());
      json.addProperty("email", c.getEmail());
      json.addProperty("phone", c.getPhone());
      json.addProperty("created_at", createdAt(c));
      out.write(GSON.toJson(json)); // Gson leaves null members out
      out.write('\n');
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
