package com.trengo.cli;

import picocli.CommandLine.Command;

/** {@code trengo contacts}: export and import. */
@Command(
    name = "contacts",
    mixinStandardHelpOptions = true,
    description = "Export every contact, or import a file of them.",
    subcommands = {ExportCommand.class, ImportCommand.class})
public final class ContactsCommand extends GroupCommand {
}
