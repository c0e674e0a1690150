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
import com.trengo.client.builder.AssignTicket;
import com.trengo.client.builder.CreateTicket;
import com.trengo.client.builder.ContactCustomFieldValue;
import com.trengo.client.builder.SendMessage;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.model.CustomFieldValue;
import com.trengo.client.model.AssignTicketRequest;
import com.trengo.client.model.Ticket;
import com.trengo.sandbox.TrengoSandbox;
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
  void createsATicketByContactIdThenListsItForItsContact(TrengoClient trengo, TrengoSandbox sandbox) {
    Ticket created = trengo.tickets().create(
        CreateTicket.builder().channelId(EMAIL_CHANNEL).contactId(5002L).subject("Order #1234").build());

    List<Ticket> listed = trengo.tickets().list(TicketQuery.builder().contactId(5002L).build()).getData();

    assertEquals(Ticket.StatusEnum.OPEN, created.getStatus());
    assertEquals("Order #1234", created.getSubject());
    assertEquals(5002L, created.getContactId());
    assertEquals(5002L, created.getContact().getId());
    assertEquals(EMAIL_CHANNEL, created.getChannelId());
    assertEquals(created.getCreatedAt(), created.getLatestMessage().getCreatedAt(),
        "createTicket's latest_message is a date, read as a message with only its time");
    assertNull(created.getAssignee());
    assertTrue(listed.stream().map(Ticket::getId).toList().contains(created.getId()));
    assertEquals("{\"channel_id\":101,\"contact_id\":5002,\"subject\":\"Order #1234\"}", bodyOf(sandbox, "/tickets"));
  }

  @Test
  @Covers("createTicket")
  void createsATicketDelegatedToAUserAsAssigned(TrengoClient trengo) {
    Ticket created = trengo.tickets().create(
        CreateTicket.builder().channelId(EMAIL_CHANNEL).contactId(5002L).delegateToUserId(203L).build());

    assertEquals(Ticket.StatusEnum.ASSIGNED, created.getStatus());
    assertEquals(203L, created.getAssignee().getId());
    assertEquals(203L, created.getUserId());
  }

  @Test
  @Covers("createTicket")
  void anUnknownContactIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected = assertThrows(UnprocessableEntityException.class,
        () -> trengo.tickets().create(CreateTicket.builder().channelId(EMAIL_CHANNEL).contactId(999L).build()));

    assertEquals(List.of("The selected contact id is invalid."), rejected.errors().get("contact_id"));
  }

  @Test
  @Covers({"assignTicket", "listTickets"})
  void assignsATicketToAUserWithAPostThenListsItUnderThatUser(TrengoClient trengo, TrengoSandbox sandbox) {
    long ticketId = anOpenTicket(trengo);

    Ticket assigned = trengo.tickets().assign(ticketId, AssignTicket.toUser(208L).build());

    assertEquals("{\"type\":\"user\",\"user_id\":208}", bodyOf(sandbox, "/tickets/" + ticketId + "/assign"));
    assertEquals(Ticket.StatusEnum.ASSIGNED, assigned.getStatus());
    assertEquals(208L, assigned.getAssignee().getId());
    assertEquals(208L, assigned.getUserId());
    assertTrue(assigned.getAssignedAt() != null);
    List<Ticket> ofUser = trengo.tickets().listAll(TicketQuery.builder().user(208).build()).stream().toList();
    assertTrue(ofUser.stream().anyMatch(t -> t.getId() == ticketId), "listed under user 208: " + ofUser);
    assertTrue(ofUser.stream().allMatch(t -> t.getAssignee().getId() == 208L), "only user 208's tickets");
  }

  @Test
  @Covers("assignTicket")
  void assignsATicketToATeamWithANote(TrengoClient trengo, TrengoSandbox sandbox) {
    long ticketId = anOpenTicket(trengo);

    Ticket assigned = trengo.tickets().assign(ticketId, AssignTicket.toTeam(302L).note("Billing question").build());

    assertEquals("{\"type\":\"team\",\"team_id\":302,\"note\":\"Billing question\"}",
        bodyOf(sandbox, "/tickets/" + ticketId + "/assign"));
    assertEquals(Ticket.StatusEnum.ASSIGNED, assigned.getStatus());
    assertEquals(302L, assigned.getTeamId());
  }

  @Test
  @Covers({"closeTicket", "listTickets"})
  void closesATicketWithAPostThenItIsListedAsClosed(TrengoClient trengo, TrengoSandbox sandbox) {
    long ticketId = anOpenTicket(trengo);

    Ticket closed = trengo.tickets().close(ticketId);

    assertEquals("{}", bodyOf(sandbox, "/tickets/" + ticketId + "/close"));
    assertEquals(Ticket.StatusEnum.CLOSED, closed.getStatus());
    assertTrue(closed.getClosedAt() != null);
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

    trengo.messages().send(waiting, SendMessage.builder().message("On it!").build());

    assertEquals(30, inbound.size() + outbound.size(), "every seeded ticket has a last message");
    assertFalse(ids(trengo, TicketQuery.builder().lastMessageType("INBOUND").build()).contains(waiting));
    assertTrue(ids(trengo, TicketQuery.builder().lastMessageType("OUTBOUND").build()).contains(waiting));
  }

  @Test
  @Covers("closeTicket")
  void closesATicketWithATicketResult(TrengoClient trengo, TrengoSandbox sandbox) {
    long ticketId = anOpenTicket(trengo);

    Ticket closed = trengo.tickets().closeAsync(ticketId, 1001).join();

    assertEquals("{\"ticket_result_id\":1001}", bodyOf(sandbox, "/tickets/" + ticketId + "/close"));
    assertEquals(Ticket.StatusEnum.CLOSED, closed.getStatus());
  }

  @Test
  @Covers("assignTicket")
  void assigningToAnUnknownUserIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.tickets().assign(90001, AssignTicket.toUser(999L).build()));

    assertEquals(List.of("The selected user id is invalid."), rejected.errors().get("user_id"));
  }

  @Test
  @Covers("assignTicket")
  void aTypeWithoutItsIdIs422(TrengoClient trengo, TrengoSandbox sandbox) {
    // Past the builder, through the generated model: the sandbox answers what Trengo's required_if does.
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.tickets().assign(90001, new AssignTicketRequest().type(AssignTicketRequest.TypeEnum.USER)));

    assertEquals(List.of("The user id field is required when type is user."), rejected.errors().get("user_id"));
    sandbox.clearViolations(); // the contract's oneOf says so too
  }

  @Test
  @Covers("closeTicket")
  void closingAnUnknownTicketIsNotFound(TrengoClient trengo) {
    NotFoundException missing = assertThrows(NotFoundException.class, () -> trengo.tickets().close(1));

    assertEquals(404, missing.statusCode());
  }

  /** The body of the one request the sandbox received for POST {@code path}. */
  private static String bodyOf(TrengoSandbox sandbox, String path) {
    return sandbox.receivedRequests().stream().filter(r -> r.is("POST", path)).findFirst().orElseThrow().body();
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
  void opensATicketForAnIdentifierOnAChannelReusingItsContactById(TrengoClient trengo, TrengoSandbox sandbox) {
    Ticket first = trengo.tickets().openFor(EMAIL_CHANNEL, "turing@example.com", "Enigma");
    Ticket second = trengo.tickets().openFor(EMAIL_CHANNEL, "turing@example.com", "Bombe");

    assertEquals("Enigma", first.getSubject());
    assertEquals(first.getContactId(), second.getContactId(), "one contact, two tickets");
    assertEquals(EMAIL_CHANNEL, second.getChannel().getId());
    assertTrue(sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/tickets"))
        .allMatch(r -> r.body().contains("\"contact_id\":" + first.getContactId())), "the ticket names the contact by id");
  }

  @Test
  @Covers({"getTicket", "listTickets"})
  void getsOneTicketAsTheListShowsIt(TrengoClient trengo) {
    Ticket listed = trengo.tickets().list(TicketQuery.all()).getData().get(0);

    Ticket got = trengo.tickets().get(listed.getId());

    assertEquals(listed, got);
    assertEquals(listed.getContactId(), got.getContact().getId(), "the contact is embedded, as CB reads it");
    assertThrows(NotFoundException.class, () -> trengo.tickets().get(1));
  }

  @Test
  @Covers({"deleteTicket", "getTicket", "listTickets", "listMessages"})
  void aDeletedTicketIsGoneFromListsAndItsMessagesWithIt(TrengoClient trengo) {
    long ticketId = anOpenTicket(trengo);

    trengo.tickets().deleteAsync(ticketId).join();

    assertThrows(NotFoundException.class, () -> trengo.tickets().get(ticketId));
    assertFalse(ids(trengo, TicketQuery.all()).contains(ticketId));
    assertEquals(29, ids(trengo, TicketQuery.all()).size());
    assertThrows(NotFoundException.class, () -> trengo.messages().list(ticketId, 1));
  }

  @Test
  @Covers({"reopenTicket", "closeTicket", "assignTicket", "getTicket"})
  void aReopenedTicketIsAssignedWhenItHasAnAssigneeAndOpenWhenNot(TrengoClient trengo, TrengoSandbox sandbox) {
    long unassigned = anOpenTicket(trengo);
    long assigned = trengo.tickets().list(TicketQuery.builder().status("OPEN").build()).getData().get(1).getId();
    trengo.tickets().assign(assigned, AssignTicket.toUser(203L).build());
    trengo.tickets().close(unassigned);
    trengo.tickets().close(assigned);

    trengo.tickets().reopen(unassigned);
    trengo.tickets().reopenAsync(assigned).join();

    Ticket open = trengo.tickets().get(unassigned);
    assertEquals(Ticket.StatusEnum.OPEN, open.getStatus());
    assertNull(open.getClosedAt());
    assertEquals(Ticket.StatusEnum.ASSIGNED, trengo.tickets().get(assigned).getStatus());
    assertEquals(203L, trengo.tickets().get(assigned).getUserId());
    assertEquals("{}", bodyOf(sandbox, "/tickets/" + unassigned + "/reopen"), "PyTrengo's body");
  }

  @Test
  @Covers({"mergeTickets", "getTicket", "listMessages"})
  void mergingMovesTheSourcesMessagesAndDeletesTheSource(TrengoClient trengo, TrengoSandbox sandbox) {
    List<Ticket> open = trengo.tickets().list(TicketQuery.builder().status("OPEN").build()).getData();
    long target = open.get(0).getId();
    long source = open.get(1).getId();
    Set<Long> expected = new java.util.HashSet<>(messageIds(trengo, target));
    expected.addAll(messageIds(trengo, source));

    trengo.tickets().merge(target, source);

    assertEquals(expected, Set.copyOf(messageIds(trengo, target)));
    assertEquals(expected.size(), trengo.tickets().get(target).getMessagesCount());
    assertThrows(NotFoundException.class, () -> trengo.tickets().get(source));
    assertEquals("{\"source_ticket_id\":" + source + "}", bodyOf(sandbox, "/tickets/" + target + "/merge"));
  }

  @Test
  @Covers("mergeTickets")
  void mergingAnUnknownTicketIs422AndMergingATicketIntoItselfIsRefusedBeforeSending(TrengoClient trengo) {
    long target = anOpenTicket(trengo);

    UnprocessableEntityException rejected =
        assertThrows(UnprocessableEntityException.class, () -> trengo.tickets().merge(target, 1));
    TrengoValidationException refused =
        assertThrows(TrengoValidationException.class, () -> trengo.tickets().merge(target, target));

    assertEquals(List.of("The selected source ticket id is invalid."), rejected.errors().get("source_ticket_id"));
    assertEquals("source_ticket_id", refused.errors().get(0).field());
  }

  @Test
  @Covers({"markTicketAsSpam", "unmarkTicketAsSpam", "getTicket", "listTickets"})
  void aSpamTicketLeavesTheInboxAndComesBackWithItsStatusWhenUnmarked(TrengoClient trengo) {
    long ticketId = anOpenTicket(trengo);

    trengo.tickets().markAsSpam(ticketId);
    Ticket spam = trengo.tickets().get(ticketId);
    Set<Long> inbox = ids(trengo, TicketQuery.all());
    Set<Long> invalid = ids(trengo, TicketQuery.builder().status("INVALID").build());
    trengo.tickets().unmarkAsSpamAsync(ticketId).join();

    assertEquals(Ticket.StatusEnum.INVALID, spam.getStatus());
    assertFalse(inbox.contains(ticketId), "spam is not in the unfiltered list");
    assertEquals(Set.of(ticketId), invalid);
    assertEquals(Ticket.StatusEnum.OPEN, trengo.tickets().get(ticketId).getStatus());
    assertTrue(ids(trengo, TicketQuery.all()).contains(ticketId));
  }

  @Test
  @Covers({"setTicketCustomField", "getTicket"})
  void aTicketCustomFieldValueShowsOnTheTicket(TrengoClient trengo, TrengoSandbox sandbox) {
    long ticketId = anOpenTicket(trengo);

    trengo.tickets().setCustomField(ticketId, ContactCustomFieldValue.builder().customFieldId(501L).value("C-42").build());
    trengo.tickets().setCustomFieldAsync(ticketId, ContactCustomFieldValue.builder().customFieldId(501L).value("C-43").build()).join();

    List<CustomFieldValue> values = trengo.tickets().get(ticketId).getCustomFieldValues();
    assertEquals(1, values.size(), values.toString());
    assertEquals(501L, values.get(0).getCustomFieldId());
    assertEquals("C-43", values.get(0).getValue(), "the second value replaced the first");
    UnprocessableEntityException rejected = assertThrows(UnprocessableEntityException.class,
        () -> trengo.tickets().setCustomField(ticketId, ContactCustomFieldValue.builder().customFieldId(999L).value("x").build()));
    assertEquals(List.of("The selected custom field id is invalid."), rejected.errors().get("custom_field_id"));
  }

  @Test
  @Covers({"favoriteTicket", "unfavoriteTicket"})
  void marksAndUnmarksAFavoriteOfAnExistingTicketOnly(TrengoClient trengo, TrengoSandbox sandbox) {
    long ticketId = anOpenTicket(trengo);

    trengo.tickets().favorite(ticketId);
    trengo.tickets().unfavoriteAsync(ticketId).join();

    assertTrue(sandbox.receivedRequests().stream().anyMatch(r -> r.is("DELETE", "/tickets/" + ticketId + "/favorited/0")));
    assertThrows(NotFoundException.class, () -> trengo.tickets().favorite(1));
  }

  private static List<Long> messageIds(TrengoClient trengo, long ticketId) {
    return trengo.messages().listAll(ticketId).stream().map(com.trengo.client.model.Message::getId).toList();
  }
}
