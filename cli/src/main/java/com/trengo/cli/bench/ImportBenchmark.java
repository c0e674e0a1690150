package com.trengo.cli.bench;

import com.trengo.cli.CliContext;
import com.trengo.cli.ImportCommand;
import com.trengo.cli.SandboxOptions;
import com.trengo.cli.TrengoCli;
import com.trengo.cli.io.ContactRow;
import com.trengo.cli.progress.Progress;
import com.trengo.cli.sync.ImportSummary;
import com.trengo.client.ContactIdentifier;
import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.model.Contact;
import com.trengo.sandbox.FaultConfig;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.RateLimit;
import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.TrengoSandbox;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trengo bench import}: imports generated contacts into a sandbox with a harsh rate limit and
 * random faults, through the very {@code trengo contacts import} a user runs, then checks the account
 * through the API and reports. Two fault mixes, each on a fresh sandbox:
 *
 * <ul>
 *   <li><b>transport</b> (10%): resets before and after the create is applied, 500s;
 *   <li><b>hostile</b> (20%): a 200 with an HTML page, bodies cut short, resets after apply, 502s after
 *       apply, and redirects (on POSTs too).
 * </ul>
 *
 * <p>Each reports whether every contact is present exactly once (duplicates by identifier), rows the
 * import reported done that are not in the account (must be 0: never "created" without proof), the
 * 429s the sandbox sent and those that reached the importer, and the wall time as a ratio of the
 * rate-limit floor: the requests the sandbox received divided by the allowed rate. A sliding window
 * lets the first window's worth go at once, so a run that keeps the budget in use can come in
 * slightly under 1.0x; the floor without that burst is printed too.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports generated contacts into a sandbox with a harsh rate limit and injected faults, then checks"
          + " that all are present exactly once, that no row was reported done without being there, and"
          + " reports wall time against the rate-limit floor.",
      "Mixes: transport (10%: reset-before-apply, reset-after-apply, server-error) and hostile (20%:"
          + " html-200, cut-body, reset-after-apply, bad-gateway, redirect).",
      "Exit code 0 when every check passes for every mix run, else 1."
    })
public final class ImportBenchmark implements Callable<Integer> {

  /** The sandbox's demo account has its email channel at id 101. */
  private static final long SANDBOX_EMAIL_CHANNEL = 101;

  /** Which fault mixes to run. */
  enum Mix {
    /** Resets before and after apply, 500s: 10%. */
    TRANSPORT("reset-after-apply=0.04,reset-before-apply=0.03,server-error=0.03"),
    /** HTML 200s, cut bodies, resets after apply, 502s, redirects: 20%. */
    HOSTILE("html-200=0.04,cut-body=0.04,reset-after-apply=0.04,bad-gateway=0.04,redirect=0.04"),
    /** Both, one after the other. */
    BOTH("");

    final String faults;

    Mix(String faults) {
      this.faults = faults;
    }
  }

  private final CliContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--contacts", paramLabel = "N", defaultValue = "500", description = "Contacts to import (default 500).")
  int contacts = 500;

  @Option(names = "--sandbox-rate-limit", paramLabel = "R/W", defaultValue = "60/5s",
      converter = SandboxOptions.RateLimitConverter.class, description = "The sandbox's rate limit (default 60/5s).")
  RateLimit rateLimit;

  @Option(names = "--mix", paramLabel = "MIX", defaultValue = "both",
      description = "transport, hostile or both (default): the fault mixes to run.")
  Mix mix = Mix.BOTH;

  @Option(names = "--sandbox-fault-rate", paramLabel = "LIST",
      description = "Faults of your own instead of the mixes, e.g. reset-after-apply=0.1,html-200=0.1.")
  String faultRates;

  @Option(names = "--sandbox-fault-seed", paramLabel = "S", defaultValue = "7", description = "Seed of the faults (default 7).")
  long faultSeed = 7;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "8", description = "Import threads (default 8).")
  int workers = 8;

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "Progress bar of the import: auto, always, never.")
  Progress.Mode progress = Progress.Mode.AUTO;

  /** The benchmark, for {@code context}. */
  public ImportBenchmark(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (contacts < 1 || contacts > 100_000) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--contacts must be between 1 and 100000, was " + contacts);
    }
    if (workers < 1 || workers > 64) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be between 1 and 64, was " + workers);
    }
    Map<String, String> runs = new java.util.LinkedHashMap<>();
    if (faultRates != null) {
      try {
        SandboxOptions.faults(faultRates); // a bad list fails here, before a sandbox starts
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--sandbox-fault-rate: " + e.getMessage());
      }
      runs.put("custom", faultRates);
    } else {
      for (Mix m : mix == Mix.BOTH ? List.of(Mix.TRANSPORT, Mix.HOSTILE) : List.of(mix)) {
        runs.put(m.name().toLowerCase(Locale.ROOT), m.faults);
      }
    }
    boolean allPassed = true;
    for (Map.Entry<String, String> run : runs.entrySet()) {
      allPassed &= runOnce(run.getKey(), run.getValue());
    }
    return allPassed ? TrengoCli.OK : TrengoCli.SOME_FAILED;
  }

  private boolean runOnce(String name, String faultList) throws IOException {
    FaultConfig faults = SandboxOptions.faults(faultList).toBuilder().seed(faultSeed).build();
    Path dir = Files.createTempDirectory("trengo-bench-");
    Path file = dir.resolve("contacts.csv");
    writeContacts(file);

    try (TrengoSandbox sandbox =
        TrengoSandbox.builder().rateLimit(rateLimit).faults(faults).build().start()) {
      context.err().printf(Locale.ROOT,
          "bench: importing %d generated contacts into a sandbox at %s limited to %s, %s faults %s (seed %d), %d workers%n",
          contacts, sandbox.baseUrl(), describe(rateLimit), name, faultList, faultSeed, workers);
      String limit = rateLimit.requests() + "/" + rateLimit.window().toMillis() + "ms";
      Map<String, String> env = Map.of("TRENGO_TOKEN", sandbox.token(), "TRENGO_BASE_URL", sandbox.baseUrl());
      CommandLine cli = TrengoCli.commandLine(context.withEnv(env::get));

      long started = System.nanoTime();
      int exit = cli.execute("contacts", "import", file.toString(), "--rate-limit", limit,
          "--workers", Integer.toString(workers), "--progress", progress.name().toLowerCase(Locale.ROOT));
      double wall = (System.nanoTime() - started) / 1e9;

      List<ReceivedRequest> received = sandbox.receivedRequests();
      ImportCommand command = cli.getSubcommands().get("contacts").getSubcommands().get("import").getCommand();
      ImportSummary summary = command.summary();
      Check check = check(sandbox, summary);
      return report(name, faultList, exit, wall, received, summary, check);
    } finally {
      Files.deleteIfExists(dir.resolve("contacts.rejects.csv"));
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private void writeContacts(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("identifier", "name", "email", "phone", "channel_id");
      for (int i = 1; i <= contacts; i++) {
        String email = email(i);
        csv.printRecord(email, "Bench Contact " + i, email, String.format(Locale.ROOT, "+3162%07d", i), SANDBOX_EMAIL_CHANNEL);
      }
    }
  }

  /** The identifier (and email address) of generated contact {@code i}. */
  private static String email(int i) {
    return String.format(Locale.ROOT, "bench-%05d@example.com", i);
  }

  /**
   * Every contact in the account, read back through the API: present, how many twice, and rows the
   * import reported done that are not there.
   */
  private record Check(int present, int duplicates, int total, int reportedDoneButAbsent) {}

  private Check check(TrengoSandbox sandbox, ImportSummary summary) {
    // Paced to the same budget: the sandbox still remembers the import's requests in its window. The
    // faults go on, so the reads are retried as the command's are.
    try (TrengoClient client =
        TrengoClient.builder()
            .token(sandbox.token())
            .baseUrl(sandbox.baseUrl())
            .retryPolicy(RetryPolicy.forBulkJobs())
            .callTimeout(Duration.ofMinutes(2))
            .rateLimiter(RateLimiter.create(
                RateLimitConfig.builder().limit(rateLimit.requests()).window(rateLimit.window()).build()))
            .build()) {
      Map<ContactIdentifier, Integer> byIdentifier = new HashMap<>();
      for (Contact contact : client.contacts().listAll(null)) {
        byIdentifier.merge(ContactIdentifier.of(contact.getIdentifier()), 1, Integer::sum);
      }
      int present = 0;
      for (int i = 1; i <= contacts; i++) {
        if (byIdentifier.containsKey(ContactIdentifier.of(email(i)))) {
          present++;
        }
      }
      List<ContactRow> done = summary == null ? new ArrayList<>() : summary.done();
      int absent = (int) done.stream().filter(r -> !byIdentifier.containsKey(ContactIdentifier.of(r.identifier()))).count();
      int duplicates = byIdentifier.values().stream().mapToInt(n -> n - 1).sum();
      return new Check(present, duplicates, byIdentifier.values().stream().mapToInt(Integer::intValue).sum(), absent);
    }
  }

  private boolean report(
      String name, String faultList, int exit, double wall, List<ReceivedRequest> received, ImportSummary summary,
      Check check) {
    double rate = rateLimit.requests() / (rateLimit.window().toMillis() / 1000.0);
    int requests = received.size();
    long tooMany = received.stream().filter(r -> r.status() == 429).count();
    Map<FaultType, Long> faults = new EnumMap<>(FaultType.class);
    received.forEach(r -> r.fault().ifPresent(f -> faults.merge(f, 1L, Long::sum)));
    double floor = requests / rate;
    double burstFloor = Math.max(0, requests - rateLimit.requests()) / rate;
    int surfaced = summary == null ? -1 : summary.rateLimitErrors();
    boolean ok = exit == 0 && check.present() == contacts && check.duplicates() == 0 && surfaced == 0
        && check.reportedDoneButAbsent() == 0;

    var out = context.out();
    out.println();
    out.println("import benchmark, " + name + " mix (" + faultList + ")");
    out.printf(Locale.ROOT, "  contacts present afterwards: %d of %d; duplicates by identifier: %d (account total %d)%n",
        check.present(), contacts, check.duplicates(), check.total());
    out.printf(Locale.ROOT, "  rows reported done: %d; of those not in the account: %d%n",
        summary == null ? 0 : summary.done().size(), check.reportedDoneButAbsent());
    out.printf(Locale.ROOT, "  requests the sandbox received: %d; faults injected: %s%n", requests,
        faults.isEmpty() ? "none" : faults.entrySet().stream()
            .map(e -> e.getKey().cliName() + " " + e.getValue()).collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "  429s: %d sent by the sandbox, %d surfaced to the importer%n", tooMany, surfaced);
    if (summary != null) {
      out.printf(Locale.ROOT, "  creates with an unknown outcome: %d (%d had been applied, %d sent again); failed rows: %d%n",
          summary.uncertainCreates(), summary.appliedAfterAll(), summary.sentAgain(), summary.failed());
    }
    out.printf(Locale.ROOT, "  wall time %.1f s; rate-limit floor %d requests / %.1f per s = %.1f s; ratio %.2fx (goal <= 1.10x: %s)%n",
        wall, requests, rate, floor, wall / floor, wall / floor <= 1.10 ? "met" : "missed");
    out.printf(Locale.ROOT, "  against the floor without the first window's burst (%d requests at once, then %.1f per s = %.1f s): %.2fx%n",
        rateLimit.requests(), rate, burstFloor, burstFloor > 0 ? wall / burstFloor : 0);
    out.println(ok ? "  result: PASS" : "  result: FAIL");
    return ok;
  }

  private static String describe(RateLimit limit) {
    return limit.requests() + " requests per " + limit.window().toMillis() / 1000.0 + " s";
  }
}
