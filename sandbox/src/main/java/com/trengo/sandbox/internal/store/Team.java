package com.trengo.sandbox.internal.store;

/** A team of agents. */
public record Team(long id, String name) {}
