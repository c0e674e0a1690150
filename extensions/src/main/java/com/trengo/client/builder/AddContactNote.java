package com.trengo.client.builder;

import com.trengo.client.model.AddContactNoteRequest;

/**
 * Builds a validated {@link AddContactNoteRequest}, for {@code contacts().addNote(contactId, ..)}.
 *
 * <pre>{@code
 * trengo.contacts().addNote(5001, AddContactNote.builder().note("Prefers email.").build());
 * }</pre>
 */
public final class AddContactNote {
  private AddContactNote() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String note;

    private Builder() {}

    /** The note's text. Required, not blank. */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public AddContactNoteRequest build() {
      Checks checks = new Checks("AddContactNoteRequest");
      checks.requiredText("note", note);
      checks.throwIfFailed();
      return new AddContactNoteRequest().note(note);
    }
  }
}
