package com.trengo.sandbox.internal;

import com.trengo.sandbox.FaultConfig;
import com.trengo.sandbox.FaultType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Decides which fault, if any, each request gets: first a scripted fault whose method and path match,
 * else a seeded random draw against the configured rates. One number is drawn for every request, scripted
 * or not, so that the n-th request's random fault depends only on the seed and n.
 */
public final class FaultInjector {

  private final FaultConfig config;
  private final List<ScriptedFault> scripted = new ArrayList<>();
  private Random random;

  /** Injects faults as {@code config} says. */
  public FaultInjector(FaultConfig config) {
    this.config = config;
    this.random = new Random(config.seed());
  }

  /** The configuration of random faults. */
  public FaultConfig config() {
    return config;
  }

  /** The fault for this request, if any; consumes one use of a matching scripted fault. */
  public synchronized Optional<FaultType> decide(String method, String apiPath) {
    double draw = random.nextDouble();
    for (Iterator<ScriptedFault> it = scripted.iterator(); it.hasNext(); ) {
      ScriptedFault fault = it.next();
      if (fault.matches(method, apiPath)) {
        if (fault.consume()) {
          it.remove();
        }
        return Optional.of(fault.type());
      }
    }
    double cumulative = 0;
    for (FaultType type : FaultType.values()) {
      cumulative += config.rate(type);
      if (draw < cumulative) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Gives the next {@code times} requests matching {@code method} and {@code pathTemplate} the fault. */
  public synchronized void schedule(String method, String pathTemplate, FaultType type, int times) {
    scripted.add(new ScriptedFault(method, pathTemplate, type, times));
  }

  /** Drops the scripted faults not yet used. */
  public synchronized void clearScripted() {
    scripted.clear();
  }

  /** Drops scripted faults and restarts the random sequence from the seed. */
  public synchronized void reset() {
    scripted.clear();
    random = new Random(config.seed());
  }
}
