package com.trengo.client.internal;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Reads a response body into its model as a stream with Gson (no copy of the body as bytes or text),
 * and writes request bodies with Gson's own converter. The retry layer has already received the body
 * whole and checked it is one JSON document ({@link ResponseBodies}); what can still fail here is a
 * value (a date in no form the API sends, say), reported as Gson's unchecked {@link
 * JsonSyntaxException} or the adapters' {@code TrengoDecodingException}, never as an I/O error: the
 * caller must not take an answer it could not read for a network failure.
 */
final class JsonBodyConverterFactory extends Converter.Factory {
  private final Gson gson;
  private final Converter.Factory requests;

  JsonBodyConverterFactory(Gson gson, Converter.Factory requests) {
    this.gson = gson;
    this.requests = requests;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(type));
    return body -> {
      try (body) {
        JsonReader reader = gson.newJsonReader(body.charStream());
        Object value = adapter.read(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
          throw new JsonIOException("the body holds more than one JSON document");
        }
        return value;
      } catch (IOException | JsonParseException | IllegalStateException unreadable) {
        throw unreadable instanceof JsonSyntaxException syntax ? syntax : new JsonSyntaxException(unreadable);
      }
    };
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return requests.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }
}
