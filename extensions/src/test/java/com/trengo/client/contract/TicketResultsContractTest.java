package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.TrengoClient;
import com.trengo.client.builder.CreateTicketResult;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.TicketResult;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ticket results through TrengoClient against the sandbox: list, get, create, update, delete, and
 * closing a ticket with one named.
 */
class TicketResultsContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"listTicketResults", "getTicketResult"})
  void listsTheSeededResultsAndGetsOne(TrengoClient trengo) {
    List<TicketResult> all = trengo.ticketResults().listAll().stream().toList();

    assertEquals(List.of("Solved", "No reply"), all.stream().map(TicketResult::getName).toList());
    assertEquals(2, trengo.ticketResults().list(1).getMeta().getTotal());
    assertEquals("No reply", trengo.ticketResults().get(1002).getName());
    assertNull(trengo.ticketResults().get(1002).getSortOrder());
    assertThrows(NotFoundException.class, () -> trengo.ticketResults().get(999));
  }

  @Test
  @Covers({"createTicketResult", "updateTicketResult", "deleteTicketResult", "getTicketResult"})
  void createsRenamesAndDeletesAResult(TrengoClient trengo) {
    TicketResult created = trengo.ticketResults().create(CreateTicketResult.builder().name("Sold").sortOrder(3).build());

    TicketResult renamed = trengo.ticketResults().update(created.getId(),
        CreateTicketResult.builder().name("Sold (upsell)").build());
    trengo.ticketResults().deleteAsync(created.getId()).join();

    assertEquals(3, created.getSortOrder());
    assertEquals("Sold (upsell)", renamed.getName());
    assertThrows(NotFoundException.class, () -> trengo.ticketResults().get(created.getId()));
  }

  @Test
  @Covers({"listTicketResults", "closeTicket"})
  void closesATicketWithAResultNamedIgnoringCase(TrengoClient trengo, TrengoSandbox sandbox) {
    Ticket closed = trengo.tickets().closeWithResult(90006, "no REPLY");

    assertEquals(Ticket.StatusEnum.CLOSED, closed.getStatus());
    assertEquals("{\"ticket_result_id\":1002}", sandbox.receivedRequests().stream()
        .filter(r -> r.is("POST", "/tickets/90006/close")).findFirst().orElseThrow().body());
    assertEquals(Optional.empty(), trengo.ticketResults().findByName("Escalated"));
  }

  @Test
  @Covers({"listTicketResults", "getTicket"})
  void anUnknownResultNameClosesNothing(TrengoClient trengo, TrengoSandbox sandbox) {
    Ticket.StatusEnum before = trengo.tickets().get(90006).getStatus();

    TrengoValidationException unknown =
        assertThrows(TrengoValidationException.class, () -> trengo.tickets().closeWithResult(90006, "Escalated"));

    assertEquals("ticket_result", unknown.errors().get(0).field());
    assertEquals("Escalated", unknown.errors().get(0).value().replace("\"", ""));
    assertEquals(before, trengo.tickets().get(90006).getStatus());
    assertEquals(0, sandbox.receivedRequests().stream().filter(r -> r.is("POST", "/tickets/90006/close")).count());
  }
}
