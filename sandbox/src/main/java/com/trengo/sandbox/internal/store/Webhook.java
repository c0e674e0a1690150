package com.trengo.sandbox.internal.store;

/**
 * A webhook subscription: called for one event {@code type}; {@code name} may be null (the API then
 * titles it "Webhook #id"). {@code signingSecret} is the key its deliveries are signed with.
 */
public record Webhook(long id, String url, String name, String type, String signingSecret) {

  /** The title real webhooks carry: the name given, or "Webhook #id". */
  public String title() {
    return name != null ? name : "Webhook #" + id;
  }
}
