package com.trengo.cli;

import com.trengo.cli.bench.BenchCommand;
import com.trengo.cli.io.InputFileException;
import com.trengo.cli.webhooks.WebhooksCommand;
import com.trengo.client.error.TrengoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * {@code trengo}: bulk contact sync and more for the Trengo REST API, on an embedded sandbox by
 * default and on the real API with {@code TRENGO_TOKEN}.
 *
 * <p>Exit codes: 0 all done; 1 some rows failed (or the run could not finish); 2 a usage error or an
 * input file that cannot be read (with its line and column); 130 interrupted (Ctrl-C). A user's error
 * is one line on stderr, never a stack trace: a bad option value names the option and the value.
 *
 * <p>How long a command may take: every request gives up after {@code --timeout} (default 60 s), its
 * retries and rate-limit waits included, and a command says on stderr what it is waiting for after
 * 5 s without an answer. Contacts export, tickets list and tickets export stop at the first read that
 * gives up (tickets export can then go on where it stopped); import stops when the account cannot be
 * read, or after 3 rows in a row fail for want of an answer. So a hung server ends the exports and
 * tickets list within about one --timeout, and import within about (2 x --max-attempts + 1) x
 * --timeout.
 */
@Command(
    name = "trengo",
    mixinStandardHelpOptions = true,
    versionProvider = TrengoCli.Version.class,
    description = {
      "Bulk contact sync and more for the Trengo REST API.",
      "Without TRENGO_TOKEN every command runs on an embedded sandbox seeded with demo data;"
          + " with TRENGO_TOKEN (and optional TRENGO_BASE_URL) on the real API."
    },
    subcommands = {
      ContactsCommand.class,
      TicketsCommand.class,
      LabelsCommand.class,
      ChannelsCommand.class,
      SandboxCommand.class,
      WebhooksCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all done",
      "1:some rows failed, or the run could not finish",
      "2:usage error, or an input file that cannot be read",
      "130:interrupted (Ctrl-C); what was done is printed (import: the rest is in the rejects file;"
          + " tickets export: run it again to go on)"
    })
public final class TrengoCli extends GroupCommand {

  /** All done. */
  public static final int OK = 0;

  /** Some rows failed, or the run could not finish. */
  public static final int SOME_FAILED = 1;

  /** A usage error, or an input file that cannot be read. */
  public static final int USAGE = 2;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // The embedded sandbox logs through slf4j-simple (WireMock, Jetty, the contract validator):
    // warnings only, so that stderr carries this command's own lines.
    System.setProperty(
        "org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
    // TRENGO_LOG turns on the client's HTTP log lines, which it writes at INFO.
    System.setProperty("org.slf4j.simpleLogger.log.com.trengo.client.http", "info");
    System.exit(run(CliContext.system(), args));
  }

  /** Runs the command line in this process and returns its exit code; for tests and embedding. */
  public static int run(CliContext context, String... args) {
    return commandLine(context).execute(args);
  }

  /** The configured picocli command line, for {@code context}. */
  public static CommandLine commandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new TrengoCli(), new Factory(context));
    // Enum options (--format, --progress) are written in lower case.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
    commandLine.setParameterExceptionHandler(
        (e, args) -> {
          // One line: the problem and where to look, never the whole usage.
          CommandLine cmd = e.getCommandLine();
          PrintWriter err = cmd.getErr();
          String where = cmd.getParent() == null ? "trengo" : "trengo " + commandPath(cmd);
          err.println(where + ": " + Terminal.safe(oneLine(e.getMessage())) + " (see " + where + " --help)");
          err.flush();
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          PrintWriter err = cmd.getErr();
          if (e instanceof InputFileException input) {
            err.println("trengo: " + Terminal.safe(input.describe()));
            return USAGE;
          }
          if (e instanceof TrengoException || e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("trengo: " + Terminal.safe(oneLine(String.valueOf(e.getMessage()))));
            return SOME_FAILED;
          }
          throw e;
        });
    return commandLine;
  }

  private static String commandPath(CommandLine cmd) {
    StringBuilder path = new StringBuilder(cmd.getCommandName());
    for (CommandLine parent = cmd.getParent(); parent != null && parent.getParent() != null; parent = parent.getParent()) {
      path.insert(0, parent.getCommandName() + " ");
    }
    return path.toString();
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** Creates commands with the run's context, so that no command reaches for global state. */
  private static final class Factory implements IFactory {
    private final CliContext context;

    Factory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  /** The version from the build: {@code trengo 0.1.0}, or {@code trengo 0.1.1-SNAPSHOT} between releases. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = TrengoCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "trengo " + properties.getProperty("version", "(development build)"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
