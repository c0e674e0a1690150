package com.trengo.client.internal;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Invocation;

/**
 * Receives the body of a successful answer inside the retry loop, before the attempt counts as a
 * success: a body cut short or stalled fails there as an I/O error (a GET is then resent; a create is
 * then an unknown outcome), a body that is no JSON document (an HTML page from a proxy that answered
 * 200, half a document) fails as {@link UnreadableBodyException}, and a body larger than the cap fails
 * as {@link ResponseTooLargeIOException} instead of exhausting the heap.
 *
 * <p>Why receive before decoding: whether an attempt succeeded is decided here, where it can be
 * retried; once the response has left the interceptors no retry is possible. The body is held in a
 * buffer bounded by the cap (never more), checked with a streaming pass that builds nothing, and then
 * decoded as a stream from that buffer by {@link JsonBodyConverterFactory}. Bodies the caller does not
 * decode ({@code Call<Void>}, raw {@code ResponseBody}) are left alone.
 */
final class ResponseBodies {
  private static final long SMALL_BODY_BYTES = 256 * 1024;

  private final long maxBytes;

  ResponseBodies(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  /**
   * {@code response} with its body received whole and checked, when it is a 2xx whose body the caller
   * decodes as JSON; else {@code response} untouched.
   *
   * @throws IOException the body broke off or stalled (and the response is closed)
   * @throws UnreadableBodyException the body is not one JSON object or array
   * @throws ResponseTooLargeIOException the body is larger than the cap
   */
  Response receive(Request request, Response response) throws IOException {
    ResponseBody body = response.body();
    if (!response.isSuccessful() || body == null || response.code() == 204 || response.code() == 205
        || !decodedAsJson(request)) {
      return response;
    }
    MediaType type = body.contentType();
    String contentType = type == null ? "" : type.toString();
    Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    Buffer whole = new Buffer();
    try (body) {
      if (body.contentLength() > maxBytes) {
        throw new ResponseTooLargeIOException(response.code(), body.contentLength(), maxBytes);
      }
      BufferedSource source = body.source();
      try {
        if (source.request(maxBytes + 1)) {
          throw new ResponseTooLargeIOException(response.code(), -1, maxBytes);
        }
      } catch (ResponseTooLargeIOException e) {
        throw e;
      } catch (IOException brokeOff) {
        whole.writeAll(source.getBuffer());
        Answer partial = new Answer(response.code(), contentType, whole, charset);
        throw new UnreadableBodyException(partial, "broke off after " + whole.size() + " bytes (" + brokeOff + ")", brokeOff);
      }
      whole.writeAll(source);
    }
    // The answer keeps a copy sharing the body's segments: the decoder consumes the body itself.
    Answer answer = new Answer(response.code(), contentType, whole.copy(), charset);
    CallContext.of(request).answered(answer);
    if (!isOneJsonDocument(whole, charset)) {
      throw new UnreadableBodyException(answer, "is not a JSON document", null);
    }
    return response.newBuilder().body(ResponseBody.create(whole, type, whole.size())).build();
  }

  /**
   * Whether the body is one JSON object or array and nothing else, read strictly and without building
   * anything. Every model the API answers with is an object (lists are objects too), so a bare string
   * (which Gson would read leniently from an HTML page's first word) is no answer either.
   */
  private static boolean isOneJsonDocument(Buffer body, Charset charset) {
    // A small body (every page of the API) is read as a string: cheaper than a stream decoder's buffers.
    Reader text = body.size() <= SMALL_BODY_BYTES
        ? new StringReader(body.copy().readString(charset))
        : new InputStreamReader(body.peek().inputStream(), charset);
    try (JsonReader reader = new JsonReader(text)) {
      reader.setStrictness(Strictness.STRICT);
      JsonToken first = reader.peek();
      if (first != JsonToken.BEGIN_OBJECT && first != JsonToken.BEGIN_ARRAY) {
        return false;
      }
      reader.skipValue();
      return reader.peek() == JsonToken.END_DOCUMENT;
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }

  /** Whether the Retrofit method behind {@code request} returns a model read from JSON. */
  private static boolean decodedAsJson(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return false;
    }
    Type returned = invocation.method().getGenericReturnType();
    if (!(returned instanceof ParameterizedType call) || call.getActualTypeArguments().length != 1) {
      return false;
    }
    Type model = call.getActualTypeArguments()[0];
    return model != Void.class && model != ResponseBody.class && model != String.class;
  }
}
