package com.trengo.cli;

import com.trengo.cli.io.RowPrinter;
import com.trengo.client.model.Channel;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trengo channels}: the account's channels. */
@Command(
    name = "channels",
    mixinStandardHelpOptions = true,
    description = "Channels (e-mail, WhatsApp, chat, voice, SMS, ...).",
    subcommands = {ChannelsCommand.ListCommand.class})
public final class ChannelsCommand extends GroupCommand {

  /** {@code trengo channels list}: every channel, or those of one type, with the id creates take. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists every channel: its id (what --channel-id and the API take), type, title and status.")
  public static final class ListCommand implements Callable<Integer> {
    private static final RowPrinter<Channel> ROWS = new RowPrinter<>(
        List.of("id", "type", "title", "status"), List.of(10, 14, 32),
        c -> Arrays.asList(c.getId(), c.getType(), c.getTitle() != null ? c.getTitle() : c.getName(), c.getStatus()),
        "channels");

    private final CliContext context;

    @Spec CommandSpec spec;

    @Mixin TargetOptions target = new TargetOptions();

    @Mixin ListFormat format = new ListFormat();

    @Option(names = "--type", paramLabel = "TYPE", description = "Only channels of this type, e.g. EMAIL or VOIP.")
    String type;

    /** The command, for {@code context}. */
    public ListCommand(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      String how = format.checked(spec);
      try (Target api = Target.open(target, context, spec)) {
        Iterable<Channel> channels = type == null
            ? api.client().channels().listAll()
            : api.client().channels().findByType(type);
        ROWS.print(context.out(), how, channels);
      }
      return TrengoCli.OK;
    }
  }
}
