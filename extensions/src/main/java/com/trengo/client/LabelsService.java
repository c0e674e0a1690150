package com.trengo.client;

import com.trengo.client.api.LabelsAndCustomFieldsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.AttachLabelToTicketRequest;
import com.trengo.client.model.Label;
import java.util.concurrent.CompletableFuture;

/** Ticket labels: attach and detach. Get one from {@link TrengoClient#labels()}. */
public final class LabelsService {
  private final CallExecutor executor;
  private final LabelsAndCustomFieldsApi api;

  LabelsService(CallExecutor executor, LabelsAndCustomFieldsApi api) {
    this.executor = executor;
    this.api = api;
  }

  /**
   * Attaches an existing label to a ticket and returns the label. Never resent once it may have
   * reached the server.
   */
  public Label attachToTicket(long ticketId, long labelId) {
    return executor.execute(api.attachLabelToTicket(ticketId, new AttachLabelToTicketRequest().labelId(labelId)));
  }

  /** Async form of {@link #attachToTicket(long, long)}. */
  public CompletableFuture<Label> attachToTicketAsync(long ticketId, long labelId) {
    return executor.executeAsync(api.attachLabelToTicket(ticketId, new AttachLabelToTicketRequest().labelId(labelId)));
  }

  /**
   * Takes the label off the ticket; a label the ticket does not have is not an error. Resent after a
   * failure like any DELETE.
   */
  public void detachFromTicket(long ticketId, long labelId) {
    executor.execute(api.detachLabelFromTicket(ticketId, labelId));
  }

  /** Async form of {@link #detachFromTicket(long, long)}. */
  public CompletableFuture<Void> detachFromTicketAsync(long ticketId, long labelId) {
    return executor.executeAsync(api.detachLabelFromTicket(ticketId, labelId));
  }
}
