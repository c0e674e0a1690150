package com.trengo.client.webhook;

/** {@code TICKET_LABEL_ADDED}: a label was added to a ticket. */
public final class TicketLabelAdded extends TicketLabelEvent {
  TicketLabelAdded(PayloadReader fields) {
    super(fields);
  }
}
