package com.trengo.client;

import com.trengo.client.api.LabelsAndCustomFieldsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CustomField;
import com.trengo.client.model.CustomFieldList;
import com.trengo.client.model.UpdateCustomFieldRequest;

/**
 * Custom fields of contacts, profiles and tickets: list, get, create ({@link
 * com.trengo.client.builder.CreateCustomField}), update ({@link
 * com.trengo.client.builder.UpdateCustomField}), delete (every value of the field goes with it). Values
 * are set with {@code contacts().setCustomField(..)} and {@code tickets().setCustomField(..)}. Get one
 * from {@link TrengoClient#customFields()}.
 */
public final class CustomFieldsService
    extends CrudService<CustomField, CustomFieldList, CreateCustomFieldRequest, UpdateCustomFieldRequest> {

  CustomFieldsService(CallExecutor executor, LabelsAndCustomFieldsApi api) {
    super(
        executor,
        Listing.of(api::listCustomFields, CustomFieldList::getData, CustomFieldList::getMeta,
            CustomFieldList::getLinks, CustomField::getId),
        api::getCustomField,
        api::createCustomField,
        api::updateCustomField,
        api::deleteCustomField);
  }
}
