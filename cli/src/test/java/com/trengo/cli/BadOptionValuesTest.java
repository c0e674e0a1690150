package com.trengo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Item 20 of issue 13: every option of every command, given a bad value, ends in one line on stderr
 * naming the option, and exit 2; never a stack trace, never a run. The commands and options are read
 * from the command line itself, so a new option without bad values listed here fails this test.
 */
class BadOptionValuesTest {

  @TempDir static Path dir;

  /** Free text passed on as it is (to the API, or as the sandbox's token): no value of it is bad. */
  private static final Set<String> ANY_VALUE = Set.of("--term", "--sort", "--token");

  private static Map<String, List<String>> badValues(Path input) {
    List<String> rates = List.of("20000/60s", "5/1500m", "0/1s", "99999999999/1s", "x");
    return Map.ofEntries(
        Map.entry("--format", List.of("xml")),
        Map.entry("--out", List.of(dir.toString(), dir.resolve("missing-folder").resolve("out.csv").toString())),
        Map.entry("--rate-limit", rates),
        Map.entry("--sandbox-rate-limit", rates),
        Map.entry("--sandbox-seed", List.of("abc", "1.5")),
        Map.entry("--sandbox-fault-rate", List.of("bogus=0.1", "server-error=2", "server-error")),
        Map.entry("--sandbox-fault-seed", List.of("abc")),
        Map.entry("--timeout", List.of("-5s", "0s", "abc", "2d", "90000m")),
        Map.entry("--progress", List.of("sometimes")),
        Map.entry("--channel-id", List.of("0", "-1", "abc")),
        Map.entry("--rejects", List.of(input.toString(), dir.toString(), dir.resolve("nope").resolve("r.csv").toString())),
        Map.entry("--workers", List.of("0", "-1", "1000", "abc")),
        Map.entry("--max-attempts", List.of("0", "11", "abc")),
        Map.entry("--status", List.of("BOGUS")),
        Map.entry("--contact-id", List.of("0", "abc")),
        Map.entry("--channel", List.of("-1", "x")),
        Map.entry("--user", List.of("0")),
        Map.entry("--label", List.of("abc")),
        Map.entry("--limit", List.of("-1", "0", "abc")),
        Map.entry("--port", List.of("-1", "70000", "abc")),
        Map.entry("--host", List.of("not a host!", "example.com")),
        Map.entry("--contacts", List.of("0", "-1", "abc")),
        Map.entry("--mix", List.of("bogus")),
        Map.entry("--creates", List.of("0", "101")),
        Map.entry("--gap", List.of("0s", "x")),
        Map.entry("--idle-timeout", List.of("-1s")),
        Map.entry("--secret", List.of(" padded ", "")),
        Map.entry("--events", List.of("BOGUS")),
        Map.entry("--sandbox-port", List.of("-1", "70000", "abc")),
        Map.entry("--field", List.of("no-equals-sign")),
        Map.entry("--base-url", List.of("not a url", "ftp://127.0.0.1/")),
        Map.entry("--wait", List.of("-1", "61", "abc")),
        Map.entry("--since", List.of("yesterday", "2024-02-30", "2024-05-01T25:00:00Z", "1714558500", "")),
        Map.entry("--checkpoint", List.of(dir.toString(), dir.resolve("nope").resolve("c.json").toString())),
        Map.entry("--type", List.of("", "not a type!", "EMAIL;rm")));
  }

  @TestFactory
  Stream<DynamicTest> everyOptionOfEveryCommandRefusesABadValueInOneLineWithExit2() throws IOException {
    Path input = Files.writeString(dir.resolve("contacts.csv"), "identifier,name\n");
    Map<String, List<String>> bad = badValues(input);
    List<DynamicTest> tests = new ArrayList<>();
    walk(TrengoCli.commandLine(new CliContext(name -> null, System.out, System.err, d -> { }, false)),
        new ArrayList<>(), bad, input, tests);
    assertTrue(tests.size() > 80, "walked " + tests.size());
    return tests.stream();
  }

  private static void walk(CommandLine command, List<String> path, Map<String, List<String>> bad, Path input,
      List<DynamicTest> tests) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      String name = option.longestName();
      if (option.usageHelp() || option.versionHelp() || option.arity().max() == 0 || ANY_VALUE.contains(name)) {
        continue;
      }
      List<String> values = bad.get(name);
      if (values == null) {
        tests.add(DynamicTest.dynamicTest(String.join(" ", path) + " " + name,
            () -> fail("no bad values listed for " + name + " of trengo " + String.join(" ", path))));
        continue;
      }
      for (String value : values) {
        List<String> args = new ArrayList<>(path);
        if (path.equals(List.of("contacts", "import"))) {
          args.add(input.toString());
        }
        if (path.equals(List.of("webhooks", "trigger"))) {
          args.add("TICKET_ASSIGNED");
        }
        args.add(name);
        args.add(value);
        tests.add(DynamicTest.dynamicTest("trengo " + String.join(" ", args), () -> assertRefused(args, name)));
      }
    }
    command.getSubcommands().forEach((sub, commandLine) -> {
      if (!sub.equals("help")) {
        List<String> deeper = new ArrayList<>(path);
        deeper.add(sub);
        walk(commandLine, deeper, bad, input, tests);
      }
    });
  }

  private static void assertRefused(List<String> args, String option) {
    CliRun run = CliRun.run(Map.of(), args.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run::toString);
    List<String> err = run.err().lines().toList();
    assertEquals(1, err.size(), run::toString);
    assertTrue(err.get(0).startsWith("trengo "), run::toString);
    assertTrue(err.get(0).contains(option), "names the option: " + run);
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run);
    assertEquals("", run.out(), "nothing ran: " + run);
  }

  @Test
  void aTokenThatIsNotPrintableAsciiIsAUsageErrorThatDoesNotPrintIt() {
    CliRun run = CliRun.run(Map.of("TRENGO_TOKEN", "t\u00f6k\u00e9n-secret"), "contacts", "export");

    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("TRENGO_TOKEN"), run::toString);
    assertFalse(run.err().contains("secret"), run::toString);
  }

  @Test
  void plainHttpToAnotherMachineIsAUsageErrorUnlessAllowed() {
    CliRun run = CliRun.run(Map.of("TRENGO_TOKEN", "tok", "TRENGO_BASE_URL", "http://api.example.com/api/v2/"),
        "contacts", "export");

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--allow-plain-http"), run::toString);
  }

  @Test
  void aBaseUrlWithAPasswordIsAUsageErrorThatDoesNotPrintIt() {
    CliRun run = CliRun.run(Map.of("TRENGO_TOKEN", "tok", "TRENGO_BASE_URL", "https://ada:hunter2@api.example.com/api/v2/"),
        "contacts", "export");

    assertEquals(2, run.exitCode(), run::toString);
    assertFalse(run.err().contains("hunter2"), run::toString);
  }
}
