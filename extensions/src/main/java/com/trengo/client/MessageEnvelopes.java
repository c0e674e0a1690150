package com.trengo.client;

import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.model.Message;
import com.trengo.client.model.MessageEnvelope;

/**
 * Unwraps the {@code {"message": {...}}} that sendMessage and sendWhatsAppTemplate answer with, so the
 * facade keeps returning {@link Message}.
 */
final class MessageEnvelopes {

  private MessageEnvelopes() {}

  /**
   * The message inside {@code envelope}. A response without one fails loudly: reading it as a message
   * with every field null is the silent failure the envelope in the contract exists to prevent. The
   * request was applied; only its answer is unreadable.
   */
  static Message unwrap(MessageEnvelope envelope, String operation) {
    Message message = envelope == null ? null : envelope.getMessage();
    if (message == null) {
      throw new TrengoDecodingException(
          "$.message", "", operation + " answered without the sent message under \"message\"", null);
    }
    return message;
  }
}
