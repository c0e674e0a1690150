package com.trengo.sandbox.internal.store;

/** A webhook subscription; {@code name} may be null. */
public record Webhook(long id, String url, String name) {}
