package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CustomField;
import com.trengo.client.model.Label;
import com.trengo.client.model.Ticket;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Labels and custom fields through TrengoClient against the sandbox. */
class LabelsAndCustomFieldsContractTest {

  /** The seeded label "Urgent". */
  private static final long URGENT = 405;

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"attachLabelToTicket", "listTickets"})
  void attachesALabelThenTheTicketIsListedUnderIt(TrengoClient trengo) {
    Set<Long> before = labelled(trengo, URGENT);
    long ticketId =
        LongStream.rangeClosed(90001, 90030).filter(id -> !before.contains(id)).findFirst().orElseThrow();

    Label attached = trengo.labels().attachToTicket(ticketId, URGENT);

    Set<Long> after = labelled(trengo, URGENT);
    assertEquals(URGENT, attached.getId(), "Trengo answers the label");
    assertEquals("Urgent", attached.getName());
    assertFalse(before.contains(ticketId));
    assertTrue(after.contains(ticketId), "listed under the label after: " + after);
    assertEquals(before.size() + 1, after.size());
  }

  @Test
  @Covers("attachLabelToTicket")
  void anUnknownLabelIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(UnprocessableEntityException.class, () -> trengo.labels().attachToTicket(90001, 999));

    assertEquals(List.of("The selected label id is invalid."), rejected.errors().get("label_id"));
  }

  @Test
  @Covers("attachLabelToTicket")
  void labellingAnUnknownTicketIsNotFound(TrengoClient trengo) {
    assertThrows(NotFoundException.class, () -> trengo.labels().attachToTicket(1, URGENT));
  }

  @Test
  @Covers({"attachLabelToTicket", "detachLabelFromTicket", "getTicket", "listTickets"})
  void aDetachedLabelIsNoLongerOnTheTicketNorListedUnderIt(TrengoClient trengo) {
    long ticketId = 90001;
    trengo.labels().attachToTicket(ticketId, URGENT);

    trengo.labels().detachFromTicket(ticketId, URGENT);
    trengo.labels().detachFromTicketAsync(ticketId, URGENT).join(); // not attached any more: no error

    assertFalse(trengo.tickets().get(ticketId).getLabels().stream().anyMatch(l -> l.getId() == URGENT));
    assertFalse(labelled(trengo, URGENT).contains(ticketId));
    assertThrows(NotFoundException.class, () -> trengo.labels().detachFromTicket(ticketId, 999));
  }

  @Test
  @Covers("createCustomField")
  void createsCustomFieldsWithTheirOwnIds(TrengoClient trengo) {
    CustomField order =
        trengo.labelsAndCustomFields().createCustomField(
            new CreateCustomFieldRequest().title("Order number").type(CreateCustomFieldRequest.TypeEnum.TEXT));
    CustomField due =
        trengo.labelsAndCustomFields().createCustomField(
            new CreateCustomFieldRequest().title("Due date").type(CreateCustomFieldRequest.TypeEnum.DATE));

    assertEquals("Order number", order.getTitle());
    assertEquals("TEXT", order.getType());
    assertEquals("DATE", due.getType());
    assertTrue(due.getId() > order.getId(), order.getId() + " then " + due.getId());
  }

  @Test
  @Covers("createCustomField")
  void aCustomFieldWithoutATitleIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.labelsAndCustomFields().createCustomField(
                new CreateCustomFieldRequest().title(" ").type(CreateCustomFieldRequest.TypeEnum.NUMBER)));

    assertEquals(Set.of("title"), rejected.errors().keySet());
  }

  private static Set<Long> labelled(TrengoClient trengo, long labelId) {
    return Set.copyOf(
        trengo.tickets().listAll(TicketQuery.builder().label(labelId).build()).stream().map(Ticket::getId).toList());
  }
}
