package com.trengo.client;

/**
 * What a create-once call ({@link ContactsService#createOnce}) did: the value, and how it was settled.
 *
 * @param value the created contact, or the one a lookup found after an unknown outcome
 * @param sends how many times the create was sent (1 when the first send was answered)
 * @param unknownOutcomes how many sends ended with an unknown outcome, each followed by a lookup
 * @param foundByLookup whether {@code value} came from such a lookup rather than from a create's answer
 * @param <T> the kind of value
 */
public record Created<T>(T value, int sends, int unknownOutcomes, boolean foundByLookup) {}
