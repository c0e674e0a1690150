package com.trengo.client.webhook;

import java.util.Objects;

/**
 * A value from a set Trengo may grow: the value as sent, and a Java enum to {@code switch} on. A
 * value this version does not know yet is kept ({@link #raw()}) and {@link #known()} gives the
 * enum's {@code UNRECOGNIZED} constant, so a new value never fails a delivery.
 *
 * <pre>{@code
 * switch (assigned.assignedTo().map(OpenEnum::known).orElse(AssigneeType.UNRECOGNIZED)) {
 *   case USER -> notifyAgent(assigned.userId());
 *   case TEAM -> notifyTeam(assigned.teamId());
 *   case UNRECOGNIZED -> log.info("assigned to {}", assigned.payload().get("assigned_to"));
 * }
 * }</pre>
 *
 * @param <E> the enum of known values; its constant names are the values as sent, plus {@code UNRECOGNIZED}
 */
public final class OpenEnum<E extends Enum<E>> {
  private static final String UNRECOGNIZED = "UNRECOGNIZED";

  private final String raw;
  private final E known;
  private final boolean recognized;

  private OpenEnum(String raw, E known, boolean recognized) {
    this.raw = raw;
    this.known = known;
    this.recognized = recognized;
  }

  /** {@code raw} read as one of {@code type}'s constants, or as its {@code UNRECOGNIZED} one. */
  static <E extends Enum<E>> OpenEnum<E> of(Class<E> type, String raw) {
    Objects.requireNonNull(raw, "raw == null");
    for (E constant : type.getEnumConstants()) {
      if (!constant.name().equals(UNRECOGNIZED) && constant.name().equals(raw)) {
        return new OpenEnum<>(raw, constant, true);
      }
    }
    return new OpenEnum<>(raw, Enum.valueOf(type, UNRECOGNIZED), false);
  }

  /** The known constant, or {@code UNRECOGNIZED} for a value this version does not know. */
  public E known() {
    return known;
  }

  /** The value exactly as sent. */
  public String raw() {
    return raw;
  }

  /** Whether {@link #known()} is a real value rather than {@code UNRECOGNIZED}. */
  public boolean isKnown() {
    return recognized;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpenEnum<?> && ((OpenEnum<?>) o).known.getDeclaringClass() == known.getDeclaringClass()
        && ((OpenEnum<?>) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  /** The value as sent. */
  @Override
  public String toString() {
    return raw;
  }
}
