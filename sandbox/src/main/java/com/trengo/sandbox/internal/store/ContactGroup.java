package com.trengo.sandbox.internal.store;

/** A named group of contacts; a contact's groups are set with updateContact's contact_group_ids. */
public record ContactGroup(long id, String name) {}
