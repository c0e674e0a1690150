package com.trengo.client;

import com.trengo.client.api.LabelsAndCustomFieldsApi;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.AttachLabelToTicketRequest;
import com.trengo.client.model.Label;
import com.trengo.client.model.LabelList;
import com.trengo.client.model.LabelRequest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Ticket labels: list, get, create, update, delete ({@link com.trengo.client.builder.CreateLabel} builds
 * the body), attach to and detach from tickets, and find one by name. Get one from {@link
 * TrengoClient#labels()}.
 */
public final class LabelsService extends CrudService<Label, LabelList, LabelRequest, LabelRequest> {
  private final LabelsAndCustomFieldsApi api;

  LabelsService(CallExecutor executor, LabelsAndCustomFieldsApi api) {
    super(
        executor,
        Listing.of(api::listLabels, LabelList::getData, LabelList::getMeta, LabelList::getLinks, Label::getId),
        api::getLabel,
        api::createLabel,
        api::updateLabel,
        api::deleteLabel);
    this.api = api;
  }

  /**
   * The label called {@code name}, compared ignoring case, as an agent reads label names; the first the
   * list returns when several match (Trengo is not known to keep names unique). Walks {@link #listAll()},
   * so it costs a request per page of labels; keep the id rather than look it up per ticket.
   *
   * @throws TrengoValidationException when {@code name} is null or blank; nothing is sent
   */
  public Optional<Label> findByName(String name) {
    return ByName.first("findByName", listAll().stream(), Label::getName, name);
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
