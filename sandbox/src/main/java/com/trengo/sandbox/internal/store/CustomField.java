package com.trengo.sandbox.internal.store;

/**
 * A custom field definition. {@code type} is the entity it belongs to (CONTACT, PROFILE, TICKET);
 * {@code fieldType} the kind of value (TEXT, NUMBER, DATE, DROPDOWN, ...), as real payloads carry them.
 */
public record CustomField(long id, String title, String type, String fieldType) {}
