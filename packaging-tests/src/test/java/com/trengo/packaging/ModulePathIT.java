package com.trengo.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.simple.SimpleLogger;

/**
 * A program in a named module of its own, compiled and run on the module path with exactly the jars a user
 * of trengo-java gets (plus slf4j-simple, to see the client's log lines), calling the sandbox. It would fail
 * on a split package, two jars claiming one module name (Okio's metadata jar did, hiding okio.Buffer), a
 * missing module name, or a class the closure lacks.
 */
class ModulePathIT {
  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.of(TrengoSandbox.builder().seed(42));

  @TempDir Path work;

  @Test
  void aProgramOnTheModulePathListsContactsFromTheSandbox() throws Exception {
    String modulePath = modulePath();
    Path out = work.resolve("out");
    List<String> javacArgs = new ArrayList<>(List.of("--module-path", modulePath, "-d", out.toString()));
    javacArgs.addAll(programSources());
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, javacArgs.toArray(String[]::new)), "javac");

    Path stdout = work.resolve("stdout.txt");
    Path stderr = work.resolve("stderr.txt");
    ProcessBuilder java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", out + File.pathSeparator + modulePath,
                // OkHttp, Retrofit and the client are automatic modules, which cannot require the explicit
                // modules they use (kotlin.stdlib, com.google.gson, org.slf4j); this resolves them.
                "--add-modules", "ALL-MODULE-PATH",
                "-m", "com.example.smoke/com.example.smoke.Main")
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    java.environment().put("TRENGO_TOKEN", sandbox.token());
    java.environment().put("TRENGO_BASE_URL", sandbox.baseUrl());
    java.environment().put("TRENGO_LOG", "headers");
    Process process = java.start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program ends by itself");
    String printed = Files.readString(stdout, StandardCharsets.UTF_8);
    String logged = Files.readString(stderr, StandardCharsets.UTF_8);
    // Shown in the build's output (target/failsafe-reports/*-output.txt): the evidence, not the assertion.
    System.out.println("module path: " + modulePath + "\n--- stdout\n" + printed + "--- stderr\n" + logged);

    assertEquals(0, process.exitValue(), () -> "exit code; stdout:\n" + printed + "\nstderr:\n" + logged);
    assertEquals(
        List.of(
            "client module: com.trengo.client",
            "models module: com.trengo.client.generated",
            "program module: com.example.smoke",
            "contacts on page 1: 25, first: Greta Mulder"),
        printed.lines().collect(Collectors.toList()));
    assertTrue(logged.contains("com.trengo.client.http - --> GET " + sandbox.baseUrl() + "contacts?page=1 "), logged);
    assertTrue(logged.contains("[Authorization: ██]"), logged);
    assertFalse(logged.contains(sandbox.token()), "the token never reaches a log line");
  }

  /** trengo-java's runtime closure (written by the dependency plugin) and slf4j-simple. */
  private static String modulePath() throws IOException, URISyntaxException {
    String closure = Files.readString(Path.of(System.getProperty("trengo.runtimeClasspathFile")), StandardCharsets.UTF_8).trim();
    for (String entry : closure.split(File.pathSeparator)) {
      assertTrue(entry.endsWith(".jar"), "a packaged jar, not a classes directory: " + entry);
    }
    Path slf4jSimple = Path.of(SimpleLogger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return closure + File.pathSeparator + slf4jSimple;
  }

  private List<String> programSources() throws IOException, URISyntaxException {
    Path root = Path.of(ModulePathIT.class.getResource("/module-path-program/module-info.java").toURI()).getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
  }
}
