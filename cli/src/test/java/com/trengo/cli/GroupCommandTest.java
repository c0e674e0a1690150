package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupCommandTest {

  @Test
  void theTopCommandWithoutASubcommandPrintsItsUsageAsAUsageError() {
    CliRun run = CliRun.run(Map.of());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("Usage: trengo "), run::toString);
    assertTrue(run.err().contains("contacts"), run::toString);
    assertEquals("", run.out(), run::toString);
  }

  @Test
  void aGroupWithoutASubcommandPrintsItsUsageAsAUsageError() {
    CliRun run = CliRun.run(Map.of(), "contacts");

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("Usage: trengo contacts "), run::toString);
    assertTrue(run.err().contains("import"), run::toString);
  }
}
