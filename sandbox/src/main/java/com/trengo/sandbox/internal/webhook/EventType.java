package com.trengo.sandbox.internal.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events a webhook can be registered for (developers.trengo.com/docs/webhooks, and /docs/payload
 * for TICKET_CREATED and TICKET_MERGED), and whether an API call causes each in the sandbox.
 */
public enum EventType {
  INBOUND,
  OUTBOUND,
  NOTE,
  TICKET_CREATED,
  TICKET_LABEL_ADDED,
  TICKET_LABEL_DELETED,
  TICKET_ASSIGNED,
  TICKET_CLOSED,
  TICKET_REOPENED,
  TICKET_MERGED,
  TICKET_MARKED_AS_SPAM,
  TICKET_UNMARKED_AS_SPAM,
  VOICE_CALL_STARTED,
  VOICE_CALL_ENDED,
  VOICE_CALL_RECORDED,
  VOICE_CALL_MISSED,
  VOICE_CALL_ROUTE_NUMBER;

  /** The type named {@code name} exactly, if it is one. */
  public static Optional<EventType> named(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
