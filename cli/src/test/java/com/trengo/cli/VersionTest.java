package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void versionPrintsTheBuildsVersionAndTheJava() {
    CliRun run = CliRun.run(Map.of(), "--version");

    assertEquals(0, run.exitCode(), run::toString);
    String[] lines = run.out().split("\\R");
    // The pom's version, passed in by surefire: a real one, not "(development build)".
    assertEquals("trengo " + System.getProperty("trengo.expectedVersion"), lines[0], run::toString);
    assertTrue(lines[1].startsWith("Java " + System.getProperty("java.version")), run::toString);
  }
}
