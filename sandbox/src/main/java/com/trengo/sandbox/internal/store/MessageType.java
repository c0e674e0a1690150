package com.trengo.sandbox.internal.store;

/** Direction of a message. */
public enum MessageType {
  /** From the contact. */
  INBOUND,
  /** From an agent (or an internal note). */
  OUTBOUND
}
