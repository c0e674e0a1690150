package com.trengo.sandbox.internal.store;

/** A file uploaded to attach to messages (uploadMessageFile), by the id sendMessage's attachment_ids name. */
public record Upload(long id, String filename, String url) {

  /** The file as a message's attachment. */
  public Attachment asAttachment() {
    return new Attachment(url, filename);
  }
}
