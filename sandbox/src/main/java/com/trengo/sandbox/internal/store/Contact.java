package com.trengo.sandbox.internal.store;

import java.time.Instant;

/** A contact; {@code email} and {@code phone} may be null (absent on the wire). */
public record Contact(
    long id, String name, String identifier, long channelId, String email, String phone, Instant createdAt) {}
