package com.trengo.client.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md runs in the build, so a README example cannot rot.
 *
 * <p><b>The convention.</b> The line just before each {@code ```java} block is a marker comment (GitHub does
 * not show it) saying how the block runs:
 *
 * <ul>
 *   <li>{@code <!-- readme-example: program -->}: {@code import} lines, then statements. The statements
 *       become the body of a {@code main} method; the program is compiled (lint warnings are errors) and run
 *       in a fresh JVM against a sandbox seeded with 42, with {@code TRENGO_TOKEN} and {@code
 *       TRENGO_BASE_URL} set, so {@code TrengoClient.fromEnv()} reaches it. It must exit normally. Use the
 *       sandbox's seeded ids: channels 101 (EMAIL), 102 (WA_BUSINESS), 103 (CHAT), 104 and 105 (VOIP), 106
 *       (SMS); users (agents) 201 to 208; teams 301 to 303; WhatsApp templates 701 to 703; tickets 90001 to
 *       90030; contacts 5001 to 5064. A comment {@code //
 *       prints: text} is a claim the run checks: the program's output contains each such text, in order.
 *   <li>{@code <!-- readme-example: file PATH -->}: the block is the file at PATH (from the repository root)
 *       word for word; that file is main or test code of a module, which the build compiles and tests.
 *   <li>{@code <!-- readme-example: region PATH -->}: the block is the part of the test file at PATH between
 *       the lines {@code // README:begin} and {@code // README:end} (indentation and blank lines aside): a
 *       fragment shown with the test around it that sets up its variables and checks what it does.
 *   <li>{@code <!-- readme-example: illustrative REASON -->}: not compiled, for code that needs a framework
 *       the build does not have (say which in REASON). The exception: prefer one of the two above.
 * </ul>
 *
 * A {@code ```java} block without a marker, or with another one, fails this test with this explanation.
 */
class ReadmeSnippetTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.of(TrengoSandbox.builder().seed(42));

  @TempDir Path work;

  private static final Pattern MARKER = Pattern.compile("<!--\\s*readme-example:\\s*(.*?)\\s*-->");
  private static final Pattern PRINTS = Pattern.compile("//\\s*prints:\\s*(.+)$");
  private static final String CONVENTION =
      "put <!-- readme-example: program --> (imports, then statements run against the sandbox),"
          + " <!-- readme-example: file PATH --> (a copy of a compiled file) or <!-- readme-example: region PATH -->"
          + " (a fragment of a test) on the line before it;"
          + " see ReadmeSnippetTest's Javadoc";

  /** One {@code ```java} block: where it starts (1-based line of its first code line), its marker, its code. */
  record Example(int line, String kind, String argument, String code) {
    String name() {
      return "README.md line " + line + ": " + kind + (argument.isEmpty() ? "" : " " + argument);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheReadmeRuns() throws IOException {
    List<Example> examples = parse(read(repositoryRoot().resolve("README.md")));
    assertFalse(examples.isEmpty(), "README.md has java examples");
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> run(e)));
  }

  @Test
  void aJavaBlockWithoutAMarkerIsRefusedWithTheConvention() {
    String readme = "# Title\n\nSome text\n```java\nSystem.out.println(1);\n```\n";

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(readme));

    assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("readme-example: program"), e.getMessage());
  }

  @Test
  void aMarkedBlockIsReadWithItsKindAndLine() {
    String readme = "x\n<!-- readme-example: file a/B.java -->\n```java\nclass B {}\n```\n";

    assertEquals(List.of(new Example(4, "file", "a/B.java", "class B {}\n")), parse(readme));
  }

  private void run(Example example) throws Exception {
    switch (example.kind()) {
      case "program":
        runProgram(example);
        break;
      case "file":
        Path file = repositoryRoot().resolve(example.argument());
        assertTrue(Files.exists(file), example.name() + ": no such file");
        assertTrue(
            example.argument().contains("/src/test/java/") || example.argument().contains("/src/main/java/"),
            example.name() + ": the file must be code the build compiles (under src/main/java or src/test/java)");
        assertEquals(read(file), example.code(), example.name() + ": the README's copy differs from the file; paste the file again");
        break;
      case "region":
        Path test = repositoryRoot().resolve(example.argument());
        assertTrue(Files.exists(test), example.name() + ": no such file");
        assertTrue(example.argument().contains("/src/test/java/"), example.name() + ": the file must be a test the build runs");
        String text = read(test);
        int begin = text.indexOf("// README:begin\n");
        int end = text.indexOf("// README:end", begin);
        assertTrue(begin >= 0 && end > begin, example.name() + ": the file has no // README:begin ... // README:end region");
        assertEquals(
            codeLines(text.substring(begin + "// README:begin\n".length(), end)),
            codeLines(example.code()),
            example.name() + ": the README's fragment differs from the file's README:begin/end region");
        break;
      case "illustrative":
        assertFalse(example.argument().isBlank(), example.name() + ": say why it cannot be compiled here");
        break;
      default:
        fail(example.name() + ": unknown kind \"" + example.kind() + "\"; " + CONVENTION);
    }
  }

  private void runProgram(Example example) throws Exception {
    sandbox.sandbox().reset();
    List<String> lines = example.code().lines().collect(Collectors.toList());
    // The class and main method open on the first statement's line, so each source line is the README
    // line it came from and javac's line numbers point into the README.
    List<String> source = new ArrayList<>(lines);
    int lastImport = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("import ")) {
        lastImport = i;
      }
    }
    int firstStatement = lastImport + 1;
    while (firstStatement < lines.size() && lines.get(firstStatement).isBlank()) {
      firstStatement++;
    }
    assertTrue(firstStatement < lines.size(), example.name() + ": imports, then statements; found no statement");
    source.set(firstStatement,
        "public final class ReadmeExample { public static void main(String[] args) throws Exception { "
            + lines.get(firstStatement));
    source.add("}}");
    Path src = work.resolve("src/ReadmeExample.java");
    Path classes = work.resolve("classes");
    Files.createDirectories(src.getParent());
    Files.createDirectories(classes);
    Files.writeString(src, String.join("\n", source) + "\n", StandardCharsets.UTF_8);
    compile(example, src, classes);

    ProcessBuilder java =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"),
            "ReadmeExample");
    java.environment().put("TRENGO_TOKEN", sandbox.token());
    java.environment().put("TRENGO_BASE_URL", sandbox.baseUrl());
    java.environment().remove("TRENGO_LOG");
    Path out = work.resolve("out.txt");
    java.redirectErrorStream(true).redirectOutput(out.toFile());
    Process process = java.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), example.name() + ": still running after 60 s");
    String printed = read(out);
    assertEquals(0, process.exitValue(), () -> example.name() + " failed:\n" + printed);

    int from = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher claim = PRINTS.matcher(lines.get(i));
      if (claim.find()) {
        int at = printed.indexOf(claim.group(1).strip(), from);
        int readmeLine = example.line() + i;
        assertTrue(at >= 0, () -> "README.md line " + readmeLine + " says the example prints \"" + claim.group(1).strip()
            + "\"; it printed:\n" + printed);
        from = at + claim.group(1).strip().length();
      }
    }
  }

  private static void compile(Example example, Path source, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
              "-Xlint:all,-path,-processing", "-Werror", "-proc:none");
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
      if (!ok) {
        StringBuilder message = new StringBuilder(example.name() + " does not compile:\n");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          message.append("  README.md line ").append(example.line() + d.getLineNumber() - 1).append(": ")
              .append(d.getMessage(Locale.ROOT)).append('\n');
        }
        fail(message.toString());
      }
    }
  }

  private static List<String> codeLines(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  /** The marked {@code ```java} blocks of {@code readme}; a block without a marker is refused. */
  static List<Example> parse(String readme) {
    List<String> lines = readme.lines().collect(Collectors.toList());
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int first = i + 1;
      Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1).strip()) : null;
      if (marker == null || !marker.matches()) {
        throw new IllegalStateException(
            "README.md line " + (first + 1) + ": a ```java block without a readme-example marker; " + CONVENTION);
      }
      StringBuilder code = new StringBuilder();
      int j = first;
      for (; j < lines.size() && !lines.get(j).strip().equals("```"); j++) {
        code.append(lines.get(j)).append('\n');
      }
      String[] words = marker.group(1).split("\\s+", 2);
      examples.add(new Example(first + 1, words[0], words.length > 1 ? words[1] : "", code.toString()));
      i = j;
    }
    return examples;
  }

  /** The repository root, whether the tests run from extensions/ (Maven) or from the root (an IDE). */
  private static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("src/test/java")) ? here.getParent() : here;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
