package com.trengo.sandbox.internal.store;

import java.time.Instant;

/** An SMS message sent from one of the account's SMS channels, and what it cost, in cents. */
public record SmsMessage(long id, long channelId, String to, String message, long costCents, Instant createdAt) {}
