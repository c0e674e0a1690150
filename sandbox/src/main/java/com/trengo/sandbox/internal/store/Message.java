package com.trengo.sandbox.internal.store;

import java.time.Instant;
import java.util.List;

/**
 * A message on a ticket. Ids start above 2^31, as real Trengo message ids do. {@code bodyType} is what
 * the message is (TEXT, or CALL_LOG for a logged phone call); {@code fileName} the URL of its file (a
 * call's recording), or null.
 */
public record Message(
    long id,
    long ticketId,
    String body,
    MessageType type,
    boolean internalNote,
    List<Attachment> attachments,
    Instant createdAt,
    String bodyType,
    String fileName) {

  /** Copies the attachment list so a message cannot change under the store. */
  public Message {
    attachments = List.copyOf(attachments);
  }

  /** This message in another ticket's thread (after a merge). */
  public Message movedTo(long newTicketId) {
    return new Message(id, newTicketId, body, type, internalNote, attachments, createdAt, bodyType, fileName);
  }
}
