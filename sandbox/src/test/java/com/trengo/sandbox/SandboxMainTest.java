package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

  @Test
  void printsTheBaseUrlAndTokenOnOneLineAndServesWhatTheArgumentsSay() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args = {
      "--port", "0", "--seed", "7", "--token", "cli-token", "--rate-limit", "2/60s",
      "--fault-rate", "server-error=0.25,malformed-body=0.1", "--fault-seed", "3", "--fault-delay=250ms"
    };

    try (TrengoSandbox sandbox = SandboxMain.start(args, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      String printed = out.toString(StandardCharsets.UTF_8);
      assertEquals("Trengo sandbox serving " + sandbox.baseUrl() + " token cli-token" + System.lineSeparator(), printed);
      assertTrue(sandbox.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/api/v2/"), sandbox.baseUrl());
      assertEquals(7, sandbox.seed());
      FaultConfig faults = sandbox.faults().config();
      assertEquals(0.25, faults.rate(FaultType.SERVER_ERROR));
      assertEquals(0.1, faults.rate(FaultType.MALFORMED_BODY));
      assertEquals(3, faults.seed());
      assertEquals(Duration.ofMillis(250), faults.delay());
      Api api = Api.of(sandbox);
      api.get("users");
      api.get("users");
      assertEquals(429, api.get("users").status(), "2 requests a minute");
    }
  }

  @Test
  void printsUsageForHelp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertNull(SandboxMain.start(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--fault-rate"));
  }

  @Test
  void rejectsUnknownOptionsAndFaults() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--prot", "1"}, quiet));
    assertThrows(IllegalArgumentException.class, () -> SandboxMain.start(new String[] {"--port"}, quiet));
    assertThrows(
        IllegalArgumentException.class,
        () -> SandboxMain.start(new String[] {"--port", "0", "--fault-rate", "meteor=0.5"}, quiet));
    assertThrows(
        IllegalArgumentException.class,
        () -> SandboxMain.start(new String[] {"--port", "0", "--fault-rate", "delay=0.7,server-error=0.7"}, quiet));
    assertEquals("--webhook-hosts is local or any, got 'all'", assertThrows(IllegalArgumentException.class,
        () -> SandboxMain.start(new String[] {"--port", "0", "--webhook-hosts", "all"}, quiet)).getMessage());
  }
}
