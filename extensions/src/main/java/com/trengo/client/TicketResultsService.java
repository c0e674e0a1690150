package com.trengo.client;

import com.trengo.client.api.TicketResultsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.TicketResult;
import com.trengo.client.model.TicketResultList;
import com.trengo.client.model.TicketResultRequest;
import java.util.Optional;

/**
 * Ticket results, the outcomes a ticket is closed with: list, get, create, update ({@link
 * com.trengo.client.builder.CreateTicketResult} builds both bodies), delete, and find one by name. Close
 * with one by {@code tickets().close(ticketId, resultId)} or {@code tickets().closeWithResult(ticketId,
 * name)}. Get one from {@link TrengoClient#ticketResults()}.
 */
public final class TicketResultsService
    extends CrudService<TicketResult, TicketResultList, TicketResultRequest, TicketResultRequest> {

  TicketResultsService(CallExecutor executor, TicketResultsApi api) {
    super(
        executor,
        Listing.of(api::listTicketResults, TicketResultList::getData, TicketResultList::getMeta,
            TicketResultList::getLinks, TicketResult::getId),
        api::getTicketResult,
        api::createTicketResult,
        api::updateTicketResult,
        api::deleteTicketResult);
  }

  /**
   * The ticket result called {@code name}, compared ignoring case; the first the list returns when
   * several match. Walks {@link #listAll()}.
   *
   * @throws com.trengo.client.error.TrengoValidationException when {@code name} is null or blank;
   *     nothing is sent
   */
  public Optional<TicketResult> findByName(String name) {
    return ByName.first("findByName", listAll().stream(), TicketResult::getName, name);
  }
}
