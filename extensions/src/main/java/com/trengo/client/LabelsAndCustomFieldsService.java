package com.trengo.client;

import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CustomField;
import com.trengo.client.model.Label;
import java.util.concurrent.CompletableFuture;

/**
 * Labels and custom fields, as the first version of the client grouped them. Get one from {@link
 * TrengoClient#labelsAndCustomFields()}.
 *
 * @deprecated the two are unrelated resources, each with a service of its own since they have lists,
 *     gets, updates and deletes: {@link TrengoClient#labels()} and {@link TrengoClient#customFields()}.
 *     These methods call the same operations and keep working.
 */
@Deprecated
public final class LabelsAndCustomFieldsService {
  private final LabelsService labels;
  private final CustomFieldsService customFields;

  LabelsAndCustomFieldsService(LabelsService labels, CustomFieldsService customFields) {
    this.labels = labels;
    this.customFields = customFields;
  }

  /**
   * Attaches an existing label to a ticket and returns the label.
   *
   * @deprecated use {@link LabelsService#attachToTicket(long, long)}
   */
  @Deprecated
  public Label attachLabel(long ticketId, long labelId) {
    return labels.attachToTicket(ticketId, labelId);
  }

  /**
   * Async form of {@link #attachLabel(long, long)}.
   *
   * @deprecated use {@link LabelsService#attachToTicketAsync(long, long)}
   */
  @Deprecated
  public CompletableFuture<Label> attachLabelAsync(long ticketId, long labelId) {
    return labels.attachToTicketAsync(ticketId, labelId);
  }

  /**
   * Creates a custom field. Never resent once it may have reached the server.
   *
   * @deprecated use {@link CustomFieldsService#create}
   */
  @Deprecated
  public CustomField createCustomField(CreateCustomFieldRequest request) {
    return customFields.create(request);
  }

  /**
   * Async form of {@link #createCustomField(CreateCustomFieldRequest)}.
   *
   * @deprecated use {@link CustomFieldsService#createAsync}
   */
  @Deprecated
  public CompletableFuture<CustomField> createCustomFieldAsync(CreateCustomFieldRequest request) {
    return customFields.createAsync(request);
  }
}
