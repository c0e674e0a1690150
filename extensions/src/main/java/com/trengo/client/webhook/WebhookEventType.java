package com.trengo.client.webhook;

import java.util.function.Function;

/**
 * The types of event a Trengo webhook can be registered for (its {@code type}), each with the class
 * its deliveries parse to. A delivery's body does not say its type: one webhook receives one type,
 * so the receiver is told which (see {@link WebhookReceiver.Builder#webhook(String, String)}).
 *
 * <p>Source: https://developers.trengo.com/docs/webhooks and the payload list Trengo publishes with
 * it (TICKET_CREATED and TICKET_MERGED appear only in the latter).
 */
public enum WebhookEventType {
  /** An inbound message was received: {@link InboundMessage}. */
  INBOUND(InboundMessage.class, InboundMessage::new),
  /** An outbound message was sent: {@link OutboundMessage}. */
  OUTBOUND(OutboundMessage.class, OutboundMessage::new),
  /** An internal note was created: {@link InternalNote}. */
  NOTE(InternalNote.class, InternalNote::new),
  /** A ticket was created: {@link TicketCreated}. */
  TICKET_CREATED(TicketCreated.class, TicketCreated::new),
  /** A ticket was assigned to an agent or a team: {@link TicketAssigned}. */
  TICKET_ASSIGNED(TicketAssigned.class, TicketAssigned::new),
  /** A ticket was closed: {@link TicketClosed}. */
  TICKET_CLOSED(TicketClosed.class, TicketClosed::new),
  /** A ticket was reopened: {@link TicketReopened}. */
  TICKET_REOPENED(TicketReopened.class, TicketReopened::new),
  /** A ticket was merged into another: {@link TicketMerged}. */
  TICKET_MERGED(TicketMerged.class, TicketMerged::new),
  /** A label was added to a ticket: {@link TicketLabelAdded}. */
  TICKET_LABEL_ADDED(TicketLabelAdded.class, TicketLabelAdded::new),
  /** A label was removed from a ticket: {@link TicketLabelDeleted}. */
  TICKET_LABEL_DELETED(TicketLabelDeleted.class, TicketLabelDeleted::new),
  /** A ticket was marked as spam: {@link TicketMarkedAsSpam}. */
  TICKET_MARKED_AS_SPAM(TicketMarkedAsSpam.class, TicketMarkedAsSpam::new),
  /** A ticket was unmarked as spam: {@link TicketUnmarkedAsSpam}. */
  TICKET_UNMARKED_AS_SPAM(TicketUnmarkedAsSpam.class, TicketUnmarkedAsSpam::new),
  /** A voice call started: {@link VoiceCallStarted}. */
  VOICE_CALL_STARTED(VoiceCallStarted.class, VoiceCallStarted::new),
  /** A voice call ended: {@link VoiceCallEnded}. */
  VOICE_CALL_ENDED(VoiceCallEnded.class, VoiceCallEnded::new),
  /** A voice call was recorded: {@link VoiceCallRecorded}. */
  VOICE_CALL_RECORDED(VoiceCallRecorded.class, VoiceCallRecorded::new),
  /** A voice call was missed: {@link VoiceCallMissed}. */
  VOICE_CALL_MISSED(VoiceCallMissed.class, VoiceCallMissed::new),
  /** An IVR action was sent: {@link VoiceCallRouteNumber}. */
  VOICE_CALL_ROUTE_NUMBER(VoiceCallRouteNumber.class, VoiceCallRouteNumber::new),
  /**
   * A type this version does not know: {@link UnknownWebhookEvent}, with every field in its {@link
   * WebhookEvent#payload()}; {@link OpenEnum#raw()} of {@link WebhookEvent#type()} has the type.
   */
  UNRECOGNIZED(UnknownWebhookEvent.class, UnknownWebhookEvent::new);

  private final Class<? extends WebhookEvent> eventClass;
  private final Function<PayloadReader, WebhookEvent> parser;

  WebhookEventType(Class<? extends WebhookEvent> eventClass, Function<PayloadReader, WebhookEvent> parser) {
    this.eventClass = eventClass;
    this.parser = parser;
  }

  /** The class this type's deliveries parse to. */
  public Class<? extends WebhookEvent> eventClass() {
    return eventClass;
  }

  WebhookEvent read(PayloadReader fields) {
    return parser.apply(fields);
  }
}
