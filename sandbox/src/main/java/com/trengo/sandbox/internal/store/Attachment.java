package com.trengo.sandbox.internal.store;

/** A file attached to a message. */
public record Attachment(String url, String filename) {}
