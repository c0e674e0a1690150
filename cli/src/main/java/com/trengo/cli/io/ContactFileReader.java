package com.trengo.cli.io;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file whole, before anything is sent: a file that cannot be read as a whole (missing,
 * not CSV past some point, no identifier column) fails with {@link InputFileException} and changes
 * nothing; a row that is wrong on its own (a missing identifier, too few fields, a line of broken
 * JSON) becomes a {@link Reject} with its line number, and the other rows are read on.
 *
 * <p>Columns (CSV header names, or JSON fields), matched without regard to case: {@code identifier}
 * (required), {@code name}, {@code email}, {@code phone}, {@code channel_id}; others (such as the
 * {@code id} and {@code created_at} of an export) are ignored, so an export imports as it is. A CSV
 * cell's leading apostrophe before {@code = + - @} (or another apostrophe) is the export's
 * neutralisation of a formula, and is taken off ({@link Cells#restore}).
 */
public final class ContactFileReader {

  /** What a file held: the rows to import, and the rows rejected while reading. */
  public record Result(List<ContactRow> rows, List<Reject> rejects) {}

  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
  private static final Pattern LINE_POSITION = Pattern.compile("line: (\\d+), position: (\\d+)");
  private static final Pattern JSON_COLUMN = Pattern.compile("line \\d+ column (\\d+)");
  private static final Gson GSON = new Gson();

  private ContactFileReader() {}

  /**
   * Reads {@code file} as {@code format}.
   *
   * @throws InputFileException when the file as a whole cannot be read
   */
  public static Result read(Path file, Format format) throws InputFileException {
    String text = readText(file);
    return format == Format.CSV ? readCsv(file, text) : readJsonLines(text);
  }

  private static String readText(Path file) throws InputFileException {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM from spreadsheet exports
    } catch (NoSuchFileException e) {
      throw new InputFileException(file, 0, 0, "no such file", e);
    } catch (CharacterCodingException e) {
      throw new InputFileException(file, 0, 0, "not UTF-8 text", e);
    } catch (IOException e) {
      throw new InputFileException(file, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  // CSV

  private static Result readCsv(Path file, String text) throws InputFileException {
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // Blank lines are skipped below, not by the parser, so that line numbers stay true.
            .setIgnoreEmptyLines(false)
            .get();
    List<ContactRow> rows = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    CSVParser parser;
    try {
      parser = CSVParser.parse(new StringReader(text), format);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw csvError(file, text, e, 1);
    }
    try (parser) {
      Columns columns = Columns.of(parser.getHeaderNames());
      if (columns.identifier < 0) {
        throw new InputFileException(
            file, 1, 1,
            text.isBlank()
                ? "empty file: expected a header row naming an identifier column"
                : "no identifier column in the header " + parser.getHeaderNames(),
            null);
      }
      int width = parser.getHeaderNames().size();
      long lastLine = parser.getCurrentLineNumber();
      try {
        for (CSVRecord record : parser) {
          long line = lastLine + 1;
          lastLine = parser.getCurrentLineNumber();
          if (record.stream().allMatch(v -> v == null || v.isBlank())) {
            continue;
          }
          String raw = CSVFormat.RFC4180.format((Object[]) record.values());
          if (record.size() != width) {
            rejects.add(new Reject(line, "expected " + width + " fields as in the header, found " + record.size(), raw));
            continue;
          }
          toRow(line, columns.value(record, columns.identifier), columns.value(record, columns.name),
                  columns.value(record, columns.email), columns.value(record, columns.phone),
                  columns.value(record, columns.channelId), raw, rows, rejects);
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw csvError(file, text, e, lastLine + 1);
      }
    } catch (IOException e) {
      throw new InputFileException(file, 0, 0, "cannot read: " + e.getMessage(), e);
    }
    return new Result(rows, rejects);
  }

  /** Column positions by name; -1 when absent. */
  private record Columns(int identifier, int name, int email, int phone, int channelId) {
    static Columns of(List<String> header) {
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        at.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
      }
      return new Columns(
          at.getOrDefault("identifier", -1),
          at.getOrDefault("name", -1),
          at.getOrDefault("email", -1),
          at.getOrDefault("phone", -1),
          at.getOrDefault("channel_id", -1));
    }

    /** The cell's value, with the apostrophe an export puts before a formula-like value taken off. */
    String value(CSVRecord record, int column) {
      return column < 0 ? null : Cells.restore(record.get(column));
    }
  }

  /**
   * The parser cannot go on past a broken quote, so the file is refused as a whole, pointing at the
   * place: Commons CSV names the line (and for a stray character, its offset in the file), the column
   * is worked out from the text.
   */
  private static InputFileException csvError(Path file, String text, Exception e, long fallbackLine) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = String.valueOf(cause.getMessage());
    Matcher start = START_LINE.matcher(message);
    if (message.contains("EOF reached before encapsulated token finished") && start.find()) {
      long line = Long.parseLong(start.group(1));
      return new InputFileException(
          file, line, openingQuoteColumn(lineText(text, line)),
          "unterminated quoted field: this quote is never closed", e);
    }
    Matcher at = LINE_POSITION.matcher(message);
    if (message.startsWith("Invalid character between encapsulated token and delimiter") && at.find()) {
      long line = Long.parseLong(at.group(1));
      long column = Long.parseLong(at.group(2)) - lineStart(text, line);
      return new InputFileException(
          file, line, Math.max(column, 0),
          "unexpected character after a closing quote (a quote inside a quoted field is written twice: \"\")", e);
    }
    return new InputFileException(file, fallbackLine, 0, message, e);
  }

  /** The column (from 1) of the quote that opens a field and is still open at the end of the line; 0 if none. */
  static long openingQuoteColumn(String line) {
    boolean quoted = false;
    int openedAt = -1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != '"') {
        continue;
      }
      if (!quoted && (i == 0 || line.charAt(i - 1) == ',')) {
        quoted = true;
        openedAt = i;
      } else if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        i++; // an escaped quote
      } else if (quoted) {
        quoted = false;
      }
    }
    return quoted ? openedAt + 1 : 0;
  }

  private static long lineStart(String text, long line) {
    int offset = 0;
    for (long l = 1; l < line && offset >= 0; l++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return 0;
      }
    }
    return offset;
  }

  private static String lineText(String text, long line) {
    int start = (int) lineStart(text, line);
    int end = text.indexOf('\n', start);
    String l = end < 0 ? text.substring(start) : text.substring(start, end);
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }

  // JSON Lines

  private static Result readJsonLines(String text) {
    List<ContactRow> rows = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      long lineNumber = i + 1;
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      JsonObject object;
      try {
        object = parseObject(line);
      } catch (IOException | RuntimeException e) {
        rejects.add(new Reject(lineNumber, jsonProblem(e), line));
        continue;
      }
      if (object == null) {
        rejects.add(new Reject(lineNumber, "not a JSON object", line));
        continue;
      }
      try {
        toRow(lineNumber, text(object, "identifier"), text(object, "name"), text(object, "email"),
            text(object, "phone"), text(object, "channel_id"), line, rows, rejects);
      } catch (IllegalArgumentException e) {
        rejects.add(new Reject(lineNumber, e.getMessage(), line));
      }
    }
    return new Result(rows, rejects);
  }

  /** One strict JSON value filling the whole line; null when it is not an object. */
  private static JsonObject parseObject(String line) throws IOException {
    JsonReader reader = new JsonReader(new StringReader(line));
    reader.setStrictness(Strictness.STRICT);
    JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new IOException("more than one JSON value on the line at line 1 column " + (line.length()));
    }
    return element.isJsonObject() ? element.getAsJsonObject() : null;
  }

  private static String jsonProblem(Exception e) {
    String message = String.valueOf(e.getMessage());
    int see = message.indexOf("\nSee ");
    if (see >= 0) {
      message = message.substring(0, see);
    }
    Matcher column = JSON_COLUMN.matcher(message);
    String where = column.find() ? " at column " + column.group(1) : "";
    String what = message.replaceAll(" at line \\d+ column \\d+ path \\S*", "").replaceAll(" at line \\d+ column \\d+", "");
    return "invalid JSON" + where + ": " + what;
  }

  /** A field as text: strings as they are, numbers as written; null when absent, null or blank. */
  private static String text(JsonObject object, String name) {
    for (Map.Entry<String, JsonElement> field : object.entrySet()) {
      if (!field.getKey().equalsIgnoreCase(name)) {
        continue;
      }
      JsonElement value = field.getValue();
      if (value.isJsonNull()) {
        return null;
      }
      if (!value.isJsonPrimitive() || ((JsonPrimitive) value).isBoolean()) {
        throw new IllegalArgumentException(name + " must be a string or a number, was " + value);
      }
      return value.getAsString();
    }
    return null;
  }

  // Both

  private static void toRow(
      long line, String identifier, String name, String email, String phone, String channelId, String raw,
      List<ContactRow> rows, List<Reject> rejects) {
    identifier = blankToNull(identifier);
    if (identifier == null) {
      rejects.add(new Reject(line, "no identifier (the email address or phone number Trengo reaches the contact by)", raw));
      return;
    }
    Long channel = null;
    String channelText = blankToNull(channelId);
    if (channelText != null) {
      try {
        channel = Long.parseLong(channelText);
      } catch (NumberFormatException e) {
        channel = -1L;
      }
      if (channel <= 0) {
        rejects.add(new Reject(line, "channel_id '" + channelText + "' is not a channel id (a positive whole number)", raw));
        return;
      }
    }
    rows.add(new ContactRow(line, identifier, blankToNull(name), blankToNull(email), blankToNull(phone), channel, raw));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
