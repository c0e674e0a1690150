package com.trengo.client.builder;

import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CreateCustomFieldRequest.TypeEnum;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Builds a validated {@link CreateCustomFieldRequest}, for {@code customFields().create(..)}: a field of
 * contacts, profiles or tickets. Its kind is not in the body (no source sends one); Trengo makes it a
 * text field.
 *
 * <pre>{@code
 * trengo.customFields().create(CreateCustomField.builder().title("Order number").type(TypeEnum.TICKET).build());
 * }</pre>
 */
public final class CreateCustomField {
  private static final String TYPES =
      Arrays.stream(TypeEnum.values()).map(TypeEnum::getValue).collect(Collectors.joining(", "));

  private CreateCustomField() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String title;
    private TypeEnum type;
    // A type given by name; matched exactly in build(), so a wrong one is reported, never guessed at.
    private String typeName;

    private Builder() {}

    /** The field's title. Required, not blank. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The entity the field belongs to. Required: one of the constants the contract lists. */
    public Builder type(TypeEnum type) {
      this.type = type;
      this.typeName = null;
      return this;
    }

    /**
     * The entity the field belongs to, by its API name: exactly one of {@code CONTACT}, {@code PROFILE},
     * {@code TICKET} (case matters). Required. (Until issue 14 this took the kind of field, TEXT or
     * NUMBER, which real payloads carry in {@code field_type}: see the deviation {@code
     * custom-field-type-entity}.)
     */
    public Builder type(String type) {
      this.type = null;
      this.typeName = type;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public CreateCustomFieldRequest build() {
      Checks checks = new Checks("CreateCustomFieldRequest");
      checks.requiredText("title", title);
      TypeEnum checkedType = checkedType(checks);
      checks.throwIfFailed();
      return new CreateCustomFieldRequest().title(title).type(checkedType);
    }

    /**
     * Only the values the contract lists: a type the API may add later can still be sent by building
     * the model directly, but a typo must not reach the server.
     */
    private TypeEnum checkedType(Checks checks) {
      if (type == null && typeName == null) {
        checks.fail("type", null, "is required");
        return null;
      }
      String name = type != null ? type.getValue() : typeName;
      for (TypeEnum known : TypeEnum.values()) {
        if (known.getValue().equals(name)) {
          return known;
        }
      }
      checks.fail("type", name, "must be one of " + TYPES);
      return null;
    }
  }
}
