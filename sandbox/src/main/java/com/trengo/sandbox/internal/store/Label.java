package com.trengo.sandbox.internal.store;

/** A label that can be attached to tickets; {@code color} may be null. */
public record Label(long id, String name, String color) {}
