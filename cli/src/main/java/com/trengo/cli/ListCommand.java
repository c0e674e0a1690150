package com.trengo.cli;

import com.trengo.cli.io.RowPrinter;
import com.trengo.client.TrengoClient;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code list} subcommand that prints one of the API's lists as a table, CSV or JSON Lines, on the
 * target the options name (the embedded sandbox without a token): what differs is which items, and how
 * a row shows one.
 *
 * @param <T> the item
 */
abstract class ListCommand<T> implements Callable<Integer> {
  private final CliContext context;
  private final RowPrinter<T> rows;

  @Spec CommandSpec spec;

  @Mixin TargetOptions target = new TargetOptions();

  @Mixin ListFormat format = new ListFormat();

  ListCommand(CliContext context, RowPrinter<T> rows) {
    this.context = context;
    this.rows = rows;
  }

  /** The items to print, walked as they are printed. */
  abstract Iterable<T> items(TrengoClient client);

  @Override
  public final Integer call() throws IOException {
    String how = format.checked(spec);
    try (Target api = Target.open(target, context, spec)) {
      rows.print(context.out(), how, items(api.client()));
    }
    return TrengoCli.OK;
  }
}
