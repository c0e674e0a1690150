package com.trengo.sandbox.internal.store;

/** An outcome a ticket can be closed with (closeTicket's ticket_result_id); {@code sortOrder} may be null. */
public record TicketResult(long id, String name, Integer sortOrder) {}
