package com.trengo.client.builder;

import com.trengo.client.model.LabelRequest;

/**
 * Builds a validated {@link LabelRequest}, for {@code labels().create(..)} and {@code
 * labels().update(..)}: both take the same body.
 *
 * <pre>{@code
 * Label vip = trengo.labels().create(CreateLabel.builder().name("VIP").color("#AC92EC").build());
 * }</pre>
 */
public final class CreateLabel {
  private CreateLabel() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String name;
    private String color;

    private Builder() {}

    /** The label's name. Required, not blank (an update replaces it). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The label's colour, e.g. {@code #5D9CEC} as real labels carry it. Optional; not blank. Its form is
     * not checked: which forms Trengo takes is not published.
     */
    public Builder color(String color) {
      this.color = color;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public LabelRequest build() {
      Checks checks = new Checks("LabelRequest");
      checks.requiredText("name", name);
      checks.optionalText("color", color);
      checks.throwIfFailed();
      return new LabelRequest().name(name).color(color);
    }
  }
}
