package com.trengo.client.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.trengo.client.model.Message;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads the {@code {"message": {...}}} that sendMessage and sendWhatsAppTemplate answer with as the
 * {@link Message} inside it. Read as a bare message, the envelope would give one with every field null.
 *
 * <p>Only a message at the root of a response can be an envelope: a message inside a list or another
 * model is read as it streams. A root message is parsed first, then read again from its text, so an
 * unreadable field is still reported with its full path ({@code $.message.created_at}). A message whose
 * {@code message} is text (or null) is the message itself.
 */
final class SentMessageEnvelope implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (type.getRawType() != Message.class) {
      return null;
    }
    TypeAdapter<T> message = gson.getDelegateAdapter(this, type);
    TypeAdapter<JsonElement> tree = gson.getAdapter(JsonElement.class);
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        message.write(out, value);
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (!"$".equals(in.getPath())) {
          return message.read(in);
        }
        JsonElement root = tree.read(in);
        JsonReader again = new JsonReader(new StringReader(root.toString()));
        again.setStrictness(in.getStrictness());
        if (!isEnvelope(root)) {
          return message.read(again);
        }
        T inside = null;
        again.beginObject();
        while (again.hasNext()) {
          if (again.nextName().equals("message")) {
            inside = message.read(again);
          } else {
            again.skipValue();
          }
        }
        again.endObject();
        return inside;
      }
    };
  }

  private static boolean isEnvelope(JsonElement root) {
    return root.isJsonObject() && isObject(root.getAsJsonObject(), "message");
  }

  private static boolean isObject(JsonObject object, String member) {
    JsonElement value = object.get(member);
    return value != null && value.isJsonObject();
  }
}
