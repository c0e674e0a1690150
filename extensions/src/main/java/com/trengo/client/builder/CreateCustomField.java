package com.trengo.client.builder;

import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.CreateCustomFieldRequest.TypeEnum;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Builds a validated {@link CreateCustomFieldRequest}, for {@code
 * labelsAndCustomFields().createCustomField(..)}.
 *
 * <pre>{@code
 * trengo.labelsAndCustomFields().createCustomField(
 *     CreateCustomField.builder().title("Order number").type(TypeEnum.TEXT).build());
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
    // A type given by name that is not one of the API's; kept to be reported, never guessed at.
    private String unknownType;

    private Builder() {}

    /** The field's title. Required, not blank. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** The kind of value the field holds. Required. */
    public Builder type(TypeEnum type) {
      this.type = type;
      this.unknownType = null;
      return this;
    }

    /**
     * The kind of value the field holds, by its API name: exactly one of {@code TEXT}, {@code NUMBER},
     * {@code DATE}, {@code DROPDOWN} (case matters). Required.
     */
    public Builder type(String type) {
      this.type = null;
      this.unknownType = null;
      if (type != null) {
        for (TypeEnum known : TypeEnum.values()) {
          if (known.getValue().equals(type)) {
            this.type = known;
          }
        }
        if (this.type == null) {
          this.unknownType = type;
        }
      }
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
      if (unknownType != null) {
        checks.fail("type", unknownType, "must be one of " + TYPES);
      } else if (type == null) {
        checks.fail("type", null, "is required");
      }
      checks.throwIfFailed();
      return new CreateCustomFieldRequest().title(title).type(type);
    }
  }
}
