package com.trengo.client.builder;

import com.trengo.client.model.UpdateCustomFieldRequest;
import com.trengo.client.model.UpdateCustomFieldRequest.TypeEnum;

/**
 * Builds a validated {@link UpdateCustomFieldRequest}, for {@code customFields().update(..)}: what to
 * change, the title, the entity, or both.
 *
 * <pre>{@code
 * trengo.customFields().update(501, UpdateCustomField.builder().title("Customer no.").build());
 * }</pre>
 */
public final class UpdateCustomField {
  private UpdateCustomField() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unchanged. */
  public static final class Builder {
    private String title;
    private TypeEnum type;

    private Builder() {}

    /** The new title. Optional; not blank. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The entity the field belongs to from now on. Optional; one the contract lists. */
    public Builder type(TypeEnum type) {
      this.type = type;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field, or when
     *     nothing is to change
     */
    public UpdateCustomFieldRequest build() {
      Checks checks = new Checks("UpdateCustomFieldRequest");
      if (title == null && type == null) {
        checks.fail("title", null, "or type is required: an update that changes nothing is a mistake upstream");
      }
      checks.optionalText("title", title);
      if (type != null && !type.isKnown()) {
        checks.fail("type", type, "must be CONTACT, PROFILE or TICKET");
      }
      checks.throwIfFailed();
      return new UpdateCustomFieldRequest().title(title).type(type);
    }
  }
}
