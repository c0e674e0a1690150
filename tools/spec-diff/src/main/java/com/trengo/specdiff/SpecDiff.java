package com.trengo.specdiff;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Compares a proposed OpenAPI contract with the committed one, and the client generated from each,
 * and says whether the change breaks users. Normally run by {@code scripts/spec-diff.sh NEW_SPEC},
 * which builds both clients first; see {@code docs/spec-diff.md}.
 *
 * <p>Prints (1) the HTTP API changes as openapi-diff classifies them, with a BREAKING / NON-BREAKING
 * verdict, and (2) japicmp's report of the changed classes and members of the generated client,
 * with its binary-compatibility verdict. Exits 0 when nothing breaks, 3 when something does and
 * {@code --expect-breaking} was not given, 1 when the comparison fails and 2 on a usage error.
 */
public final class SpecDiff {

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: SpecDiff --old-spec FILE --new-spec FILE --old-jar FILE --new-jar FILE",
      "                [--old-classpath PATHS] [--new-classpath PATHS]",
      "                [--old-name NAME] [--new-name NAME] [--expect-breaking]",
      "  --old-spec/--new-spec        the committed and the proposed OpenAPI contract",
      "  --old-jar/--new-jar          the client generated from each",
      "  --old-classpath/--new-classpath",
      "                               each client's dependencies, separated by '" + File.pathSeparator
          + "'",
      "  --old-name/--new-name        how to call each side in the report",
      "  --expect-breaking            a breaking change is intended: report it, exit 0",
      "exit: 0 nothing breaking (or expected), 3 breaking, 1 comparison failed, 2 usage");

  private SpecDiff() {}

  /**
   * Runs the comparison and exits with its {@link ExitCode}.
   *
   * @param args see {@code --help}
   */
  public static void main(String[] args) {
    // openapi-diff logs through SLF4J 2 and ships no provider: keep its "no providers" notice out of
    // the report (SLF4J reads this property once, when it first initialises).
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    System.exit(run(args, System.out, System.err).code());
  }

  /** Runs the comparison, printing the report to {@code out} and problems to {@code err}. */
  static ExitCode run(String[] args, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args == null");
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("spec-diff: " + e.getMessage());
      err.println(USAGE);
      return ExitCode.USAGE;
    }
    if (arguments == null) {
      out.println(USAGE);
      return ExitCode.OK;
    }
    try {
      return compare(arguments, out);
    } catch (IllegalArgumentException e) {
      err.println("spec-diff: " + e.getMessage());
      return ExitCode.FAILED;
    }
  }

  private static ExitCode compare(Arguments a, PrintStream out) {
    String sides = a.oldName() + " -> " + a.newName();

    out.println(heading("1. HTTP API changes (openapi-diff " + version("org.openapitools.openapidiff",
        "openapi-diff-core") + "), " + sides));
    ApiComparison api = ApiComparison.compare(a.oldSpec(), a.newSpec());
    out.println(api.report().strip());
    out.println();
    out.println("API verdict: " + describe(api.verdict()) + "  (openapi-diff: " + api.result() + ")");
    if (api.verdict() != ApiComparison.Verdict.BREAKING
        && !api.removedResponseProperties().isEmpty()) {
      out.println("note: responses no longer carry " + String.join(", ", api.removedResponseProperties())
          + ". openapi-diff counts an optional property that disappears as compatible (a client must"
          + " cope with its absence); the generated client loses its accessors, see the Java check.");
    }
    out.println();

    out.println(heading("2. Java client compatibility (japicmp "
        + version("com.github.siom79.japicmp", "japicmp") + "), " + sides));
    BinaryComparison java =
        BinaryComparison.compare(a.oldJar(), a.oldClasspath(), a.newJar(), a.newClasspath());
    // japicmp names the jars by path; the paths are temporary, the names say what each side is.
    out.println(java.report().strip()
        .replace(a.oldJar().toString(), "client(" + a.oldName() + ")")
        .replace(a.newJar().toString(), "client(" + a.newName() + ")"));
    out.println();
    if (java.missingClassesIgnored()) {
      out.println("note: no classpath given, so classes outside the jars were not resolved.");
    }
    List<BinaryComparison.Finding> findings = java.incompatibleChanges();
    if (!findings.isEmpty()) {
      out.println("Incompatible changes:");
      for (BinaryComparison.Finding f : findings) {
        out.println("  " + f.severity() + "  " + f.change() + "  " + f.element());
      }
    }
    out.println("Java verdict: " + describe(java.verdict()) + "  (" + java.changedClassCount()
        + " classes changed)");
    out.println();

    out.println(heading("Result"));
    boolean breaking = ExitCode.isBreaking(api.verdict(), java.verdict());
    ExitCode exit = ExitCode.of(api.verdict(), java.verdict(), a.expectBreaking());
    if (!breaking) {
      out.println("NON-BREAKING: existing API clients and code compiled against the client keep"
          + " working.");
      if (java.verdict() == BinaryComparison.Verdict.SOURCE_INCOMPATIBLE) {
        out.println("(Source-only changes above affect code that implements a generated interface"
            + " by hand.)");
      }
      if (a.expectBreaking()) {
        out.println("note: --expect-breaking was given, but nothing breaks.");
      }
    } else if (a.expectBreaking()) {
      out.println("!!! BREAKING CHANGE, EXPECTED (--expect-breaking): release it as a new major"
          + " version and say what broke in the release notes. !!!");
    } else {
      out.println("BREAKING: " + reasons(api.verdict(), java.verdict()) + ".");
      out.println("If this is intended, run again with --expect-breaking.");
    }
    out.println("exit " + exit.code());
    return exit;
  }

  private static String reasons(ApiComparison.Verdict api, BinaryComparison.Verdict java) {
    List<String> reasons = new ArrayList<>();
    if (api == ApiComparison.Verdict.BREAKING) {
      reasons.add("the HTTP API changed incompatibly");
    }
    if (java == BinaryComparison.Verdict.BINARY_INCOMPATIBLE) {
      reasons.add("code compiled against the current client would break");
    }
    if (java == BinaryComparison.Verdict.CALLER_SOURCE_INCOMPATIBLE) {
      reasons.add("code calling the current client would no longer compile");
    }
    return String.join(", and ", reasons);
  }

  private static String describe(ApiComparison.Verdict verdict) {
    return switch (verdict) {
      case NO_CHANGE -> "NO CHANGE";
      case NON_BREAKING -> "NON-BREAKING";
      case BREAKING -> "BREAKING";
    };
  }

  private static String describe(BinaryComparison.Verdict verdict) {
    return switch (verdict) {
      case UNCHANGED -> "UNCHANGED";
      case COMPATIBLE -> "BINARY-COMPATIBLE";
      case SOURCE_INCOMPATIBLE -> "BINARY-COMPATIBLE (source-incompatible)";
      case CALLER_SOURCE_INCOMPATIBLE -> "BINARY-COMPATIBLE, but code calling the client would not compile";
      case BINARY_INCOMPATIBLE -> "BINARY-INCOMPATIBLE";
    };
  }

  private static String heading(String title) {
    return "=== " + title + " ===";
  }

  /** The version of a library on the classpath, from the pom.properties Maven puts in its jar. */
  static String version(String groupId, String artifactId) {
    String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = SpecDiff.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "?";
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties.getProperty("version", "?");
    } catch (IOException e) {
      return "?";
    }
  }

  /** The parsed command line. */
  record Arguments(Path oldSpec, Path newSpec, Path oldJar, Path newJar, List<Path> oldClasspath,
      List<Path> newClasspath, String oldName, String newName, boolean expectBreaking) {

    /**
     * Parses the command line.
     *
     * @return the arguments, or {@code null} when help was asked for
     * @throws IllegalArgumentException naming what is wrong
     */
    static Arguments parse(String[] args) {
      Path oldSpec = null;
      Path newSpec = null;
      Path oldJar = null;
      Path newJar = null;
      List<Path> oldClasspath = List.of();
      List<Path> newClasspath = List.of();
      String oldName = "old";
      String newName = "new";
      boolean expectBreaking = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "-h", "--help" -> {
            return null;
          }
          case "--expect-breaking" -> expectBreaking = true;
          case "--old-spec" -> oldSpec = Path.of(value(args, ++i, arg));
          case "--new-spec" -> newSpec = Path.of(value(args, ++i, arg));
          case "--old-jar" -> oldJar = Path.of(value(args, ++i, arg));
          case "--new-jar" -> newJar = Path.of(value(args, ++i, arg));
          case "--old-classpath" -> oldClasspath = classpath(value(args, ++i, arg));
          case "--new-classpath" -> newClasspath = classpath(value(args, ++i, arg));
          case "--old-name" -> oldName = value(args, ++i, arg);
          case "--new-name" -> newName = value(args, ++i, arg);
          default -> throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      List<String> missing = new ArrayList<>();
      if (oldSpec == null) {
        missing.add("--old-spec");
      }
      if (newSpec == null) {
        missing.add("--new-spec");
      }
      if (oldJar == null) {
        missing.add("--old-jar");
      }
      if (newJar == null) {
        missing.add("--new-jar");
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("missing " + String.join(", ", missing));
      }
      return new Arguments(oldSpec, newSpec, oldJar, newJar, oldClasspath, newClasspath, oldName,
          newName, expectBreaking);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static List<Path> classpath(String paths) {
      List<Path> entries = new ArrayList<>();
      for (String entry : paths.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(Path.of(entry));
        }
      }
      return List.copyOf(entries);
    }
  }
}
