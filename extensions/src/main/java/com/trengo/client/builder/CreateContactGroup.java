package com.trengo.client.builder;

import com.trengo.client.model.ContactGroupRequest;

/**
 * Builds a validated {@link ContactGroupRequest}, for {@code contactGroups().create(..)} and {@code
 * contactGroups().update(..)}: both take the same body.
 *
 * <pre>{@code
 * ContactGroup vip = trengo.contactGroups().create(CreateContactGroup.builder().name("VIP customers").build());
 * }</pre>
 */
public final class CreateContactGroup {
  private CreateContactGroup() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the name; {@link #build()} checks it. The setter accepts null: it means unset. */
  public static final class Builder extends NameOnlyBuilder<Builder, ContactGroupRequest> {
    private Builder() {
      super("ContactGroupRequest", name -> new ContactGroupRequest().name(name));
    }
  }
}
