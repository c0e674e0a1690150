package com.trengo.cli;

import com.trengo.cli.io.RowPrinter;
import com.trengo.client.TrengoClient;
import com.trengo.client.model.Label;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code trengo labels}: the account's ticket labels. */
@Command(
    name = "labels",
    mixinStandardHelpOptions = true,
    description = "Ticket labels.",
    subcommands = {LabelsCommand.ListLabels.class})
public final class LabelsCommand extends GroupCommand {

  /** {@code trengo labels list}: every label, with the id tickets and filters take. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists every label: its id (what --label and the API take), name, slug and colour.")
  public static final class ListLabels extends ListCommand<Label> {
    private static final RowPrinter<Label> ROWS = new RowPrinter<>(
        List.of("id", "name", "slug", "color"), List.of(10, 28, 28),
        l -> Arrays.asList(l.getId(), l.getName(), l.getSlug(), l.getColor()), "labels");

    /** The command, for {@code context}. */
    public ListLabels(CliContext context) {
      super(context, ROWS);
    }

    @Override
    Iterable<Label> items(TrengoClient client) {
      return client.labels().listAll();
    }
  }
}
