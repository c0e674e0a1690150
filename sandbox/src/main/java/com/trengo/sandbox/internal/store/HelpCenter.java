package com.trengo.sandbox.internal.store;

/** A help center: its name and slug. */
public record HelpCenter(long id, String name, String slug) {}
