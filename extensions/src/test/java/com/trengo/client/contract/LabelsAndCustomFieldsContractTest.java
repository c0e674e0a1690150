package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.builder.CreateCustomField;
import com.trengo.client.builder.CreateLabel;
import com.trengo.client.builder.UpdateCustomField;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CreateCustomFieldRequest.TypeEnum;
import com.trengo.client.model.CustomField;
import com.trengo.client.model.Label;
import com.trengo.client.model.LabelList;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.UpdateCustomFieldRequest;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Labels and custom fields through TrengoClient against the sandbox: each one's list, get, create,
 * update and delete, labels on tickets, and finding a label by name.
 */
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
  void createsCustomFieldsOfAnEntityAsTextFields(TrengoClient trengo) {
    CustomField order =
        trengo.customFields().create(CreateCustomField.builder().title("Order number").type(TypeEnum.TICKET).build());
    CustomField due =
        trengo.customFields().createAsync(
            new CreateCustomFieldRequest().title("Due date").type(CreateCustomFieldRequest.TypeEnum.CONTACT)).join();

    assertEquals("Order number", order.getTitle());
    assertEquals("TICKET", order.getType(), "type is the entity");
    assertEquals("TEXT", order.getFieldType(), "no source sends a kind, so the field is text");
    assertEquals("CONTACT", due.getType());
    assertTrue(due.getId() > order.getId(), order.getId() + " then " + due.getId());
  }

  @Test
  @Covers("createCustomField")
  void aCustomFieldWithoutATitleOrWithAKindAsItsTypeIs422(TrengoClient trengo, TrengoSandbox sandbox) {
    UnprocessableEntityException untitled =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.customFields().create(
                new CreateCustomFieldRequest().title(" ").type(CreateCustomFieldRequest.TypeEnum.PROFILE)));
    UnprocessableEntityException kind =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.customFields().create(
                new CreateCustomFieldRequest().title("Due").type(CreateCustomFieldRequest.TypeEnum.fromValue("DATE"))));

    assertEquals(Set.of("title"), untitled.errors().keySet());
    assertEquals(List.of("The selected type is invalid."), kind.errors().get("type"));
    sandbox.clearViolations(); // DATE is outside the contract's enum too: past the builder on purpose
  }

  @Test
  @Covers({"listCustomFields", "getCustomField"})
  void listsTheSeededCustomFieldsAndGetsOne(TrengoClient trengo) {
    List<CustomField> all = trengo.customFields().listAll().stream().toList();

    assertEquals(List.of(501L, 502L, 503L), all.stream().map(CustomField::getId).toList());
    assertEquals(3, trengo.customFields().list(1).getMeta().getTotal());
    CustomField tier = trengo.customFields().get(502);
    assertEquals("Loyalty tier", tier.getTitle());
    assertEquals("CONTACT", tier.getType());
    assertEquals("DROPDOWN", tier.getFieldType());
    assertThrows(NotFoundException.class, () -> trengo.customFields().get(999));
  }

  @Test
  @Covers({"updateCustomField", "getCustomField"})
  void renamesACustomFieldAndKeepsWhatTheUpdateDoesNotName(TrengoClient trengo) {
    CustomField renamed = trengo.customFields().update(502, UpdateCustomField.builder().title("Tier").build());
    CustomField moved = trengo.customFields().updateAsync(503,
        UpdateCustomField.builder().type(UpdateCustomFieldRequest.TypeEnum.PROFILE).build()).join();

    assertEquals("Tier", renamed.getTitle());
    assertEquals("CONTACT", renamed.getType());
    assertEquals("DROPDOWN", trengo.customFields().get(502).getFieldType());
    assertEquals("Order reference", moved.getTitle());
    assertEquals("PROFILE", moved.getType());
  }

  @Test
  @Covers({"deleteCustomField", "getCustomField", "getContact"})
  void deletingACustomFieldRemovesEveryValueOfIt(TrengoClient trengo) {
    long contactId = trengo.contacts().listAll(null).stream()
        .filter(c -> c.getCustomFieldValues().stream().anyMatch(v -> v.getCustomFieldId() == 501L))
        .findFirst().orElseThrow().getId();

    trengo.customFields().delete(501);

    assertThrows(NotFoundException.class, () -> trengo.customFields().get(501));
    assertTrue(trengo.contacts().get(contactId).getCustomFieldValues().stream().noneMatch(v -> v.getCustomFieldId() == 501L));
  }

  @Test
  @Covers({"listLabels", "getLabel"})
  void listsTheSeededLabelsAndGetsOneAsTheRealLabelPayloadIs(TrengoClient trengo) {
    LabelList first = trengo.labels().list(1);
    List<Label> all = trengo.labels().listAll().stream().toList();

    assertEquals(List.of("VIP", "Bug", "Refund", "Feedback", "Urgent"), all.stream().map(Label::getName).toList());
    assertEquals(5, first.getMeta().getTotal());
    Label urgent = trengo.labels().get(URGENT);
    assertEquals("urgent", urgent.getSlug());
    assertEquals("#DA4453", urgent.getColor());
    assertThrows(NotFoundException.class, () -> trengo.labels().get(999));
  }

  @Test
  @Covers({"createLabel", "updateLabel", "getLabel"})
  void createsARenamesALabel(TrengoClient trengo, TrengoSandbox sandbox) {
    Label created = trengo.labels().create(CreateLabel.builder().name("Call back").color("#5D9CEC").build());

    Label renamed = trengo.labels().update(created.getId(), CreateLabel.builder().name("Call back today").build());

    assertEquals("{\"name\":\"Call back\",\"color\":\"#5D9CEC\"}", sandbox.receivedRequests().stream()
        .filter(r -> r.is("POST", "/labels")).findFirst().orElseThrow().body());
    assertEquals("call-back", created.getSlug());
    assertEquals("Call back today", trengo.labels().get(created.getId()).getName());
    assertEquals(created.getId(), renamed.getId());
  }

  @Test
  @Covers({"deleteLabel", "attachLabelToTicket", "getTicket", "getLabel"})
  void aDeletedLabelLeavesEveryTicket(TrengoClient trengo) {
    Label temporary = trengo.labels().create(CreateLabel.builder().name("Temporary").build());
    trengo.labels().attachToTicket(90002, temporary.getId());

    trengo.labels().delete(temporary.getId());

    assertThrows(NotFoundException.class, () -> trengo.labels().get(temporary.getId()));
    assertTrue(trengo.tickets().get(90002).getLabels().stream().noneMatch(l -> l.getId().equals(temporary.getId())));
    assertTrue(labelled(trengo, temporary.getId()).isEmpty());
  }

  @Test
  @Covers("listLabels")
  void findsALabelByNameIgnoringCase(TrengoClient trengo) {
    assertEquals(URGENT, trengo.labels().findByName("URGENT").orElseThrow().getId());
    assertEquals(Optional.empty(), trengo.labels().findByName("Urgentt"));
  }

  @Test
  @Covers({"attachLabelToTicket", "createCustomField"})
  @SuppressWarnings("deprecation") // what this test is about
  void theFirstVersionsGroupedServiceStillWorks(TrengoClient trengo) {
    Label attached = trengo.labelsAndCustomFields().attachLabel(90003, URGENT);
    CustomField field = trengo.labelsAndCustomFields().createCustomField(
        new CreateCustomFieldRequest().title("Legacy").type(CreateCustomFieldRequest.TypeEnum.CONTACT));

    assertEquals(URGENT, attached.getId());
    assertEquals("Legacy", trengo.customFields().get(field.getId()).getTitle());
  }

  private static Set<Long> labelled(TrengoClient trengo, long labelId) {
    return Set.copyOf(
        trengo.tickets().listAll(TicketQuery.builder().label(labelId).build()).stream().map(Ticket::getId).toList());
  }
}
