package com.trengo.cli;

import picocli.CommandLine.Command;

/** {@code trengo contacts}: export and import. */
@Command(
    name = "contacts",
    mixinStandardHelpOptions = true,
    description = "Export every contact, or import a file of them.",
    subcommands = {ExportCommand.class, ImportCommand.class})
public final class ContactsCommand implements java.util.concurrent.Callable<Integer> {

  private final CliContext context;

  /** The command, for {@code context}. */
  public ContactsCommand(CliContext context) {
    this.context = context;
  }

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public Integer call() {
    picocli.CommandLine.usage(this, context.err());
    return TrengoCli.USAGE;
  }
}
