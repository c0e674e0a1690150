package com.trengo.client;

import com.trengo.client.api.LabelsAndCustomFieldsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CustomField;
import com.trengo.client.model.Label;
import java.util.concurrent.CompletableFuture;

/** Labels and custom fields. Get one from {@link TrengoClient#labelsAndCustomFields()}. */
public final class LabelsAndCustomFieldsService {
  private final CallExecutor executor;
  private final LabelsAndCustomFieldsApi api;
  private final LabelsService labels;

  LabelsAndCustomFieldsService(CallExecutor executor, LabelsAndCustomFieldsApi api, LabelsService labels) {
    this.executor = executor;
    this.api = api;
    this.labels = labels;
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

  /** Creates a custom field. Never resent once it may have reached the server. */
  public CustomField createCustomField(CreateCustomFieldRequest request) {
    return executor.execute(api.createCustomField(request));
  }

  /** Async form of {@link #createCustomField(CreateCustomFieldRequest)}. */
  public CompletableFuture<CustomField> createCustomFieldAsync(CreateCustomFieldRequest request) {
    return executor.executeAsync(api.createCustomField(request));
  }
}
