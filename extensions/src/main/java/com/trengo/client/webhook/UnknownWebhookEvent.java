package com.trengo.client.webhook;

/**
 * A delivery of a type this version does not know (one Trengo added later, or a custom type string):
 * {@link #type()} has the type as given, {@link #payload()} every field as sent.
 */
public final class UnknownWebhookEvent extends WebhookEvent {
  UnknownWebhookEvent(PayloadReader fields) {
    super(fields);
  }
}
