package com.trengo.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.trengo.sandbox.HeldRequest;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 1, 2, 3, 16 and 18 of issue 13: the command never reports what did not happen, never destroys
 * a file, never runs somewhere the user did not mean, never hangs silently, and never lets server data
 * drive the terminal or a spreadsheet.
 */
class SafeCommandsTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(10_000, Duration.ofSeconds(1)));

  @TempDir Path dir;

  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private String serverUrl() {
    return "http://127.0.0.1:" + server.port() + "/api/v2/";
  }

  // Item 1

  @Test
  void createsAnsweredWithARedirectAreNeverReportedCreated() throws IOException {
    server.stubFor(get(urlPathEqualTo("/api/v2/contacts")).willReturn(okJson("{\"data\":[],\"links\":{\"next\":null}}")));
    server.stubFor(post(urlPathEqualTo("/api/v2/contacts"))
        .willReturn(aResponse().withStatus(302).withHeader("Location", serverUrl() + "contacts")));
    Path file = Files.writeString(dir.resolve("contacts.csv"), "identifier,name,channel_id\n"
        + "a@example.com,A,101\nb@example.com,B,101\nc@example.com,C,101\n");

    CliRun run = CliRun.run(CliRun.env(serverUrl(), "tok"), CliRun.fast("contacts", "import", file.toString()));

    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("created 0, updated 0, unchanged 0, failed 3"), run::toString);
    String rejects = Files.readString(dir.resolve("contacts.rejects.csv"));
    assertTrue(rejects.contains("redirected to " + serverUrl() + "contacts"), rejects);
  }

  // Item 2

  @Test
  void aFailedExportLeavesTheExistingFileAsItWas() throws IOException {
    Path backup = dir.resolve("backup.csv");
    StringBuilder old = new StringBuilder("id,identifier\n");
    for (int i = 0; i < 84; i++) {
      old.append(i).append(",c").append(i).append("@example.com\n");
    }
    Files.writeString(backup, old);

    CliRun run = CliRun.run(CliRun.env(sandbox.baseUrl(), "wrong-token"),
        CliRun.fast("contacts", "export", "--out", backup.toString()));

    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertEquals(old.toString(), Files.readString(backup), "not a byte changed");
    try (var files = Files.list(dir)) {
      assertEquals(List.of(backup), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void aSuccessfulExportReplacesTheFileWhole() throws IOException {
    Path backup = Files.writeString(dir.resolve("backup.csv"), "old\n");

    CliRun run = CliRun.against(sandbox.sandbox(), "contacts", "export", "--out", backup.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(65, Files.readAllLines(backup).size());
  }

  // Item 3

  @Test
  void aBaseUrlWithoutATokenIsAUsageErrorNotARunOnAThrowawaySandbox() throws IOException {
    Path file = Files.writeString(dir.resolve("contacts.csv"), "identifier,name,channel_id\na@example.com,A,101\n");

    CliRun run = CliRun.run(Map.of("TRENGO_BASE_URL", serverUrl()), "contacts", "import", file.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("TRENGO_BASE_URL is set but TRENGO_TOKEN is not"), run::toString);
    assertEquals("", run.out());
    assertEquals(0, server.getAllServeEvents().size());
  }

  // Item 16

  @Test
  void aHungServerEndsTheCommandAtItsTimeoutWithOneLineSayingSo() throws Exception {
    HeldRequest held = sandbox.sandbox().faults().hold("GET", "/contacts");
    try {
      CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> CliRun.against(sandbox.sandbox(), "contacts", "export", "--timeout", "1s"));

      assertEquals(1, run.exitCode(), run::toString);
      List<String> err = run.err().lines().toList();
      assertEquals(1, err.size(), run::toString);
      assertTrue(err.get(0).contains("GET /api/v2/contacts"), run::toString);
      assertTrue(err.get(0).contains("call timeout of PT1S passed"), run::toString);
    } finally {
      held.release();
    }
  }

  // Item 18

  @Test
  void formulaLikeCellsAreNeutralisedInTheExportAndComeBackExactOnImport() throws IOException {
    List<String> names = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
        "'t Hooft", "'=already quoted", "Plain Name");
    Accounts.deleteAllContacts(sandbox.sandbox());
    try (com.trengo.client.TrengoClient client = Accounts.client(sandbox.sandbox())) {
      for (int i = 0; i < names.size(); i++) {
        client.contacts().create(new com.trengo.client.model.CreateContactRequest()
            .name(names.get(i)).identifier("formula" + i + "@example.com").channelId(101L));
      }
    }
    List<String> before = Accounts.fingerprints(sandbox.sandbox());

    Path out = dir.resolve("out.csv");
    assertEquals(0, CliRun.against(sandbox.sandbox(), "contacts", "export", "--out", out.toString()).exitCode());
    String exported = Files.readString(out, StandardCharsets.UTF_8);
    List<String> cells = new java.util.ArrayList<>();
    for (org.apache.commons.csv.CSVRecord record
        : org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(exported))) {
      cells.addAll(record.toList());
    }
    for (String cell : cells) {
      assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a spreadsheet would run: " + cell);
    }
    assertTrue(cells.contains("'=HYPERLINK(\"http://evil.example\",\"x\")"), cells::toString);
    assertTrue(cells.contains("'+cmd|' /C calc'!A0"), cells::toString);
    assertTrue(cells.contains("'-2+3"), cells::toString);
    assertTrue(cells.contains("'@SUM(A1)"), cells::toString);
    assertTrue(cells.contains("'t Hooft"), "a name with an apostrophe of its own is left alone: " + cells);
    assertTrue(cells.contains("''=already quoted"), cells::toString);

    Accounts.deleteAllContacts(sandbox.sandbox());
    CliRun back = CliRun.against(sandbox.sandbox(), "contacts", "import", out.toString(), "--channel-id", "101");
    assertEquals(0, back.exitCode(), back::toString);
    assertEquals(before, Accounts.fingerprints(sandbox.sandbox()), "the round trip is exact");
  }

  @Test
  void terminalControlCharactersFromTheServerAreShownNotObeyed() {
    server.stubFor(get(urlPathEqualTo("/api/v2/tickets")).willReturn(okJson(
        "{\"data\":[{\"id\":1,\"status\":\"OPEN\",\"subject\":\"\\u001b]0;pwned\\u0007\\u001b[31mRED\\u001b[0m\\rX\","
            + "\"contact\":{\"id\":2,\"name\":\"Eve\\u001b[2J\"}}],\"links\":{\"next\":null}}")));

    CliRun run = CliRun.run(CliRun.env(serverUrl(), "tok"), CliRun.fast("tickets", "list"));

    assertEquals(0, run.exitCode(), run::toString);
    assertFalse(run.out().contains("\u001b"), run::toString);
    assertFalse(run.out().contains("\u0007"), run::toString);
    assertTrue(run.out().contains("\\x1b]0;pwned\\x07\\x1b[31mRED\\x1b[0m\\x0dX"), run::toString);
    assertTrue(run.out().contains("Eve\\x1b[2J"), run::toString);
  }
}
