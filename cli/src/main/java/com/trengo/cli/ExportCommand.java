package com.trengo.cli;

import com.trengo.cli.io.ContactFileWriter;
import com.trengo.cli.io.Format;
import com.trengo.cli.progress.Progress;
import com.trengo.cli.sync.Reads;
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
import picocli.CommandLine.Spec;

/** {@code trengo contacts export}: every contact, through the auto-pager, as CSV or JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every contact (or those matching --term) as CSV or JSON Lines, walking every page.",
      "Columns: id, identifier, name, email, phone, created_at. What it writes, import reads back."
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
    long started = System.nanoTime();
    AtomicLong written = new AtomicLong();
    try (Target api = Target.open(target, context, spec);
        Writer writer = open();
        ContactFileWriter contacts = ContactFileWriter.of(format, writer);
        Progress progress =
            Progress.open(target.progress, context.stderrIsTerminal(), context.err(), "export", -1, "contacts",
                () -> written.get() + " contacts", api.tracker())) {
      for (Page<Contact> page : new Reads(context.sleeper()).contacts(api.client(), term).pages()) {
        for (Contact contact : page.items()) {
          contacts.write(contact);
        }
        contacts.flush();
        written.addAndGet(page.items().size());
        progress.stepBy(page.items().size());
        if (out == null && context.out().checkError()) {
          return TrengoCli.OK; // the reader went away (| head): stop quietly, as a pipe should
        }
      }
      if (out != null) {
        context.err().printf(Locale.ROOT, "exported %d contacts to %s (%d requests, %.1f s)%n",
            written.get(), out, api.tracker().requests(), (System.nanoTime() - started) / 1e9);
      }
    }
    return TrengoCli.OK;
  }

  private Writer open() throws IOException {
    if (out != null) {
      return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
    // Not closed with the command: standard output belongs to the process.
    return new BufferedWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
