package com.trengo.cli;

import com.trengo.cli.io.ContactFileReader;
import com.trengo.cli.io.Format;
import com.trengo.cli.io.InputFileException;
import com.trengo.cli.io.Reject;
import com.trengo.cli.io.RejectsFile;
import com.trengo.cli.progress.Progress;
import com.trengo.cli.sync.ContactImporter;
import com.trengo.cli.sync.ImportSummary;
import com.trengo.cli.sync.Reads;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
      "Columns: identifier (required), name (required to create), email, phone, channel_id; others are"
          + " ignored, so an export imports as it is. An empty value leaves the field as it is.",
      "Rejected rows go to the rejects file with their line and the reason; a bad row never stops the others."
    })
public final class ImportCommand implements Callable<Integer> {

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
      description = "Where rejected rows go (default: FILE.rejects.csv beside the input).")
  Path rejects;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "8",
      description = "Threads sending requests (default 8): enough to keep the rate limit's budget in use.")
  int workers = 8;

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "4",
      description = "Sends per row at most before it is rejected (default 4).")
  int maxAttempts = 4;

  private volatile ImportSummary summary;

  /** The command, for {@code context}. */
  public ImportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InputFileException, IOException {
    if (workers < 1 || maxAttempts < 1) {
      throw new ParameterException(spec.commandLine(), "--workers and --max-attempts must be at least 1");
    }
    if (channelId != null && channelId < 1) {
      throw new ParameterException(spec.commandLine(), "--channel-id must be a positive channel id");
    }
    Format fileFormat = format != null ? format : Format.ofFileName(file).orElseThrow(() ->
        new ParameterException(spec.commandLine(),
            "cannot tell the format of " + file + " from its name: use --format csv or --format jsonl"));
    // The whole file is read before anything is sent: a broken file changes nothing.
    ContactFileReader.Result read = ContactFileReader.read(file, fileFormat);

    ImportSummary summary = new ImportSummary(dryRun);
    this.summary = summary;
    read.rejects().forEach(summary::reject);
    long started = System.nanoTime();
    try (Target api = Target.open(target, context, spec)) {
      try (Progress progress =
          Progress.open(target.progress, context.stderrIsTerminal(), context.err(), dryRun ? "dry run" : "import",
              read.rows().size(), "rows", summary::counts, api.tracker())) {
        new ContactImporter(api.client(), new Reads(context.sleeper()),
                new ContactImporter.Options(dryRun, channelId, workers, maxAttempts))
            .run(read.rows(), summary, progress::step);
      }
      report(summary, api, (System.nanoTime() - started) / 1e9);
    }
    if (summary.abortedBecause() != null) {
      context.err().println("trengo: the import stopped: " + summary.abortedBecause());
    }
    return summary.failed() > 0 || summary.abortedBecause() != null ? TrengoCli.SOME_FAILED : TrengoCli.OK;
  }

  /** What the last run of this command did, or null before one: for the benchmark and tests. */
  public ImportSummary summary() {
    return summary;
  }

  private void report(ImportSummary summary, Target api, double seconds) throws IOException {
    PrintStream out = context.out();
    out.println((dryRun ? "dry run of " : "imported ") + file + ": " + summary.counts());
    if (dryRun) {
      out.println("  dry run: nothing was created or updated");
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
      Path to = rejects != null ? rejects : RejectsFile.besides(file);
      RejectsFile.write(to, rejected);
      out.println("  rejected rows, with line and reason: " + to);
      for (Reject reject : rejected.subList(0, Math.min(5, rejected.size()))) {
        out.println("    line " + reject.line() + ": " + reject.reason());
      }
      if (rejected.size() > 5) {
        out.println("    ... and " + (rejected.size() - 5) + " more");
      }
    }
  }
}
