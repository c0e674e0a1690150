package com.trengo.client.builder;

import com.trengo.client.model.SetCustomFieldRequest;

/**
 * Builds a validated {@link SetCustomFieldRequest}, for {@code contacts().setCustomField(contactId,
 * ..)}.
 *
 * <pre>{@code
 * trengo.contacts().setCustomField(5001, ContactCustomFieldValue.builder()
 *     .customFieldId(7L).value("ORD-42").build());
 * }</pre>
 */
public final class ContactCustomFieldValue {
  private ContactCustomFieldValue() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private Long customFieldId;
    private String value;

    private Builder() {}

    /** The custom field to set. Required, positive. */
    public Builder customFieldId(Long customFieldId) {
      this.customFieldId = customFieldId;
      return this;
    }

    /**
     * The value, as text whatever the field's type ({@code "42"} for a number field), as the
     * contract types it. Required, not blank.
     */
    public Builder value(String value) {
      this.value = value;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public SetCustomFieldRequest build() {
      Checks checks = new Checks("SetCustomFieldRequest");
      checks.requiredId("custom_field_id", customFieldId);
      checks.requiredText("value", value);
      checks.throwIfFailed();
      return new SetCustomFieldRequest().customFieldId(customFieldId).value(value);
    }
  }
}
