package com.trengo.client.internal;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.trengo.client.model.Message;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Reads a message sent as a date string as the message with only its {@code created_at}. A ticket's
 * {@code latest_message} is the message in lists, but only its time in the answer of createTicket
 * ({@code "2021-12-06T13:02:53.000000Z"}); read as a model, the string would be dropped. A string that
 * is not a date fails with its path, as every unreadable date does; an empty one reads as null.
 */
final class MessageSentAsItsTime implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (type.getRawType() != Message.class) {
      return null;
    }
    TypeAdapter<T> message = gson.getDelegateAdapter(this, type);
    TypeAdapter<OffsetDateTime> dates = gson.getAdapter(OffsetDateTime.class);
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        message.write(out, value);
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.STRING) {
          return message.read(in);
        }
        OffsetDateTime time = dates.read(in);
        @SuppressWarnings("unchecked") // type is Message, checked above
        T onlyItsTime = time == null ? null : (T) new Message().createdAt(time);
        return onlyItsTime;
      }
    };
  }
}
