package com.trengo.client.webhook;

import java.util.Optional;

/** A label was added to or removed from a ticket: {@link TicketLabelAdded} or {@link TicketLabelDeleted}. */
public abstract class TicketLabelEvent extends TicketEvent {
  private final long labelId;
  private final Optional<String> labelName;

  TicketLabelEvent(PayloadReader fields) {
    super(fields);
    this.labelId = fields.requiredId("label_id");
    this.labelName = fields.optionalText("label_name");
  }

  /** The label ({@code label_id}). */
  public long labelId() {
    return labelId;
  }

  /** The label's name ({@code label_name}). */
  public Optional<String> labelName() {
    return labelName;
  }
}
