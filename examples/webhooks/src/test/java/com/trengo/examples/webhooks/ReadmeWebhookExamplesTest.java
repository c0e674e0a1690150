package com.trengo.examples.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Receiving webhooks" code is this module's, word for word, so it compiles and is tested. */
class ReadmeWebhookExamplesTest {
  private static final String SOURCES = "src/main/java/com/trengo/examples/webhooks/";

  @Test
  void theReadmeShowsTheJdkServerExampleVerbatim() throws IOException {
    assertShownVerbatim("JdkWebhookServer.java");
  }

  @Test
  void theReadmeShowsTheServletExampleVerbatim() throws IOException {
    assertShownVerbatim("TrengoWebhookServlet.java");
  }

  @Test
  void theReadmeReceiverSnippetIsTheOneTheSnippetTestRuns() throws IOException {
    String readme = read(moduleDir().resolve("../../README.md"));
    String section = readme.substring(readme.indexOf("## Receiving webhooks"));
    String block = section.substring(section.indexOf("```java\n") + 8, section.indexOf("```\n", section.indexOf("```java\n") + 8));
    String test = read(moduleDir().resolve("src/test/java/com/trengo/examples/webhooks/ReadmeReceiverSnippetTest.java"));
    String marked = test.substring(test.indexOf("// README:begin\n") + 16, test.indexOf("    // README:end"));

    assertEquals(stripped(block), stripped(marked),
        "README.md's receiver snippet differs from ReadmeReceiverSnippetTest's README:begin/end block");
  }

  private static void assertShownVerbatim(String file) throws IOException {
    String source = read(moduleDir().resolve(SOURCES + file));
    String readme = read(moduleDir().resolve("../../README.md"));
    assertTrue(readme.contains("```java\n" + source + "```\n"),
        "README.md's copy of " + file + " differs from examples/webhooks/" + SOURCES + file
            + ": paste the file into the README's ```java block again");
    assertTrue(readme.contains("examples/webhooks/" + SOURCES + file), "the README names the file it shows");
  }

  private static List<String> stripped(String code) {
    return Arrays.stream(code.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  /** examples/webhooks/, whether the tests run from it (Maven) or from the repository root (an IDE). */
  private static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("src/test/java")) ? here : here.resolve("examples/webhooks");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file.normalize(), StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
