package com.trengo.cli;

import com.trengo.cli.io.AtomicFile;
import com.trengo.cli.io.ContactFileWriter;
import com.trengo.cli.io.Format;
import com.trengo.cli.progress.Progress;
import com.trengo.client.model.Contact;
import com.trengo.client.pagination.Page;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code trengo contacts export}: every contact, through the auto-pager, as CSV or JSON Lines. With
 * {@code --out}, the file is written beside the target and put in its place only once the export is
 * complete: a failed export leaves an existing file as it was.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every contact (or those matching --term) as CSV or JSON Lines, walking every page.",
      "Columns: id, identifier, name, email, phone, created_at. What it writes, import reads back.",
      "CSV cells a spreadsheet would run as a formula (starting with = + - @) get a leading ' that import"
          + " removes again; JSON Lines keeps every value as it is.",
      "With --out, the file is replaced only when the export is complete; a failed export leaves it as it was."
    })
public final class ExportCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin TargetOptions target = new TargetOptions();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (default) or jsonl.")
  Format format = Format.CSV;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  @Option(names = "--term", paramLabel = "T", description = "Only contacts whose name, identifier, email or phone contains T.")
  String term;

  /** The command, for {@code context}. */
  public ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    checkOut();
    long started = System.nanoTime();
    try (AtomicFile file = out == null ? null : AtomicFile.open(out)) {
      Exported exported = export(file == null ? standardOutput() : file.writer());
      if (file != null) {
        file.commit();
        context.err().printf(Locale.ROOT, "exported %d contacts to %s (%d requests, %.1f s)%n",
            exported.contacts(), Terminal.safe(out.toString()), exported.requests(), (System.nanoTime() - started) / 1e9);
      }
    }
    return TrengoCli.OK;
  }

  private record Exported(long contacts, long requests) {}

  /** Walks every page into {@code writer}, flushing after each; does not close it. */
  private Exported export(Writer writer) throws IOException {
    AtomicLong written = new AtomicLong();
    try (Target api = Target.open(target, context, spec);
        ContactFileWriter contacts = ContactFileWriter.of(format, writer);
        Progress progress =
            Progress.open(target.progress, context.stderrIsTerminal(), context.err(), "export", -1, "contacts",
                () -> written.get() + " contacts", api.tracker())) {
      for (Page<Contact> page : api.client().contacts().listAll(term).pages()) {
        for (Contact contact : page.items()) {
          contacts.write(contact);
        }
        contacts.flush();
        written.addAndGet(page.items().size());
        progress.stepBy(page.items().size());
        if (out == null && context.out().checkError()) {
          break; // the reader went away (| head): stop quietly, as a pipe should
        }
      }
      return new Exported(written.get(), api.tracker().requests());
    }
  }

  /** {@code --out} must name a file in a folder that exists; checked before anything is sent. */
  private void checkOut() {
    if (out == null) {
      return;
    }
    Path absolute = out.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new ParameterException(spec.commandLine(), "--out " + Terminal.safe(out.toString())
          + " is a folder: name a file in it, e.g. " + Terminal.safe(out.resolve("contacts." + format.name().toLowerCase(Locale.ROOT)).toString()));
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "--out " + Terminal.safe(out.toString())
          + ": the folder " + Terminal.safe(String.valueOf(folder)) + " does not exist");
    }
    if (!Files.isWritable(folder)) {
      throw new ParameterException(spec.commandLine(), "--out " + Terminal.safe(out.toString())
          + ": the folder " + Terminal.safe(folder.toString()) + " is not writable");
    }
  }

  private Writer standardOutput() {
    // Not closed with the command: standard output belongs to the process.
    return new BufferedWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
