package com.trengo.client.internal;

import com.trengo.client.http.LogLevel;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt as two lines, one for the request ({@code -->}) and one for the response or failure
 * ({@code <--}), each readable on its own: method and URL, then at {@link LogLevel#HEADERS} every header
 * as {@code [Name: value]}, and at {@link LogLevel#BODY} the body. Credentials ({@code Authorization},
 * {@code Proxy-Authorization}, cookies) are always written as {@code ██}. Bodies are logged only when they
 * are text, and only the first {@value #MAX_BODY_BYTES} bytes.
 */
final class LoggingInterceptor implements Interceptor {
  /** The SLF4J logger every line goes to unless the user gave a sink of their own. */
  static final String LOGGER_NAME = "com.trengo.client.http";

  static final long MAX_BODY_BYTES = 64 * 1024;

  private static final String REDACTED = "██";
  private static final Set<String> SECRET_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SECRET_HEADERS.addAll(Set.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"));
  }

  private final LogLevel level;
  private final Consumer<String> sink;

  /** Logs at {@code level} (not {@link LogLevel#NONE}) to {@code sink}, one line per call. */
  LoggingInterceptor(LogLevel level, Consumer<String> sink) {
    this.level = Objects.requireNonNull(level, "level == null");
    this.sink = Objects.requireNonNull(sink, "sink == null");
  }

  /**
   * The default sink: SLF4J logger {@value #LOGGER_NAME} at INFO. INFO, not DEBUG, because a line is only
   * made when the user asked for logging ({@code logLevel(..)} or {@code TRENGO_LOG}); no binding is
   * shipped, so the application's binding decides where the lines go.
   */
  static Consumer<String> slf4j() {
    return Slf4j::info;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    sink.accept(requestLine(request));
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      sink.accept("<-- FAILED " + request.method() + ' ' + request.url() + " (" + millisSince(start) + " ms): " + e);
      throw e;
    }
    sink.accept(responseLine(request, response, millisSince(start)));
    return response;
  }

  private String requestLine(Request request) throws IOException {
    StringBuilder line = new StringBuilder("--> ").append(request.method()).append(' ').append(request.url());
    RequestBody body = request.body();
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      if (body != null && body.contentType() != null && request.header("Content-Type") == null) {
        appendHeader(line, "Content-Type", String.valueOf(body.contentType()));
      }
      appendHeaders(line, request.headers());
    }
    if (level == LogLevel.BODY && body != null) {
      line.append(" body: ").append(requestBody(body));
    }
    return line.toString();
  }

  private String responseLine(Request request, Response response, long millis) throws IOException {
    StringBuilder line = new StringBuilder("<-- ").append(response.code());
    if (!response.message().isEmpty()) {
      line.append(' ').append(response.message());
    }
    line.append(' ').append(request.method()).append(' ').append(request.url())
        .append(" (").append(millis).append(" ms)");
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      appendHeaders(line, response.headers());
    }
    if (level == LogLevel.BODY) {
      line.append(" body: ").append(responseBody(response));
    }
    return line.toString();
  }

  private static void appendHeaders(StringBuilder line, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      appendHeader(line, headers.name(i), headers.value(i));
    }
  }

  private static void appendHeader(StringBuilder line, String name, String value) {
    line.append(" [").append(name).append(": ").append(SECRET_HEADERS.contains(name) ? REDACTED : value).append(']');
  }

  private static String requestBody(RequestBody body) throws IOException {
    if (body.isOneShot() || body.isDuplex()) {
      return "(a one-shot body, not logged)";
    }
    if (!isText(body.contentType())) {
      return nonText(body.contentLength());
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return text(buffer.readByteArray(), charset(body.contentType()));
  }

  private static String responseBody(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return "(none)";
    }
    if (!isText(body.contentType())) {
      return nonText(body.contentLength());
    }
    // peekBody reads at most the limit and leaves the body whole for the caller.
    return text(response.peekBody(MAX_BODY_BYTES + 1).bytes(), charset(body.contentType()));
  }

  private static String nonText(long length) {
    return "(" + (length >= 0 ? length + "-byte " : "") + "non-text body, not logged)";
  }

  private static String text(byte[] bytes, Charset charset) {
    if (bytes.length == 0) {
      return "(empty)";
    }
    if (bytes.length > MAX_BODY_BYTES) {
      return new String(bytes, 0, (int) MAX_BODY_BYTES, charset) + " …(cut at " + MAX_BODY_BYTES + " bytes)";
    }
    return new String(bytes, charset);
  }

  /** JSON, form and text bodies; no content type is read as text too (Trengo's errors sometimes lack one). */
  private static boolean isText(MediaType type) {
    if (type == null) {
      return true;
    }
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    return type.type().equalsIgnoreCase("text")
        || subtype.equals("json")
        || subtype.endsWith("+json")
        || subtype.equals("x-www-form-urlencoded")
        || subtype.equals("xml");
  }

  private static Charset charset(MediaType type) {
    Charset charset = type != null ? type.charset(StandardCharsets.UTF_8) : null;
    return charset != null ? charset : StandardCharsets.UTF_8;
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  /** Holds the logger, made on first use, so a client that never logs never touches SLF4J. */
  private static final class Slf4j {
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    static void info(String line) {
      LOG.info(line);
    }
  }
}
