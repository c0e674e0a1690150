package com.trengo.cli;

import com.trengo.cli.io.RowPrinter;
import com.trengo.client.model.Label;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code trengo labels}: the account's ticket labels. */
@Command(
    name = "labels",
    mixinStandardHelpOptions = true,
    description = "Ticket labels.",
    subcommands = {LabelsCommand.ListCommand.class})
public final class LabelsCommand extends GroupCommand {

  /** {@code trengo labels list}: every label, with the id tickets and filters take. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists every label: its id (what --label and the API take), name, slug and colour.")
  public static final class ListCommand implements Callable<Integer> {
    private static final RowPrinter<Label> ROWS = new RowPrinter<>(
        List.of("id", "name", "slug", "color"), List.of(10, 28, 28),
        l -> Arrays.asList(l.getId(), l.getName(), l.getSlug(), l.getColor()), "labels");

    private final CliContext context;

    @Spec CommandSpec spec;

    @Mixin TargetOptions target = new TargetOptions();

    @Mixin ListFormat format = new ListFormat();

    /** The command, for {@code context}. */
    public ListCommand(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      String how = format.checked(spec);
      try (Target api = Target.open(target, context, spec)) {
        ROWS.print(context.out(), how, api.client().labels().listAll());
      }
      return TrengoCli.OK;
    }
  }
}
