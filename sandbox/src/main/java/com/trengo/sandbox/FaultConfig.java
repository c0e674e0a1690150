package com.trengo.sandbox;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Faults injected at random, deterministically: for a given seed, the n-th request the sandbox serves
 * gets the same fault (or none) on every run. Each {@link FaultType} has a rate, the share of requests
 * that get it (0.1 is 10%); rates add up to at most 1. Scripted faults ("the next POST /contacts") are
 * set on a running sandbox with {@link TrengoSandbox#faults()}.
 */
public final class FaultConfig {

  private static final FaultConfig NONE = builder().build();

  private final long seed;
  private final Map<FaultType, Double> rates;
  private final Duration delay;

  private FaultConfig(Builder builder) {
    this.seed = builder.seed;
    this.rates = Collections.unmodifiableMap(new EnumMap<>(builder.rates));
    this.delay = builder.delay;
  }

  /** No random faults (the default). */
  public static FaultConfig none() {
    return NONE;
  }

  /** A builder with no faults, seed 0 and a 3 s delay. */
  public static Builder builder() {
    return new Builder();
  }

  /** The seed of the random draws. */
  public long seed() {
    return seed;
  }

  /** The share of requests that get {@code type}, 0 to 1. */
  public double rate(FaultType type) {
    return rates.getOrDefault(type, 0.0);
  }

  /** How long a {@link FaultType#DELAY} holds the response back. */
  public Duration delay() {
    return delay;
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder builder = new Builder().seed(seed).delay(delay);
    rates.forEach(builder::rate);
    return builder;
  }

  @Override
  public String toString() {
    return "FaultConfig{seed=" + seed + ", rates=" + rates + ", delay=" + delay + "}";
  }

  /** Builds a {@link FaultConfig}. */
  public static final class Builder {
    private long seed;
    private final Map<FaultType, Double> rates = new EnumMap<>(FaultType.class);
    private Duration delay = Duration.ofSeconds(3);

    private Builder() {}

    /** The seed of the random draws (default 0). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The share of requests, 0 to 1, that get {@code type}: 0.1 is 10%. */
    public Builder rate(FaultType type, double rate) {
      Objects.requireNonNull(type, "type == null");
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate of " + type + " must be within [0, 1]: " + rate);
      }
      rates.put(type, rate);
      return this;
    }

    /** How long a {@link FaultType#DELAY} holds the response back (default 3 s). */
    public Builder delay(Duration delay) {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay < 0: " + delay);
      }
      this.delay = delay;
      return this;
    }

    /** The configuration; fails if the rates add up to more than 1. */
    public FaultConfig build() {
      double total = rates.values().stream().mapToDouble(Double::doubleValue).sum();
      if (total > 1 + 1e-9) {
        throw new IllegalArgumentException("fault rates add up to more than 1: " + rates);
      }
      return new FaultConfig(this);
    }
  }
}
