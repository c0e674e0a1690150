package com.trengo.client.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.trengo.client.error.TrengoDecodingException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.function.Function;

/**
 * The Gson the client reads and writes with, made to read what the real API sends rather than only
 * what the contract says (the generated models carry their own type adapters; this adds the lenient
 * scalars and dates). Published Trengo responses send dates as {@code
 * yyyy-MM-dd HH:mm:ss} (UTC) as often as ISO-8601 with {@code Z}, an offset or up to microseconds;
 * booleans as {@code true}, {@code "1"} or {@code ""}; an empty object as PHP's {@code []}. One odd
 * value must not fail a page of 25 contacts; a value that truly cannot be read fails with the field's
 * path and the value, never silently.
 */
public final class LenientGson {
  /** {@code yyyy-MM-dd HH:mm:ss} with an optional fraction, or the same with a {@code T}. */
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart().appendLiteral(' ').optionalEnd()
          .optionalStart().appendLiteral('T').optionalEnd()
          .appendPattern("HH:mm:ss")
          .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
          .toFormatter();

  private LenientGson() {}

  /** The Gson for the client and its converters. Every adapter is {@code nullSafe()}: JSON null reads as null. */
  public static Gson create() {
    return new GsonBuilder()
        .registerTypeAdapter(OffsetDateTime.class, new DateTimeAdapter().nullSafe())
        .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
        .registerTypeAdapter(Boolean.class, new BooleanAdapter().nullSafe())
        .registerTypeAdapter(boolean.class, new BooleanAdapter().nullSafe())
        .registerTypeAdapter(String.class, new StringAdapter().nullSafe())
        .registerTypeAdapter(Long.class, new WholeNumberAdapter<>(Long::valueOf).nullSafe())
        .registerTypeAdapter(Integer.class, new WholeNumberAdapter<>(Integer::valueOf).nullSafe())
        .registerTypeAdapterFactory(new EmptyArrayAsNullObject())
        // Gson asks the factories registered last first: for a Message, the envelope, then the date form.
        .registerTypeAdapterFactory(new MessageSentAsItsTime())
        .registerTypeAdapterFactory(new SentMessageEnvelope())
        .create();
  }

  /** Reads every date-time form the API is known to send; writes ISO-8601 with seconds. */
  static OffsetDateTime parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notIsoWithOffset) {
      // The API's most common form carries no offset; its times are UTC.
      return LocalDateTime.parse(text, LOCAL).atOffset(ZoneOffset.UTC);
    }
  }

  private static TrengoDecodingException unreadable(JsonReader in, String value, String what, Exception cause) {
    String path = in.getPreviousPath();
    return new TrengoDecodingException(
        path, value, "cannot read " + path + ": \"" + value + "\" is not " + what, cause);
  }

  static final class DateTimeAdapter extends TypeAdapter<OffsetDateTime> {
    @Override
    public void write(JsonWriter out, OffsetDateTime value) throws IOException {
      out.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    @Override
    public OffsetDateTime read(JsonReader in) throws IOException {
      String text = in.nextString().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return parseDateTime(text);
      } catch (DateTimeParseException e) {
        throw unreadable(in, text, "a date-time", e);
      }
    }
  }

  static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, LocalDate value) throws IOException {
      out.value(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
    }

    @Override
    public LocalDate read(JsonReader in) throws IOException {
      String text = in.nextString().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return text.length() > 10 ? parseDateTime(text).toLocalDate() : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw unreadable(in, text, "a date", e);
      }
    }
  }

  /** true/false, 1/0, "1"/"0", "true"/"false"; PHP's "" is false. */
  static final class BooleanAdapter extends TypeAdapter<Boolean> {
    @Override
    public void write(JsonWriter out, Boolean value) throws IOException {
      out.value(value);
    }

    @Override
    public Boolean read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.BOOLEAN) {
        return in.nextBoolean();
      }
      String text = in.nextString().trim();
      switch (text.toLowerCase(java.util.Locale.ROOT)) {
        case "1":
        case "true":
          return Boolean.TRUE;
        case "0":
        case "false":
        case "":
          return Boolean.FALSE;
        default:
          throw unreadable(in, text, "a boolean", null);
      }
    }
  }

  /** Scalars of any kind as their text; an object or array kept as its JSON, not dropped. */
  static final class StringAdapter extends TypeAdapter<String> {
    @Override
    public void write(JsonWriter out, String value) throws IOException {
      out.value(value);
    }

    @Override
    public String read(JsonReader in) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.BOOLEAN) {
        return Boolean.toString(in.nextBoolean());
      }
      if (token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY) {
        JsonElement element = JsonParser.parseReader(in);
        return element.toString();
      }
      return in.nextString();
    }
  }

  /** A whole number sent as a number or a string; an empty string is null. */
  static final class WholeNumberAdapter<T extends Number> extends TypeAdapter<T> {
    private final Function<String, T> parse;

    WholeNumberAdapter(Function<String, T> parse) {
      this.parse = parse;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
      out.value(value);
    }

    @Override
    public T read(JsonReader in) throws IOException {
      String text = in.nextString().trim();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (NumberFormatException e) {
        throw unreadable(in, text, "a whole number", e);
      }
    }
  }

  /**
   * A nested model the API sends as PHP's empty array {@code []} (its empty object) or as a string
   * (seen for missing relations) reads as null instead of failing the whole response.
   */
  static final class EmptyArrayAsNullObject implements TypeAdapterFactory {
    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      Class<? super T> raw = type.getRawType();
      if (raw.getPackage() == null || !raw.getPackage().getName().equals("com.trengo.client.model")
          || raw.isEnum() || raw.getSimpleName().endsWith("Enum")) {
        return null;
      }
      TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
      return new TypeAdapter<T>() {
        @Override
        public void write(JsonWriter out, T value) throws IOException {
          delegate.write(out, value);
        }

        @Override
        public T read(JsonReader in) throws IOException {
          JsonToken token = in.peek();
          if (token == JsonToken.BEGIN_ARRAY || token == JsonToken.STRING || token == JsonToken.NUMBER
              || token == JsonToken.BOOLEAN) {
            in.skipValue();
            return null;
          }
          return delegate.read(in);
        }
      };
    }
  }
}
