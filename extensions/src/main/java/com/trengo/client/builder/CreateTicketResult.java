package com.trengo.client.builder;

import com.trengo.client.model.TicketResultRequest;

/**
 * Builds a validated {@link TicketResultRequest}, for {@code ticketResults().create(..)} and {@code
 * ticketResults().update(..)}: both take the same body.
 *
 * <pre>{@code
 * TicketResult sold = trengo.ticketResults().create(CreateTicketResult.builder().name("Sold").sortOrder(1).build());
 * }</pre>
 */
public final class CreateTicketResult {
  private CreateTicketResult() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields; {@link #build()} checks them all. Setters accept null: it means unset. */
  public static final class Builder {
    private String name;
    private Integer sortOrder;

    private Builder() {}

    /** The result's name, as agents pick it when closing. Required, not blank. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Where it is listed among the results. Optional; any whole number (the API sets no range). */
    public Builder sortOrder(Integer sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /**
     * The request, with every field exactly as given.
     *
     * @throws com.trengo.client.error.TrengoValidationException listing every invalid field
     */
    public TicketResultRequest build() {
      Checks checks = new Checks("TicketResultRequest");
      checks.requiredText("name", name);
      checks.throwIfFailed();
      return new TicketResultRequest().name(name).sortOrder(sortOrder);
    }
  }
}
