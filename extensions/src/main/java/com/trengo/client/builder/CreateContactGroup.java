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
  public static final class Builder {
    private String name;

    private Builder() {}

    /** The name. Required, not blank (an update replaces it; it cannot clear it). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The request, with the name exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException naming the name when it is missing or blank
     */
    public ContactGroupRequest build() {
      return new ContactGroupRequest().name(NameOnly.checked("ContactGroupRequest", name));
    }
  }
}
