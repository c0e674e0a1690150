package com.trengo.client;

import com.trengo.client.api.ContactGroupsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.ContactGroup;
import com.trengo.client.model.ContactGroupList;
import com.trengo.client.model.ContactGroupRequest;

/**
 * Contact groups: list, get, create, rename ({@link com.trengo.client.builder.CreateContactGroup} builds
 * both bodies), delete (its contacts stay). A contact is put in groups with {@code
 * contacts().update(..)}'s {@code contact_group_ids}. Get one from {@link TrengoClient#contactGroups()}.
 */
public final class ContactGroupsService
    extends CrudService<ContactGroup, ContactGroupList, ContactGroupRequest, ContactGroupRequest> {

  ContactGroupsService(CallExecutor executor, ContactGroupsApi api) {
    super(
        executor,
        Listing.of(api::listContactGroups, ContactGroupList::getData, ContactGroupList::getMeta,
            ContactGroupList::getLinks, ContactGroup::getId),
        api::getContactGroup,
        api::createContactGroup,
        api::updateContactGroup,
        api::deleteContactGroup);
  }
}
