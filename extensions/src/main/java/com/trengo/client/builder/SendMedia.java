package com.trengo.client.builder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * A validated message with one attachment, for {@link
 * com.trengo.client.MessagesService#sendMedia(long, SendMedia)}. The content comes from a file, a
 * byte array or a stream, and can always be written again, so the message can be resent after a
 * 429: a file is read each time the request is written, bytes are copied once, and a stream is read
 * into memory once, by {@link Builder#build()}.
 *
 * <pre>{@code
 * trengo.messages().sendMedia(ticketId, SendMedia.builder()
 *     .body("Your invoice").file(Path.of("invoice.pdf")).contentType("application/pdf").build());
 * }</pre>
 */
public final class SendMedia {
  private final String body;
  private final String filename;
  private final String contentType;
  private final RequestBody content;
  private final String source;

  private SendMedia(String body, String filename, String contentType, RequestBody content, String source) {
    this.body = body;
    this.filename = filename;
    this.contentType = contentType;
    this.content = content;
    this.source = source;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The message text sent with the attachment, or null for none. */
  public String body() {
    return body;
  }

  /** The attachment's file name, as the recipient sees it. */
  public String filename() {
    return filename;
  }

  /** The attachment's media type, exactly as given, e.g. {@code image/png}. */
  public String contentType() {
    return contentType;
  }

  /**
   * The multipart {@code file} part: a new part each call, over content that can be written any
   * number of times. For the generated {@code MessagesApi.sendMediaMessage(ticketId, body(),
   * filePart())}.
   */
  public MultipartBody.Part filePart() {
    return MultipartBody.Part.createFormData("file", filename, content);
  }

  /** The file name, media type and where the content came from; never the message text. */
  @Override
  public String toString() {
    return "SendMedia{filename=" + filename + ", contentType=" + contentType + ", " + source
        + (body == null ? "" : ", body=" + body.length() + " chars") + "}";
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String body;
    private Path file;
    private byte[] bytes;
    private InputStream stream;
    private byte[] streamContent;
    private String filename;
    private String contentType;

    private Builder() {}

    /** Text to send with the attachment. Optional; when given, not blank. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /**
     * The file to attach: a readable, non-empty regular file. It is read each time the request is
     * written. Its name is the attachment's file name unless {@link #filename(String)} says otherwise.
     * Give one of file, bytes or stream.
     */
    public Builder file(Path file) {
      this.file = file;
      return this;
    }

    /**
     * The content to attach, not empty. Copied by {@link #build()}, so later changes to the array
     * are not sent. Needs a {@link #filename(String)}. Give one of file, bytes or stream.
     */
    public Builder bytes(byte[] bytes) {
      this.bytes = bytes;
      return this;
    }

    /**
     * The content to attach, not empty. The first {@link #build()} reads the whole stream into
     * memory (a stream can be read only once, and the request may be written again after a 429),
     * and keeps it so the builder can be built again; the stream is not closed. For large content,
     * prefer {@link #file(Path)}, which is not held in memory. Needs a {@link #filename(String)}.
     * Give one of file, bytes or stream.
     */
    public Builder stream(InputStream stream) {
      this.stream = stream;
      this.streamContent = null;
      return this;
    }

    /**
     * The attachment's file name: a name, not a path, without quotes or control characters.
     * Required for bytes or a stream; optional for a file, whose own name is the default.
     */
    public Builder filename(String filename) {
      this.filename = filename;
      return this;
    }

    /** The attachment's media type, e.g. {@code image/png}: required, sent exactly as given. */
    public Builder contentType(String contentType) {
      this.contentType = contentType;
      return this;
    }

    /**
     * The message, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field: {@code
     *     body}, {@code file} (the content), {@code filename}, {@code content_type}
     * @throws UncheckedIOException when the stream cannot be read
     */
    public SendMedia build() {
      readStreamOnce();
      Checks checks = new Checks("SendMedia");
      checks.optionalText("body", body);
      checkContent(checks);
      String name = filename != null ? filename : fileName(file);
      checkFilename(checks, name);
      MediaType mediaType = checkedContentType(checks);
      checks.throwIfFailed();

      if (file != null) {
        return new SendMedia(body, name, contentType, RequestBody.create(file.toFile(), mediaType), "file=" + file);
      }
      byte[] copy = (bytes != null ? bytes : streamContent).clone();
      String from = (bytes != null ? "bytes=" : "stream=") + copy.length;
      return new SendMedia(body, name, contentType, RequestBody.create(copy, mediaType), from);
    }

    private void readStreamOnce() {
      if (stream != null && streamContent == null) {
        try {
          streamContent = stream.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException("could not read the stream to attach", e);
        }
      }
    }

    private void checkContent(Checks checks) {
      List<String> given = new ArrayList<>();
      if (file != null) {
        given.add("file");
      }
      if (bytes != null) {
        given.add("bytes");
      }
      if (stream != null) {
        given.add("stream");
      }
      if (given.isEmpty()) {
        checks.fail("file", null, "is required: give a file, bytes or a stream");
      } else if (given.size() > 1) {
        // Sending one and ignoring the other would drop what the caller set.
        Object first = file != null ? file : bytes;
        checks.fail("file", first, "was given as " + String.join(" and ", given) + "; give only one");
      } else if (file != null) {
        checkFile(checks);
      } else {
        byte[] content = bytes != null ? bytes : streamContent;
        if (content.length == 0) {
          checks.fail("file", content, bytes != null ? "is empty" : "is empty (the stream had no bytes)");
        }
      }
    }

    private void checkFile(Checks checks) {
      if (!Files.exists(file)) {
        checks.fail("file", file, "does not exist");
      } else if (!Files.isRegularFile(file)) {
        checks.fail("file", file, "is not a regular file");
      } else if (!Files.isReadable(file)) {
        checks.fail("file", file, "is not readable");
      } else {
        try {
          if (Files.size(file) == 0) {
            checks.fail("file", file, "is empty");
          }
        } catch (IOException e) {
          checks.fail("file", file, "cannot be read (" + e + ")");
        }
      }
    }

    private void checkFilename(Checks checks, String name) {
      if (name == null) {
        if (file == null) {
          checks.fail("filename", null, "is required for bytes or a stream");
        } else {
          checks.fail("filename", null, "is required: the file's path has no name");
        }
      } else if (name.isBlank()) {
        checks.fail("filename", name, "must not be blank");
      } else if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
        checks.fail("filename", name, "must be a name, not a path");
      } else if (name.chars().anyMatch(c -> c == '"' || Character.isISOControl(c))) {
        // The multipart header would have to escape them, and the recipient would see another name.
        checks.fail("filename", name, "must not contain quotes or control characters");
      }
    }

    private MediaType checkedContentType(Checks checks) {
      if (contentType == null) {
        checks.fail("content_type", null, "is required");
        return null;
      }
      MediaType mediaType = MediaType.parse(contentType);
      if (mediaType == null) {
        checks.fail("content_type", contentType, "is not a media type (type/subtype, e.g. image/png)");
      } else if (mediaType.type().equals("*") || mediaType.subtype().equals("*")) {
        checks.fail("content_type", contentType, "must name one media type, not a wildcard");
      }
      return mediaType;
    }

    private static String fileName(Path file) {
      return file == null || file.getFileName() == null ? null : file.getFileName().toString();
    }
  }
}
