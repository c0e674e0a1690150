package com.trengo.client.builder;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.model.Message;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A media message from a file, bytes or a stream reaches the server whole, also when resent after a 429. */
class SendMediaTest {
  @RegisterExtension static WireMockExtension server = BuilderClients.server();

  private static final byte[] CONTENT = "PNG-bytes-0123456789".getBytes(StandardCharsets.UTF_8);

  private TrengoClient trengo;

  @BeforeEach
  void start() {
    trengo = BuilderClients.client(server);
  }

  @AfterEach
  void close() {
    trengo.close();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** A 429 asking for a one-second wait (recorded, not slept), then the sent message. */
  private static void tooManyRequestsThenCreated() {
    server.stubFor(any(anyUrl()).inScenario("429").whenScenarioStateIs(STARTED).willSetStateTo("sent")
        .willReturn(json(429, "{}").withHeader("Retry-After", "1")));
    server.stubFor(any(anyUrl()).inScenario("429").whenScenarioStateIs("sent")
        .willReturn(json(201, "{\"id\":77}")));
  }

  private static void verifySentWhole(int times, String filename, byte[] content) {
    server.verify(times, postRequestedFor(urlPathEqualTo("/api/v2/tickets/3/messages/media"))
        .withRequestBodyPart(aMultipart().withName("file")
            .withHeader("Content-Disposition", containing("filename=\"" + filename + "\""))
            .withHeader("Content-Type", equalTo("image/png"))
            .withBody(binaryEqualTo(content)).build())
        .withRequestBodyPart(aMultipart().withName("body").withBody(equalTo("see attached")).build()));
  }

  @Test
  void bytesAreResentWholeAfterA429() {
    tooManyRequestsThenCreated();
    SendMedia media = SendMedia.builder()
        .body("see attached").bytes(CONTENT).filename("photo.png").contentType("image/png").build();

    Message sent = trengo.messages().sendMedia(3, media);

    assertEquals(77L, sent.getId());
    verifySentWhole(2, "photo.png", CONTENT);
  }

  @Test
  void streamIsReadOnceIntoMemoryLeftOpenAndResentWholeAfterA429() throws Exception {
    tooManyRequestsThenCreated();
    TrackedStream stream = new TrackedStream(CONTENT);
    SendMedia media = SendMedia.builder()
        .body("see attached").stream(stream).filename("photo.png").contentType("image/png").build();

    Message sent = trengo.messages().sendMediaAsync(3, media).get();

    assertEquals(77L, sent.getId());
    verifySentWhole(2, "photo.png", CONTENT);
    assertFalse(stream.closed, "the caller owns the stream");
  }

  @Test
  void fileIsSentUnderItsOwnNameAndResentWholeAfterA429(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("scan 1.png");
    Files.write(file, CONTENT);
    tooManyRequestsThenCreated();

    trengo.messages().sendMedia(3, SendMedia.builder().body("see attached").file(file).contentType("image/png").build());

    verifySentWhole(2, "scan 1.png", CONTENT);
  }

  @Test
  void bytesAreCopiedSoChangesAfterBuildAreNotSent() {
    server.stubFor(any(anyUrl()).willReturn(json(201, "{\"id\":77}")));
    byte[] content = CONTENT.clone();
    SendMedia media = SendMedia.builder()
        .body("see attached").bytes(content).filename("photo.png").contentType("image/png").build();
    Arrays.fill(content, (byte) 0);

    trengo.messages().sendMedia(3, media);

    verifySentWhole(1, "photo.png", CONTENT);
  }

  @Test
  void aBuilderThatFailedKeepsTheStreamSoItCanBeFixedAndBuilt() {
    TrackedStream stream = new TrackedStream(CONTENT);
    SendMedia.Builder builder = SendMedia.builder().stream(stream).contentType("image/png");
    assertThrows(TrengoValidationException.class, builder::build);
    int readsByFirstBuild = stream.reads;

    SendMedia media = builder.filename("photo.png").build();

    assertEquals(0, stream.available(), "the first build read it to the end");
    assertEquals(readsByFirstBuild, stream.reads, "the second build did not read again");
    assertEquals("photo.png", media.filename());
  }

  @Test
  void givenValuesAreKeptExactly() {
    SendMedia media = SendMedia.builder()
        .body(" see attached ").bytes(CONTENT).filename("Résumé 2024.pdf")
        .contentType("application/pdf; name=cv").build();

    assertEquals(" see attached ", media.body());
    assertEquals("Résumé 2024.pdf", media.filename());
    assertEquals("application/pdf; name=cv", media.contentType());
    assertEquals("application/pdf; name=cv", String.valueOf(media.filePart().body().contentType()));
  }

  @Test
  void toStringNeverShowsTheMessageText() {
    SendMedia media = SendMedia.builder()
        .body("secret order 42").bytes(CONTENT).filename("photo.png").contentType("image/png").build();

    assertFalse(media.toString().contains("secret"), media.toString());
    assertTrue(media.toString().contains("photo.png"), media.toString());
  }

  /** Records whether it was closed, and how many reads it served. */
  private static final class TrackedStream extends ByteArrayInputStream {
    boolean closed;
    int reads;

    TrackedStream(byte[] content) {
      super(content);
    }

    @Override
    public synchronized int read() {
      reads++;
      return super.read();
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      reads++;
      return super.read(b, off, len);
    }

    @Override
    public synchronized byte[] readAllBytes() {
      reads++;
      return super.readAllBytes();
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
