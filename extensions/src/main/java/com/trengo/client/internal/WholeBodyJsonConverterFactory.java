package com.trengo.client.internal;

import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Gson's converters, with a response body read whole before it is parsed. Gson reports broken JSON (a
 * body cut short, say) as an {@link IOException}, which Retrofit passes on as if the network had failed:
 * the caller would get a {@code TrengoIoException} for a request the server answered, even a create it
 * applied. Reading first keeps the two apart: a failure while reading is the network's and stays an
 * {@link IOException}; a failure while parsing the bytes becomes Gson's own unchecked {@link
 * JsonSyntaxException}, which {@link CallExecutor} reports as a {@code TrengoDecodingException}.
 */
final class WholeBodyJsonConverterFactory extends Converter.Factory {
  private final Converter.Factory gson;

  WholeBodyJsonConverterFactory(Converter.Factory gson) {
    this.gson = gson;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    Converter<ResponseBody, ?> parse = gson.responseBodyConverter(type, annotations, retrofit);
    if (parse == null) {
      return null;
    }
    return body -> {
      ResponseBody whole;
      try (body) {
        whole = ResponseBody.create(body.bytes(), body.contentType());
      }
      try {
        return parse.convert(whole);
      } catch (IOException brokenJson) {
        throw new JsonSyntaxException(brokenJson);
      }
    };
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
    return gson.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
  }
}
