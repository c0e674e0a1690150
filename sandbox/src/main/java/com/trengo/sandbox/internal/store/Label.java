package com.trengo.sandbox.internal.store;

/** A label that can be attached to tickets. */
public record Label(long id, String name) {}
