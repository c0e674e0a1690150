package com.trengo.sandbox.internal.store;

import java.time.Instant;

/**
 * A note an agent left on a contact. {@code userId} is null: the sandbox does not know which agent a token
 * belongs to.
 */
public record ContactNote(long id, long contactId, String note, Long userId, Instant createdAt) {}
