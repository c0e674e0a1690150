package com.trengo.cli;

import com.trengo.cli.io.ContactFileReader;
import com.trengo.cli.io.Format;
import com.trengo.cli.io.InputFileException;
import com.trengo.cli.io.Reject;
import com.trengo.cli.io.RejectsFile;
import com.trengo.cli.progress.Progress;
import com.trengo.cli.sync.ContactImporter;
import com.trengo.cli.sync.ImportSummary;
import com.trengo.client.http.RetryPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trengo contacts import FILE}: create the missing, update the changed, skip the unchanged. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports contacts from CSV or JSON Lines, matching on identifier: creates the missing, updates the"
          + " changed (name, email, phone), skips the unchanged. Never creates a duplicate.",
      "Identifiers match as the library matches them: phone numbers in E.164 whatever their formatting,"
          + " emails without case, chat and social ids exactly.",
      "Columns: identifier (required), name (required to create), email, phone, channel_id; others are"
          + " ignored, so an export imports as it is. An empty value leaves the field as it is.",
      "Rejected rows go to the rejects file with their line and the reason; a bad row never stops the others.",
      "Ctrl-C stops it: what was done is printed, the rows not done go to the rejects file, exit 130."
    })
public final class ImportCommand implements Callable<Integer> {

  /** The exit code after Ctrl-C: 128 + SIGINT, as a shell reports it. */
  public static final int INTERRUPTED = 130;

  /** How long Ctrl-C waits for the summary and the rejects file before the process ends. */
  private static final long REPORT_SECONDS = 20;

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin TargetOptions target = new TargetOptions();

  @Parameters(index = "0", paramLabel = "FILE", description = "The contacts: FILE.csv or FILE.jsonl.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv or jsonl (default: from the file's extension).")
  Format format;

  @Option(names = "--dry-run", description = "Read and compare only: say what would change, change nothing.")
  boolean dryRun;

  @Option(names = "--channel-id", paramLabel = "N",
      description = "The channel for rows without a channel_id (a create or an update needs one).")
  Long channelId;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Where rejected rows go (default: FILE.rejects.csv beside the input); never the input itself."
          + " A rejects file of an earlier run is replaced, or removed when no row is rejected.")
  Path rejects;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "8",
      description = "Threads sending requests (default 8): enough to keep the rate limit's budget in use.")
  int workers = 8;

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "4",
      description = "Sends of a request at most before its row is rejected (default 4); a create is sent again"
          + " only after a lookup shows it was not applied.")
  int maxAttempts = 4;

  private volatile ImportSummary summary;

  /** The command, for {@code context}. */
  public ImportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputFileException, IOException {
    if (workers < 1 || workers > 64) {
      throw new ParameterException(spec.commandLine(), "--workers must be between 1 and 64, was " + workers);
    }
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new ParameterException(spec.commandLine(), "--max-attempts must be between 1 and 10, was " + maxAttempts);
    }
    if (channelId != null && channelId < 1) {
      throw new ParameterException(spec.commandLine(), "--channel-id must be a positive channel id, was " + channelId);
    }
    Format fileFormat = format != null ? format : Format.ofFileName(file).orElseThrow(() ->
        new ParameterException(spec.commandLine(),
            "cannot tell the format of " + Terminal.safe(file.toString()) + " from its name: use --format csv or --format jsonl"));
    Path rejectsFile = rejectsFile();
    // The whole file is read before anything is sent: a broken file changes nothing.
    ContactFileReader.Result read = ContactFileReader.read(file, fileFormat);
    boolean earlierRejects = Files.exists(rejectsFile);

    ImportSummary summary = new ImportSummary(dryRun);
    this.summary = summary;
    read.rejects().forEach(summary::reject);
    long started = System.nanoTime();
    RetryPolicy retries = RetryPolicy.forBulkJobs().toBuilder().maxRetries(maxAttempts - 1).build();
    CountDownLatch reported = new CountDownLatch(1);
    boolean interrupted;
    try (Target api = Target.open(target, context, spec, retries)) {
      ContactImporter importer = new ContactImporter(api.client(),
          new ContactImporter.Options(dryRun, channelId, workers, maxAttempts),
          () -> {
            api.client().close(); // no request starts from now on
            api.cancelAll();
          });
      Interrupted signal = new Interrupted();
      Interrupts.Registration hook = context.interrupts().onInterrupt(() -> {
        signal.set();
        importer.stop("interrupted (Ctrl-C)");
        awaitQuietly(reported); // the JVM ends when this returns: let the report be written first
      });
      try (Progress progress =
              Progress.open(target.progress, context.stderrIsTerminal(), context.err(), dryRun ? "dry run" : "import",
                  read.rows().size(), "rows", summary::counts, api.tracker())) {
        importer.run(read.rows(), summary, progress::step);
      } finally {
        hook.close();
      }
      interrupted = signal.isSet();
      try {
        report(summary, api, (System.nanoTime() - started) / 1e9, rejectsFile, earlierRejects, interrupted);
      } finally {
        reported.countDown();
      }
    }
    if (summary.abortedBecause() != null && !interrupted) {
      context.err().println("trengo: the import stopped: " + Terminal.safe(summary.abortedBecause()));
    }
    if (interrupted) {
      return INTERRUPTED;
    }
    return summary.failed() > 0 || summary.abortedBecause() != null ? TrengoCli.SOME_FAILED : TrengoCli.OK;
  }

  /** What the last run of this command did, or null before one: for the benchmark and tests. */
  public ImportSummary summary() {
    return summary;
  }

  /** The rejects file: never the input, and in a folder that exists. */
  private Path rejectsFile() {
    Path to = rejects != null ? rejects : RejectsFile.besides(file);
    Path absolute = to.toAbsolutePath().normalize();
    boolean sameAsInput = absolute.equals(file.toAbsolutePath().normalize());
    try {
      sameAsInput |= Files.exists(to) && Files.exists(file) && Files.isSameFile(to, file);
    } catch (IOException e) {
      // cannot tell: the paths' comparison stands
    }
    if (sameAsInput) {
      throw new ParameterException(spec.commandLine(),
          "--rejects " + Terminal.safe(to.toString()) + " is the input file: the rejects would overwrite it");
    }
    if (Files.isDirectory(absolute)) {
      throw new ParameterException(spec.commandLine(), "--rejects " + Terminal.safe(to.toString()) + " is a folder");
    }
    if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
      throw new ParameterException(spec.commandLine(),
          "--rejects " + Terminal.safe(to.toString()) + ": the folder " + Terminal.safe(String.valueOf(absolute.getParent()))
              + " does not exist");
    }
    return to;
  }

  private void report(ImportSummary summary, Target api, double seconds, Path rejectsFile, boolean earlierRejects,
      boolean interrupted) throws IOException {
    PrintStream out = context.out();
    String what = interrupted ? "interrupted (Ctrl-C); so far " : dryRun ? "dry run of " : "imported ";
    out.println(what + Terminal.safe(file.toString()) + ": " + summary.counts());
    if (dryRun) {
      out.println("  dry run: nothing was created or updated");
    }
    if (summary.notAttempted() > 0) {
      out.println("  " + summary.notAttempted() + " rows not attempted (counted as failed): they are in the rejects file");
    }
    out.printf(Locale.ROOT, "  %d rows in %.1f s; %d requests; waited %.1f s for the rate limit;"
            + " 429s: %d received and retried by the client, %d surfaced%n",
        summary.created() + summary.updated() + summary.unchanged() + summary.failed(), seconds,
        api.tracker().requests(), api.tracker().stalled().toMillis() / 1000.0,
        api.tracker().tooManyRequests(), summary.rateLimitErrors());
    if (summary.uncertainCreates() > 0) {
      out.printf(Locale.ROOT, "  creates with an unknown outcome: %d, looked up: %d had been applied, %d sent again%n",
          summary.uncertainCreates(), summary.appliedAfterAll(), summary.sentAgain());
    }
    List<Reject> rejected = summary.rejects();
    if (!rejected.isEmpty()) {
      RejectsFile.write(rejectsFile, rejected);
      out.println("  rejected rows, with line and reason: " + Terminal.safe(rejectsFile.toString())
          + (earlierRejects ? " (replacing the rejects file of an earlier run)" : ""));
      for (Reject reject : rejected.subList(0, Math.min(5, rejected.size()))) {
        out.println("    line " + reject.line() + ": " + Terminal.safe(reject.reason()));
      }
      if (rejected.size() > 5) {
        out.println("    ... and " + (rejected.size() - 5) + " more");
      }
    } else if (earlierRejects) {
      Files.deleteIfExists(rejectsFile);
      out.println("  no row was rejected; removed the rejects file of an earlier run: " + Terminal.safe(rejectsFile.toString()));
    }
    if (api.sandbox().isPresent() && !dryRun) {
      out.println("  note: TRENGO_TOKEN is not set, so this ran on an embedded sandbox; its changes vanished with it."
          + " Set TRENGO_TOKEN (and TRENGO_BASE_URL) to import into an account.");
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(REPORT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether Ctrl-C was heard. */
  private static final class Interrupted {
    private volatile boolean set;

    void set() {
      set = true;
    }

    boolean isSet() {
      return set;
    }
  }
}
