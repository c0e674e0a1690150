package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.TrengoClient;
import com.trengo.client.builder.CreateContactGroup;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.model.ContactGroup;
import com.trengo.client.model.ContactGroupList;
import com.trengo.client.model.UpdateContactRequest;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contact groups through TrengoClient against the sandbox: list, get, create, rename, delete. */
class ContactGroupsContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"listContactGroups", "getContactGroup"})
  void listsTheSeededGroupsAsTheRealListIsPagedAndGetsOne(TrengoClient trengo) {
    ContactGroupList page = trengo.contactGroups().list(1);

    assertEquals(List.of("Newsletter", "Key accounts"), page.getData().stream().map(ContactGroup::getName).toList());
    assertEquals(999, page.getMeta().getPerPage());
    assertEquals(2, trengo.contactGroups().listAll().stream().count());
    assertEquals("Key accounts", trengo.contactGroups().get(902).getName());
    assertThrows(NotFoundException.class, () -> trengo.contactGroups().get(999));
  }

  @Test
  @Covers({"createContactGroup", "updateContactGroup", "updateContact", "getContact"})
  void createsARenamesAGroupThatContactsThenShow(TrengoClient trengo) {
    ContactGroup created = trengo.contactGroups().create(CreateContactGroup.builder().name("VIP").build());
    trengo.contacts().update(5001, new UpdateContactRequest().contactGroupIds(List.of(created.getId())));

    trengo.contactGroups().updateAsync(created.getId(), CreateContactGroup.builder().name("VIP customers").build()).join();

    assertEquals(List.of("VIP customers"), trengo.contacts().get(5001).getGroups().stream().map(ContactGroup::getName).toList());
  }

  @Test
  @Covers({"deleteContactGroup", "updateContact", "getContact", "getContactGroup"})
  void aDeletedGroupLeavesItsContacts(TrengoClient trengo) {
    trengo.contacts().update(5002, new UpdateContactRequest().contactGroupIds(List.of(901L, 902L)));

    trengo.contactGroups().delete(901);

    assertThrows(NotFoundException.class, () -> trengo.contactGroups().get(901));
    assertEquals(List.of(902L), trengo.contacts().get(5002).getGroups().stream().map(ContactGroup::getId).toList());
  }
}
