package com.trengo.sandbox.internal.store;

/** An approved WhatsApp Business template (HSM); {@code text} has {{1}}-style placeholders. */
public record WhatsAppTemplate(long id, String name, String text) {}
