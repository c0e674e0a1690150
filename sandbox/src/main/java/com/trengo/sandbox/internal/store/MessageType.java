package com.trengo.sandbox.internal.store;

/** What a message is. */
public enum MessageType {
  /** From the contact. */
  INBOUND,
  /** From an agent. */
  OUTBOUND,
  /** An internal note: agents see it, the contact does not. */
  NOTE
}
