package com.trengo.cli;

import com.trengo.sandbox.TrengoSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code trengo} command in this process, as a user would type it, against a sandbox the
 * test owns (through TRENGO_TOKEN and TRENGO_BASE_URL), capturing its exit code, stdout and stderr.
 * Retry waits are skipped, so no test sleeps.
 */
record CliRun(int exitCode, String out, String err) {

  /** The client's budget in tests: far above anything a test sends. */
  static final String FAST = "10000/1s";

  /** Runs {@code args} against {@code sandbox}, paced by a budget no test reaches. */
  static CliRun against(TrengoSandbox sandbox, String... args) {
    return against(sandbox, Interrupts.NONE, args);
  }

  /** Runs {@code args} against {@code sandbox}, hearing Ctrl-C from {@code interrupts}. */
  static CliRun against(TrengoSandbox sandbox, Interrupts interrupts, String... args) {
    return run(env(sandbox.baseUrl(), sandbox.token()), interrupts, fast(args));
  }

  /** The environment of a run against the server at {@code baseUrl}. */
  static Map<String, String> env(String baseUrl, String token) {
    Map<String, String> env = new HashMap<>();
    env.put("TRENGO_TOKEN", token);
    env.put("TRENGO_BASE_URL", baseUrl);
    return env;
  }

  /** {@code args} with the client's budget set far above anything a test sends. */
  static String[] fast(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (all.size() >= 2 && !all.contains("--help")) {
      all.add("--rate-limit");
      all.add(FAST);
    }
    return all.toArray(String[]::new);
  }

  /** Runs {@code args} with exactly {@code env}. */
  static CliRun run(Map<String, String> env, String... args) {
    return run(env, Interrupts.NONE, args);
  }

  /** Runs {@code args} with exactly {@code env}, hearing Ctrl-C from {@code interrupts}. */
  static CliRun run(Map<String, String> env, Interrupts interrupts, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context =
        new CliContext(
            env::get,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            duration -> {},
            false,
            interrupts);
    int code = TrengoCli.run(context, args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
