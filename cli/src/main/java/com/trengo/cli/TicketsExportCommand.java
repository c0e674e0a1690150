package com.trengo.cli;

import com.trengo.cli.export.ExportFiles;
import com.trengo.cli.export.ExportOutput;
import com.trengo.cli.export.StreamOutput;
import com.trengo.cli.export.TicketExporter;
import com.trengo.cli.io.ExportCheckpoint;
import com.trengo.cli.progress.Progress;
import com.trengo.client.error.TrengoException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code trengo tickets export}: every ticket with all its messages as JSON Lines, resumable. The walk
 * and what happens to tickets that change meanwhile: {@link TicketExporter}; the files and how a kill
 * at any instant is recovered from: {@link ExportFiles}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every ticket (or those updated after --since) with all its messages as JSON Lines: one line per"
          + " ticket, the ticket as the API gives it (dates in ISO-8601 UTC) plus a \"messages\" array, oldest first.",
      "",
      "Resumable: with --out, each line is appended and forced to disk when the ticket and all its messages"
          + " were read, and only then the checkpoint (--checkpoint) records it. Interrupted in any way (Ctrl-C,"
          + " a kill, a failed request, a crash), the same command goes on where it stopped: every ticket is"
          + " in the file exactly once, and the tickets already written are not read again. An incomplete last"
          + " line left by a kill is cut off; that is the only change ever made to an existing file. A file the"
          + " checkpoint does not describe (changed, or without a checkpoint) is refused and left as it is.",
      "",
      "Order: newest activity first (sort=-date), walked page by page. A ticket created or changed while the"
          + " export runs moves to the front: the walk then meets some tickets twice (written once) and loses"
          + " none it had not reached; the ones that moved ahead of it are written by a catch-up walk of the"
          + " tickets changed since the export began (updated_at_gt), repeated while it still finds some (at"
          + " most 3). A ticket already written when it changed stays as it was read. (A ticket deleted"
          + " meanwhile shifts the pages back instead, and may hide one other ticket from this export.)",
      "",
      "Incremental: at the end the command prints the --since for the next export (when this one began, by"
          + " the server's clock); that export brings every ticket changed since, so a ticket changed while"
          + " this one ran may be in both files (the later line is the newer).",
      "",
      "Without --out the lines go to standard output, not resumable. Ctrl-C prints what was written and"
          + " exits 130."
    })
public final class TicketsExportCommand implements Callable<Integer> {

  /** How long Ctrl-C waits for the line in progress and the report before the process ends. */
  private static final long REPORT_SECONDS = 20;

  private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin TargetOptions target = new TargetOptions();

  @Option(names = "--out", paramLabel = "FILE",
      description = "The JSON Lines file; an export in it that was interrupted goes on where it stopped."
          + " Without it: standard output, not resumable.")
  Path out;

  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = "Where the export's position is kept (default: FILE.checkpoint beside --out)."
          + " Needs --out.")
  Path checkpoint;

  @Option(names = "--since", paramLabel = "TIME", converter = SinceConverter.class,
      description = "Only tickets updated after TIME: 2024-05-01T10:15:00Z, 2024-05-01 10:15:00 (UTC) or"
          + " 2024-05-01. Going on with an export, leave it out or give the same.")
  OffsetDateTime since;

  /** The command, for {@code context}. */
  public TicketsExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path checkpointFile = checkFiles();
    String identity = Target.identity(target, context, spec);
    PrintStream err = context.err();
    if (out == null) {
      return export(new StreamOutput(context.out()), ExportCheckpoint.start(identity, since), null);
    }
    ExportFiles.Opened opened;
    try {
      opened = ExportFiles.open(out, checkpointFile, identity, since);
    } catch (ExportFiles.RefusedException e) {
      err.println("trengo: " + Terminal.safe(e.getMessage()));
      return TrengoCli.USAGE;
    }
    if (opened.files() == null) {
      ExportCheckpoint done = opened.position();
      err.println("trengo: " + name(out) + " is a complete export of " + done.tickets() + " tickets ("
          + done.messages() + " messages); nothing to do");
      printNextSince(done);
      return TrengoCli.OK;
    }
    try (ExportFiles files = opened.files()) {
      if (opened.resumed()) {
        ExportCheckpoint at = opened.position();
        err.println("trengo: going on with " + name(out) + " (run " + at.runs() + "): " + at.tickets()
            + " tickets already in it, written with " + at.requests() + " requests");
        if (opened.linesAfterCheckpoint() > 0) {
          err.println("trengo: kept " + opened.linesAfterCheckpoint()
              + " whole line(s) written after the last checkpoint of the interrupted run");
        }
        if (opened.leftoversRemoved() > 0) {
          err.println("trengo: removed " + opened.leftoversRemoved()
              + " temporary checkpoint file(s) the interrupted run left");
        }
        if (opened.incompleteBytesRemoved() > 0) {
          err.println("trengo: cut off an incomplete last line (" + opened.incompleteBytesRemoved()
              + " bytes) left by the interrupted run");
        }
      }
      return export(files, opened.position(), opened.resumed() ? opened.position() : null);
    }
  }

  /**
   * Runs the export into {@code output} from {@code from} and reports.
   *
   * @param resumedFrom the position an earlier run left, or null for a new export
   */
  private int export(ExportOutput output, ExportCheckpoint from, ExportCheckpoint resumedFrom) {
    long started = System.nanoTime();
    CountDownLatch reported = new CountDownLatch(1);
    try (Target api = Target.open(target, context, spec)) {
      AtomicReference<TicketExporter> running = new AtomicReference<>();
      ExportCheckpoint reached = from;
      String failure = null;
      try (Progress progress = Progress.open(target.progress, context.stderrIsTerminal(), context.err(), "export", -1,
          "tickets", () -> running.get().counts().written() + " tickets", api.tracker())) {
        running.set(new TicketExporter(api.client(), output, api.tracker()::requests, Clock.systemUTC(),
            progress::step));
        Interrupts.Registration hook = context.interrupts().onInterrupt(() -> {
          running.get().stop();
          api.client().close(); // no request starts from now on
          api.cancelAll();
          awaitQuietly(reported); // the JVM ends when this returns: let the line in progress and the report finish
        });
        try {
          reached = running.get().run(from);
        } catch (TrengoException | IOException | UncheckedIOException | IllegalStateException e) {
          // IllegalStateException: the client closed by Ctrl-C under a request about to start.
          if (!running.get().stopped()) {
            failure = e.getMessage();
          }
        } finally {
          hook.close();
        }
      }
      return report(running.get(), api, reached, resumedFrom, failure, (System.nanoTime() - started) / 1e9);
    } finally {
      reported.countDown();
    }
  }

  private int report(TicketExporter exporter, Target api, ExportCheckpoint reached, ExportCheckpoint resumedFrom,
      String failure, double seconds) {
    PrintStream err = context.err();
    TicketExporter.Counts counts = exporter.counts();
    long requests = api.tracker().requests();
    String where = out == null ? "standard output" : name(out);
    if (failure != null) {
      err.println("trengo: the export stopped: " + Terminal.safe(failure.replaceAll("\\s*\\R\\s*", " ")));
    }
    String how = exporter.stopped() ? "interrupted (Ctrl-C): wrote " : failure != null ? "wrote " : "exported ";
    err.printf(Locale.ROOT, "trengo: %s%d tickets (%d messages) to %s with %d requests in %.1f s%n", how,
        counts.written(), counts.messages(), where, requests, seconds);
    if (out != null) {
      long tickets = resumedFrom == null ? counts.written() : resumedFrom.tickets() + counts.written();
      err.println("trengo: " + where + " holds " + tickets + " tickets, each once"
          + (counts.metAgain() > 0 ? " (" + counts.metAgain() + " listed again were skipped)" : ""));
    }
    if (resumedFrom != null && resumedFrom.tickets() > 0) {
      err.println("trengo: going on saved the " + resumedFrom.requests() + " requests that wrote the first "
          + resumedFrom.tickets() + " tickets: starting over would have taken about "
          + (resumedFrom.requests() + requests) + " requests, this run took " + requests);
    }
    if (counts.caughtUp() > 0) {
      err.println("trengo: " + counts.caughtUp()
          + " of them changed while the export ran, before the walk reached them: the catch-up walk wrote them");
    }
    if (counts.gone() > 0) {
      err.println("trengo: " + counts.gone() + " tickets were deleted before their messages were read: not written");
    }
    if (counts.outsideSince() > 0) {
      err.println("trengo: " + counts.outsideSince()
          + " tickets the server listed were not updated after --since: not written");
    }
    if (exporter.stopped() || failure != null) {
      err.println(out == null
          ? "trengo: standard output cannot be resumed: use --out FILE for an export that can go on"
          : "trengo: run the same command again to go on where it stopped");
      return exporter.stopped() ? ImportCommand.INTERRUPTED : TrengoCli.SOME_FAILED;
    }
    if (reached.complete()) {
      printNextSince(reached);
    }
    return TrengoCli.OK;
  }

  private void printNextSince(ExportCheckpoint done) {
    if (done.startedAt() != null) {
      String next = SINCE.format(done.startedAt().withOffsetSameInstant(ZoneOffset.UTC));
      context.err().println("trengo: for the tickets changed since this export began: trengo tickets export --since "
          + next + " --out NEW_FILE");
    }
  }

  /** The output and checkpoint must be files in folders that exist, and not the same file; before anything else. */
  private Path checkFiles() {
    if (out == null) {
      if (checkpoint != null) {
        throw new ParameterException(spec.commandLine(),
            "--checkpoint " + Terminal.safe(checkpoint.toString()) + " needs --out: standard output cannot be resumed");
      }
      return null;
    }
    checkFile("--out", out);
    Path checkpointFile = checkpoint != null ? checkpoint : out.resolveSibling(out.getFileName() + ".checkpoint");
    checkFile("--checkpoint", checkpointFile);
    if (checkpointFile.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(),
          "--checkpoint " + Terminal.safe(checkpointFile.toString()) + " is the --out file: name another");
    }
    return checkpointFile;
  }

  private void checkFile(String option, Path file) {
    Path absolute = file.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new ParameterException(spec.commandLine(), option + " " + Terminal.safe(file.toString())
          + " is a folder: name a file in it, e.g. " + Terminal.safe(file.resolve("tickets.jsonl").toString()));
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), option + " " + Terminal.safe(file.toString())
          + ": the folder " + Terminal.safe(String.valueOf(folder)) + " does not exist");
    }
    if (!Files.isWritable(folder)) {
      throw new ParameterException(spec.commandLine(), option + " " + Terminal.safe(file.toString())
          + ": the folder " + Terminal.safe(folder.toString()) + " is not writable");
    }
  }

  private static String name(Path file) {
    return Terminal.safe(file.toString());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(REPORT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** For tests: the time format of the printed --since. */
  static String sinceText(OffsetDateTime time) {
    return SINCE.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
