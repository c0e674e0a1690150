package com.trengo.client.webhook;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a body into a {@link WebhookPayload} by its content type: {@code
 * application/x-www-form-urlencoded} (what Trengo sends, and the assumption when no content type is
 * given) or JSON. A name sent twice keeps both values, so nothing is dropped.
 */
final class PayloadDecoder {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final TypeAdapter<JsonElement> JSON_ELEMENT = new Gson().getAdapter(JsonElement.class);

  private PayloadDecoder() {}

  static WebhookPayload decode(byte[] body, String contentType) {
    String mediaType = mediaType(contentType);
    Charset charset = charset(contentType);
    String text = new String(body, charset);
    if (mediaType.equals(FORM)) {
      return form(text, charset);
    }
    if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
      return json(text);
    }
    throw new WebhookPayloadException("unsupported Content-Type " + Signature.quote(contentType)
        + ": Trengo sends " + FORM + " (JSON is read too)");
  }

  private static WebhookPayload form(String text, Charset charset) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.computeIfAbsent(formDecode(name, charset), k -> new ArrayList<>()).add(formDecode(value, charset));
    }
    return new WebhookPayload(fields);
  }

  private static String formDecode(String s, Charset charset) {
    try {
      return URLDecoder.decode(s, charset);
    } catch (IllegalArgumentException e) {
      throw new WebhookPayloadException("body is not valid form encoding at " + Signature.quote(s) + ": "
          + e.getMessage());
    }
  }

  private static WebhookPayload json(String text) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(Strictness.STRICT);
      reader.beginObject();
      while (reader.hasNext()) {
        List<String> values = fields.computeIfAbsent(reader.nextName(), k -> new ArrayList<>());
        JsonToken token = reader.peek();
        switch (token) {
          case NULL -> reader.nextNull();
          case BOOLEAN -> values.add(String.valueOf(reader.nextBoolean()));
          case STRING, NUMBER -> values.add(reader.nextString()); // a number keeps its literal text
          default -> values.add(JSON_ELEMENT.read(reader).toString());
        }
      }
      reader.endObject();
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalStateException("more content after the top-level object");
      }
    } catch (IOException | IllegalStateException e) {
      throw new WebhookPayloadException("body is not a JSON object: " + e.getMessage());
    }
    return new WebhookPayload(fields);
  }

  /** The media type without parameters, lower case; the form type when none is given. */
  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return FORM;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** The {@code charset} parameter; UTF-8 when there is none (JSON's only encoding, and Trengo's). */
  private static Charset charset(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    for (String param : contentType.split(";")) {
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        String name = param.substring(eq + 1).strip().replace("\"", "");
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new WebhookPayloadException("unsupported charset in Content-Type " + Signature.quote(contentType));
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
