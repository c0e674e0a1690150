package com.trengo.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code trengo}, {@code trengo contacts}, ...): run without
 * one, it prints its usage to standard error and ends as a usage error.
 */
public abstract class GroupCommand implements Callable<Integer> {

  private final CliContext context;

  /** The command, for {@code context}. */
  protected GroupCommand(CliContext context) {
    this.context = Objects.requireNonNull(context, "context == null");
  }

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public final Integer call() {
    CommandLine.usage(this, context.err());
    return TrengoCli.USAGE;
  }
}
