package com.trengo.client.builder;

import com.trengo.client.model.SendMessageRequest;

/**
 * Builds a validated {@link SendMessageRequest}, for {@code messages().send(..)}. For a message with
 * an attachment, see {@link SendMedia}.
 *
 * <pre>{@code
 * trengo.messages().send(ticketId, SendMessage.builder().body("Thanks, fixed!").build());
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
    private String body;
    private Boolean internalNote;

    private Builder() {}

    /** The message text. Required, not blank. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** True to post an internal note instead of a message to the contact. Optional. */
    public Builder internalNote(Boolean internalNote) {
      this.internalNote = internalNote;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public SendMessageRequest build() {
      Checks checks = new Checks("SendMessageRequest");
      checks.requiredText("body", body);
      checks.throwIfFailed();
      return new SendMessageRequest().body(body).internalNote(internalNote);
    }
  }
}
