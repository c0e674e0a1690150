package com.trengo.client.builder;

import com.trengo.client.model.SendMessageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a validated {@link SendMessageRequest}, for {@code messages().send(..)}: a message to the
 * contact, or with {@link Builder#internalNote(Boolean)} a note only agents see. For a file uploaded
 * with the message, see {@link SendMedia}.
 *
 * <pre>{@code
 * trengo.messages().send(ticketId, SendMessage.builder().message("Thanks, fixed!").build());
 * }</pre>
 */
public final class SendMessage {
  private SendMessage() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String message;
    private Boolean internalNote;
    private String subject;
    private final List<Long> attachmentIds = new ArrayList<>();

    private Builder() {}

    /** The message text. Required, not blank. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** True to post an internal note (type NOTE) instead of a message to the contact. Optional. */
    public Builder internalNote(Boolean internalNote) {
      this.internalNote = internalNote;
      return this;
    }

    /** The subject, for a message on an email channel. Optional; when given, not blank. */
    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Appends a file to attach, by the id Trengo's upload gave it; attached in the order added. Each
     * id is required and positive.
     */
    public Builder attachmentId(Long attachmentId) {
      attachmentIds.add(attachmentId);
      return this;
    }

    /**
     * The request, with every field exactly as given; {@code attachment_ids} only when one was added.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field;
     *     attachments are named by position, e.g. {@code attachment_ids[1]}
     */
    public SendMessageRequest build() {
      Checks checks = new Checks("SendMessageRequest");
      checks.requiredText("message", message);
      checks.optionalText("subject", subject);
      checks.requiredIds("attachment_ids", attachmentIds);
      checks.throwIfFailed();
      return new SendMessageRequest()
          .message(message)
          .internalNote(internalNote)
          .subject(subject)
          .attachmentIds(attachmentIds.isEmpty() ? null : List.copyOf(attachmentIds));
    }
  }
}
