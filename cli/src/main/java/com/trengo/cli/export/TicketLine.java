package com.trengo.cli.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.trengo.client.model.Message;
import com.trengo.client.model.Ticket;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One line of a tickets export: the ticket as the client reads it from the API (the API's field
 * names; absent fields left out; dates as ISO-8601 in UTC) with a {@code messages} array of every
 * message of the ticket, oldest first, in the same form. The line starts with the ticket's {@code id}.
 */
public final class TicketLine {

  private static final Gson GSON = new GsonBuilder()
      .disableHtmlEscaping()
      .registerTypeAdapter(OffsetDateTime.class, new DateTimeAdapter().nullSafe())
      .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
      .create();

  private TicketLine() {}

  /** The line for {@code ticket} and its {@code messages}, without a line feed. */
  public static String of(Ticket ticket, List<Message> messages) {
    JsonObject json = GSON.toJsonTree(ticket).getAsJsonObject();
    json.add("messages", GSON.toJsonTree(messages));
    return GSON.toJson(json);
  }

  /** What a line holds, in brief. */
  public record Summary(long id, int messages) {}

  /**
   * The ticket id and message count of an export line, read without building the whole line: a JSON
   * object with a whole-number {@code id} and a {@code messages} array.
   *
   * @throws IllegalArgumentException when {@code line} is not such a line
   */
  public static Summary read(String line) {
    try (JsonReader reader = new JsonReader(new StringReader(line))) {
      reader.beginObject();
      Long id = null;
      int messages = -1;
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals("id") && reader.peek() == JsonToken.NUMBER) {
          id = reader.nextLong();
        } else if (name.equals("messages") && reader.peek() == JsonToken.BEGIN_ARRAY) {
          messages = 0;
          reader.beginArray();
          while (reader.hasNext()) {
            reader.skipValue();
            messages++;
          }
          reader.endArray();
        } else {
          reader.skipValue();
        }
      }
      reader.endObject();
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalArgumentException("not a ticket line of this export: more than one JSON value");
      }
      if (id == null || messages < 0) {
        throw new IllegalArgumentException("not a ticket line of this export: no id or no messages");
      }
      return new Summary(id, messages);
    } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new IllegalArgumentException("not a ticket line of this export: " + e.getMessage(), e);
    }
  }

  private static final class DateTimeAdapter extends TypeAdapter<OffsetDateTime> {
    @Override
    public void write(JsonWriter out, OffsetDateTime value) throws IOException {
      out.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    @Override
    public OffsetDateTime read(JsonReader in) throws IOException {
      return OffsetDateTime.parse(in.nextString());
    }
  }

  private static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, LocalDate value) throws IOException {
      out.value(value.toString());
    }

    @Override
    public LocalDate read(JsonReader in) throws IOException {
      return LocalDate.parse(in.nextString());
    }
  }
}
