package com.trengo.sandbox.internal.store;

/** An outcome a ticket can be closed with (closeTicket's ticket_result_id). */
public record TicketResult(long id, String name) {}
