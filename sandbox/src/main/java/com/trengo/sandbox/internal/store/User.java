package com.trengo.sandbox.internal.store;

/** An agent of the account. */
public record User(long id, String name, String email, boolean admin) {}
