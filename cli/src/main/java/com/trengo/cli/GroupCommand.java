package com.trengo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code trengo}, {@code trengo contacts}, ...): run without
 * one, it prints its usage to standard error and ends as a usage error.
 */
public abstract class GroupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /**
   * Without a subcommand: the usage, as a usage error. Printed by the command line that is running,
   * not by {@code CommandLine.usage(this, ..)}: that builds a new one with picocli's default factory,
   * which cannot make the subcommands (they take the context), so the usage never printed.
   */
  @Override
  public final Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.usage(commandLine.getErr());
    commandLine.getErr().flush();
    return TrengoCli.USAGE;
  }
}
