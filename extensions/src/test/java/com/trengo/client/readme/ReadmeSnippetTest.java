package com.trengo.client.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's sandbox example is {@link SandboxReadmeExampleTest}, word for word, so it compiles and runs. */
class ReadmeSnippetTest {

  private static final String EXAMPLE = "src/test/java/com/trengo/client/readme/SandboxReadmeExampleTest.java";

  @Test
  void theReadmeShowsTheCompiledSandboxExampleVerbatim() throws IOException {
    Path module = moduleDir();
    String example = read(module.resolve(EXAMPLE));
    String readme = read(module.resolveSibling("README.md"));

    assertTrue(
        readme.contains("```java\n" + example + "```\n"),
        "README.md's sandbox example differs from extensions/" + EXAMPLE
            + ": paste the file into the README's ```java block again");
    assertTrue(readme.contains("extensions/" + EXAMPLE), "the README names the file it shows");
  }

  /** extensions/, whether the tests run from it (Maven) or from the repository root (an IDE). */
  private static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("src/test/java")) ? here : here.resolve("extensions");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
