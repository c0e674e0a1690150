package com.trengo.cli;

import com.trengo.cli.io.Cells;
import com.trengo.cli.io.Format;
import com.trengo.client.TicketQuery;
import com.trengo.client.model.Channel;
import com.trengo.client.model.Contact;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.User;
import com.trengo.client.pagination.AutoPager;
import java.util.Arrays;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code trengo tickets}: list tickets, or export them with their messages. */
@Command(
    name = "tickets",
    mixinStandardHelpOptions = true,
    description = "Tickets (conversations): list them, or export them with their messages.",
    subcommands = {TicketsCommand.ListCommand.class, TicketsExportCommand.class})
public final class TicketsCommand extends GroupCommand {

  /** {@code trengo tickets list}: a table, CSV or JSON Lines of the tickets matching the filters. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the tickets matching the filters, newest first unless --sort says otherwise.")
  public static final class ListCommand implements Callable<Integer> {

    private static final List<String> COLUMNS =
        List.of("id", "status", "subject", "contact", "channel", "assignee", "updated_at");

    private final CliContext context;

    @Spec CommandSpec spec;

    @Mixin TargetOptions target = new TargetOptions();

    @Option(names = "--status", paramLabel = "S", description = "OPEN, ASSIGNED, CLOSED or INVALID (any case).")
    String status;

    @Option(names = "--contact-id", paramLabel = "N", description = "Only this contact's tickets.")
    Long contactId;

    @Option(names = "--channel", paramLabel = "N", description = "Only tickets on this channel; repeat for more.")
    List<Long> channels = List.of();

    @Option(names = "--user", paramLabel = "N", description = "Only tickets assigned to this user; repeat for more.")
    List<Long> users = List.of();

    @Option(names = "--label", paramLabel = "N", description = "Only tickets with this label; repeat for more.")
    List<Long> labels = List.of();

    @Option(names = "--sort", paramLabel = "ORDER", description = "The API's sort, e.g. -date (its default).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most N tickets (default all).")
    Integer limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
        description = "table (default), csv or jsonl.")
    String format = "table";

    /** The command, for {@code context}. */
    public ListCommand(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() throws IOException {
      String how = format.toLowerCase(Locale.ROOT);
      if (!List.of("table", "csv", "jsonl").contains(how)) {
        throw new ParameterException(spec.commandLine(),
            "--format must be table, csv or jsonl, was '" + Terminal.safe(format) + "'");
      }
      if (limit != null && limit < 1) {
        throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
      }
      checkPositive("--contact-id", contactId == null ? List.of() : List.of(contactId));
      checkPositive("--channel", channels);
      checkPositive("--user", users);
      checkPositive("--label", labels);
      TicketQuery.Builder query = TicketQuery.builder();
      if (status != null) {
        query.status(knownStatus(status));
      }
      if (contactId != null) {
        query.contactId(contactId);
      }
      channels.forEach(query::channel);
      users.forEach(query::user);
      labels.forEach(query::label);
      if (sort != null) {
        query.sort(sort);
      }
      TicketQuery filters = query.build();
      try (Target api = Target.open(target, context, spec)) {
        AutoPager<Ticket> tickets = api.client().tickets().listAll(filters);
        // Printed as the pages arrive: a long list is never held whole.
        Iterable<Ticket> shown = () -> tickets.stream().limit(limit != null ? limit : Long.MAX_VALUE).iterator();
        print(how, shown);
      }
      return TrengoCli.OK;
    }

    private void print(String how, Iterable<Ticket> tickets) throws IOException {
      PrintStream out = context.out();
      if (how.equals("table")) {
        out.printf(Locale.ROOT, "%-12s %-9s %-20s %-28s %s%n", "ID", "STATUS", "UPDATED", "CONTACT", "SUBJECT");
        long count = 0;
        for (Ticket t : tickets) {
          count++;
          // Server data is escaped: a subject may carry terminal control sequences.
          out.printf(Locale.ROOT, "%-12s %-9s %-20s %-28s %s%n", t.getId(), Terminal.safe(String.valueOf(t.getStatus())),
              t.getUpdatedAt() == null ? "" : t.getUpdatedAt().toLocalDateTime().withNano(0),
              cut(Terminal.safe(contactName(t)), 28), Terminal.safe(t.getSubject()));
        }
        out.println(count + " tickets");
        return;
      }
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      if (how.equals("csv")) {
        CSVPrinter printer = new CSVPrinter(writer, Format.CSV_OUTPUT);
        printer.printRecord(COLUMNS);
        for (Ticket t : tickets) {
          printer.printRecord(t.getId(), t.getStatus(), Cells.neutralise(t.getSubject()),
              Cells.neutralise(t.getContact() == null ? null : t.getContact().getIdentifier()),
              Cells.neutralise(channelName(t)),
              Cells.neutralise(assignee(t)),
              t.getUpdatedAt());
        }
        printer.flush();
        return;
      }
      com.google.gson.Gson gson = new com.google.gson.Gson();
      for (Ticket t : tickets) {
        com.google.gson.JsonObject json = new com.google.gson.JsonObject();
        json.addProperty("id", t.getId());
        json.addProperty("status", t.getStatus() == null ? null : t.getStatus().toString());
        json.addProperty("subject", t.getSubject());
        json.addProperty("contact", t.getContact() == null ? null : t.getContact().getIdentifier());
        json.addProperty("channel", channelName(t));
        json.addProperty("assignee", assignee(t));
        json.addProperty("updated_at", t.getUpdatedAt() == null ? null : t.getUpdatedAt().toString());
        writer.write(gson.toJson(json));
        writer.write('\n');
      }
      writer.flush();
    }

    /** The contact's name; real contacts made by an inbound message have none, so then its identifier. */
    private static String contactName(Ticket t) {
      Contact c = t.getContact();
      if (c == null) {
        return null;
      }
      return c.getName() != null ? c.getName() : c.getIdentifier();
    }

    /** The channel's label: real channels carry it in title, with name null or type-like ("Wa_business"). */
    private static String channelName(Ticket t) {
      Channel c = t.getChannel();
      if (c == null) {
        return null;
      }
      return c.getTitle() != null ? c.getTitle() : c.getName();
    }

    /**
     * Who the ticket is assigned to: the agent's name when the ticket carries the agent (the seed's
     * assignee, or the agent createTicket answers with), else the agent's id as real lists send it.
     */
    private static String assignee(Ticket t) {
      User agent = t.getAssignee() != null ? t.getAssignee() : t.getAgent();
      if (agent != null && agent.getName() != null) {
        return agent.getName();
      }
      return t.getUserId() == null ? null : "user " + t.getUserId();
    }

    private static String cut(String s, int width) {
      return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** A status the API knows, in any case; a typo would silently list nothing. */
    private String knownStatus(String given) {
      String upper = given.trim().toUpperCase(Locale.ROOT);
      String[] known = Arrays.stream(Ticket.StatusEnum.values()).map(Ticket.StatusEnum::getValue).toArray(String[]::new);
      if (!Arrays.asList(known).contains(upper)) {
        throw new ParameterException(spec.commandLine(), "--status must be one of " + String.join(", ", known)
            + ", was '" + Terminal.safe(given) + "'");
      }
      return upper;
    }

    private void checkPositive(String option, List<Long> ids) {
      for (Long id : ids) {
        if (id == null || id < 1) {
          throw new ParameterException(spec.commandLine(), option + " must be a positive id, was " + id);
        }
      }
    }
  }
}
