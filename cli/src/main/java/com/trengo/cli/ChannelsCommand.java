package com.trengo.cli;

import com.trengo.cli.io.RowPrinter;
import com.trengo.client.TrengoClient;
import com.trengo.client.model.Channel;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code trengo channels}: the account's channels. */
@Command(
    name = "channels",
    mixinStandardHelpOptions = true,
    description = "Channels (e-mail, WhatsApp, chat, voice, SMS, ...).",
    subcommands = {ChannelsCommand.ListChannels.class})
public final class ChannelsCommand extends GroupCommand {

  /** {@code trengo channels list}: every channel, or those of one type, with the id creates take. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists every channel: its id (what --channel-id and the API take), type, title and status.")
  public static final class ListChannels extends ListCommand<Channel> {
    private static final RowPrinter<Channel> ROWS = new RowPrinter<>(
        List.of("id", "type", "title", "status"), List.of(10, 14, 32),
        c -> Arrays.asList(c.getId(), c.getType(), c.getTitle() != null ? c.getTitle() : c.getName(), c.getStatus()),
        "channels");
    private static final Pattern CHANNEL_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private String type;

    /** A channel type is one word (EMAIL, WA_BUSINESS, ...); anything else is a typo, refused before a run. */
    @Option(names = "--type", paramLabel = "TYPE", description = "Only channels of this type, e.g. EMAIL or VOIP.")
    void type(String value) {
      if (!CHANNEL_TYPE.matcher(value).matches()) {
        throw new ParameterException(spec.commandLine(),
            "--type must be a channel type such as EMAIL or WA_BUSINESS, was '" + Terminal.safe(value) + "'");
      }
      this.type = value;
    }

    /** The command, for {@code context}. */
    public ListChannels(CliContext context) {
      super(context, ROWS);
    }

    @Override
    Iterable<Channel> items(TrengoClient client) {
      return type == null ? client.channels().listAll() : client.channels().findByType(type);
    }
  }
}
