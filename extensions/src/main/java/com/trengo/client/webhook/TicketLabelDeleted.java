package com.trengo.client.webhook;

/** {@code TICKET_LABEL_DELETED}: a label was removed from a ticket. */
public final class TicketLabelDeleted extends TicketLabelEvent {
  TicketLabelDeleted(PayloadReader fields) {
    super(fields);
  }
}
