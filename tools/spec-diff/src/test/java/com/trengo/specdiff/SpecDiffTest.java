package com.trengo.specdiff;

import static com.trengo.specdiff.Specs.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command on small contracts and tiny jars standing in for the generated client. */
class SpecDiffTest {

  private static final String CONTACT = "public class Contact {"
      + " public String getName() { return null; } public String getPhone() { return null; } }";

  @TempDir
  static Path dir;

  static Path withPhone;
  static Path withoutPhone;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void compileClients() {
    withPhone = TestJars.jar(dir, "with-phone", Map.of("Contact", CONTACT));
    withoutPhone = TestJars.jar(dir, "without-phone",
        Map.of("Contact", CONTACT.replace(" public String getPhone() { return null; }", "")));
  }

  @Test
  void anAdditionIsNonBreakingAndExitsZero() {
    ExitCode exit = run("added.yml", withPhone, withPhone);

    assertEquals(ExitCode.OK, exit);
    assertTrue(out().contains("API verdict: NON-BREAKING"), out());
    assertTrue(out().contains("NON-BREAKING: existing API clients"), out());
    assertTrue(out().endsWith("exit 0" + System.lineSeparator()), out());
  }

  @Test
  void aRemovedFieldIsFlaggedAndExitsThree() {
    ExitCode exit = run("removed-optional-response-field.yml", withPhone, withoutPhone);

    assertEquals(ExitCode.BREAKING, exit);
    assertTrue(out().contains("note: responses no longer carry phone."), out());
    assertTrue(out().contains("BINARY  METHOD_REMOVED  demo.Contact.getPhone()"), out());
    assertTrue(out().contains("Java verdict: BINARY-INCOMPATIBLE"), out());
    assertTrue(out().contains("BREAKING: code compiled against the current client would break."),
        out());
    assertTrue(out().contains("run again with --expect-breaking"), out());
  }

  @Test
  void aBreakingApiChangeAloneExitsThree() {
    ExitCode exit = run("removed-operation.yml", withPhone, withPhone);

    assertEquals(ExitCode.BREAKING, exit);
    assertTrue(out().contains("API verdict: BREAKING"), out());
    assertTrue(out().contains("BREAKING: the HTTP API changed incompatibly."), out());
  }

  @Test
  void anExpectedBreakingChangeExitsZeroLoudly() {
    ExitCode exit = run("removed-optional-response-field.yml", withPhone, withoutPhone,
        "--expect-breaking");

    assertEquals(ExitCode.OK, exit);
    assertTrue(out().contains("!!! BREAKING CHANGE, EXPECTED (--expect-breaking)"), out());
  }

  @Test
  void theJarsAreCalledByTheirSidesNamesNotTheirPaths() {
    run("added.yml", withPhone, withoutPhone, "--old-name", "HEAD", "--new-name", "proposal.yml");

    assertTrue(out().contains("client(HEAD)"), out());
    assertTrue(out().contains("client(proposal.yml)"), out());
    assertTrue(!out().contains(withPhone.toString()), out());
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    ExitCode exit = SpecDiff.run(new String[] {"--old-spec", "a.yml"}, print(out), print(err));

    assertEquals(ExitCode.USAGE, exit);
    assertTrue(err().contains("missing --new-spec, --old-jar, --new-jar"), err());
    assertTrue(err().contains("usage: SpecDiff"), err());
  }

  @Test
  void anOptionWithoutItsValueIsAUsageError() {
    ExitCode exit = SpecDiff.run(new String[] {"--old-spec", "--new-spec", "b.yml"}, print(out),
        print(err));

    assertEquals(ExitCode.USAGE, exit);
    assertTrue(err().contains("--old-spec needs a value"), err());
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertEquals(ExitCode.OK, SpecDiff.run(new String[] {"--help"}, print(out), print(err)));
    assertTrue(out().contains("usage: SpecDiff"), out());
  }

  @Test
  void aComparisonThatCannotBeMadeExitsOne() {
    ExitCode exit = run("added.yml", withPhone, dir.resolve("missing.jar"));

    assertEquals(ExitCode.FAILED, exit);
    assertTrue(err().contains("new jar"), err());
  }

  @Test
  void theLibraryVersionsAreReadFromTheClasspath() {
    assertTrue(SpecDiff.version("org.openapitools.openapidiff", "openapi-diff-core")
        .matches("\\d+\\.\\d+\\.\\d+.*"));
    assertEquals("?", SpecDiff.version("com.example", "absent"));
  }

  private ExitCode run(String newSpec, Path oldJar, Path newJar, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--old-spec", spec("base.yml").toString(), "--new-spec", spec(newSpec).toString(),
        "--old-jar", oldJar.toString(), "--new-jar", newJar.toString()));
    args.addAll(List.of(more));
    return SpecDiff.run(args.toArray(String[]::new), print(out), print(err));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
