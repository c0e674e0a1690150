package com.trengo.sandbox.internal.store;

/** A custom field definition; {@code type} is TEXT, NUMBER, DATE or DROPDOWN. */
public record CustomField(long id, String title, String type) {}
