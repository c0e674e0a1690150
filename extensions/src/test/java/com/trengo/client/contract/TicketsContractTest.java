package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.AssignTicketRequest;
import com.trengo.client.model.CreateTicketRequest;
import com.trengo.client.model.SendMessageRequest;
import com.trengo.client.model.Ticket;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tickets through TrengoClient against the sandbox: list, create, assign, close. */
class TicketsContractTest {

  private static final long EMAIL_CHANNEL = 101;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createTicket", "listTickets"})
  void createsATicketThenListsItForItsContact(TrengoClient trengo) {
    Ticket created =
        trengo.tickets().create(new CreateTicketRequest()
            .channelId(EMAIL_CHANNEL).contactIdentifier("new.customer@example.com").subject("Order #1234"));

    List<Ticket> listed = trengo.tickets().list(TicketQuery.builder().contactId(created.getContact().getId()).build())
        .getData();

    assertEquals(Ticket.StatusEnum.OPEN, created.getStatus());
    assertEquals("Order #1234", created.getSubject());
    assertEquals("new.customer@example.com", created.getContact().getIdentifier());
    assertEquals(EMAIL_CHANNEL, created.getChannel().getId());
    assertNull(created.getAssignee());
    assertEquals(List.of(created.getId()), listed.stream().map(Ticket::getId).toList());
  }

  @Test
  @Covers("createTicket")
  void createsATicketDelegatedToAUserAsAssigned(TrengoClient trengo) {
    Ticket created =
        trengo.tickets().create(new CreateTicketRequest()
            .channelId(EMAIL_CHANNEL).contactIdentifier("new.customer@example.com").delegateToUserId(203L));

    assertEquals(Ticket.StatusEnum.ASSIGNED, created.getStatus());
    assertEquals(203L, created.getAssignee().getId());
  }

  @Test
  @Covers({"assignTicket", "listTickets"})
  void assignsATicketThenListsItUnderThatUser(TrengoClient trengo) {
    long ticketId = anOpenTicket(trengo);

    Ticket assigned = trengo.tickets().assign(ticketId, new AssignTicketRequest().userId(208L));

    assertEquals(Ticket.StatusEnum.ASSIGNED, assigned.getStatus());
    assertEquals(208L, assigned.getAssignee().getId());
    List<Ticket> ofUser = trengo.tickets().listAll(TicketQuery.builder().user(208).build()).stream().toList();
    assertTrue(ofUser.stream().anyMatch(t -> t.getId() == ticketId), "listed under user 208: " + ofUser);
    assertTrue(ofUser.stream().allMatch(t -> t.getAssignee().getId() == 208L), "only user 208's tickets");
  }

  @Test
  @Covers({"closeTicket", "listTickets"})
  void closesATicketThenItIsListedAsClosed(TrengoClient trengo) {
    long ticketId = anOpenTicket(trengo);

    Ticket closed = trengo.tickets().close(ticketId);

    assertEquals(Ticket.StatusEnum.CLOSED, closed.getStatus());
    assertTrue(ids(trengo, TicketQuery.builder().status("CLOSED").build()).contains(ticketId));
    assertFalse(ids(trengo, TicketQuery.builder().status("OPEN").build()).contains(ticketId));
  }

  @Test
  @Covers("listTickets")
  void listsEverySeededTicketOverTwoPages(TrengoClient trengo) {
    Set<Long> ids = ids(trengo, TicketQuery.all());

    assertEquals(30, ids.size());
    assertTrue(ids.stream().allMatch(id -> id >= 90001 && id <= 90030), ids.toString());
    assertEquals(2, sandbox.sandbox().receivedRequests().stream().filter(r -> r.is("GET", "/tickets")).count());
  }

  @Test
  @Covers("listTickets")
  void filtersByChannelsAndUpdatedAfterAndSortsOldestFirst(TrengoClient trengo) {
    List<Ticket> all = trengo.tickets().listAll(TicketQuery.all()).stream().toList();
    OffsetDateTime cutoff =
        all.stream().map(Ticket::getUpdatedAt).sorted().toList().get(all.size() / 3); // whole minutes: :00 seconds
    List<Long> expected =
        all.stream()
            .filter(t -> Set.of(102L, 103L).contains(t.getChannel().getId()))
            .filter(t -> t.getUpdatedAt().isAfter(cutoff))
            .sorted(Comparator.comparing(Ticket::getUpdatedAt).thenComparing(Ticket::getId))
            .map(Ticket::getId)
            .toList();

    List<Long> filtered =
        trengo.tickets()
            .listAll(TicketQuery.builder().channel(102).channel(103).updatedAfter(cutoff).sort("date").build())
            .stream()
            .map(Ticket::getId)
            .toList();

    assertFalse(expected.isEmpty(), "the demo data has such tickets");
    assertEquals(expected, filtered);
  }

  @Test
  @Covers({"listTickets", "sendMessage"})
  void aTicketWhoseLastMessageIsInboundTurnsOutboundWhenAnswered(TrengoClient trengo) {
    Set<Long> inbound = ids(trengo, TicketQuery.builder().lastMessageType("INBOUND").build());
    Set<Long> outbound = ids(trengo, TicketQuery.builder().lastMessageType("OUTBOUND").build());
    long waiting = inbound.stream().sorted().findFirst().orElseThrow();

    trengo.messages().send(waiting, new SendMessageRequest().body("On it!"));

    assertEquals(30, inbound.size() + outbound.size(), "every seeded ticket has a last message");
    assertFalse(ids(trengo, TicketQuery.builder().lastMessageType("INBOUND").build()).contains(waiting));
    assertTrue(ids(trengo, TicketQuery.builder().lastMessageType("OUTBOUND").build()).contains(waiting));
  }

  @Test
  @Covers("assignTicket")
  void assigningToAnUnknownUserIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.tickets().assign(90001, new AssignTicketRequest().userId(999L)));

    assertEquals(List.of("The selected user id is invalid."), rejected.errors().get("user_id"));
  }

  @Test
  @Covers("assignTicket")
  void assigningToNobodyIs422(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class, () -> trengo.tickets().assign(90001, new AssignTicketRequest()));

    assertEquals(
        List.of("The user id field is required when team id is not present."), rejected.errors().get("user_id"));
  }

  @Test
  @Covers("closeTicket")
  void closingAnUnknownTicketIsNotFound(TrengoClient trengo) {
    NotFoundException missing = assertThrows(NotFoundException.class, () -> trengo.tickets().close(1));

    assertEquals(404, missing.statusCode());
  }

  private static long anOpenTicket(TrengoClient trengo) {
    List<Ticket> open = trengo.tickets().list(TicketQuery.builder().status("OPEN").build()).getData();
    assertFalse(open.isEmpty(), "the demo data has open tickets");
    return open.get(0).getId();
  }

  private static Set<Long> ids(TrengoClient trengo, TicketQuery query) {
    return Set.copyOf(trengo.tickets().listAll(query).stream().map(Ticket::getId).toList());
  }

  @Test
  @Covers({"createContactOnChannel", "createTicket"})
  void opensATicketForAnIdentifierOnAChannelReusingItsContact(TrengoClient trengo) {
    Ticket first = trengo.tickets().openFor(EMAIL_CHANNEL, "turing@example.com", "Enigma");
    Ticket second = trengo.tickets().openFor(EMAIL_CHANNEL, "turing@example.com", "Bombe");

    assertEquals("Enigma", first.getSubject());
    assertEquals(first.getContact().getId(), second.getContact().getId(), "one contact, two tickets");
    assertEquals(EMAIL_CHANNEL, second.getChannel().getId());
  }
}
