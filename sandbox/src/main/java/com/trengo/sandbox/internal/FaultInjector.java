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
  private final List<Hold> holds = new ArrayList<>();
  private final List<Hold> held = new ArrayList<>();
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

  /** Holds the next request matching {@code method} and {@code pathTemplate} when it arrives. */
  public synchronized Hold hold(String method, String pathTemplate) {
    Hold hold = new Hold(method, pathTemplate);
    holds.add(hold);
    return hold;
  }

  /**
   * Holds the serving thread here while a hold of this request is in force; returns at once when there
   * is none. Called before anything is applied, outside this object's lock.
   */
  public void holdIfScripted(String method, String apiPath) {
    Hold hold = null;
    synchronized (this) {
      for (Iterator<Hold> it = holds.iterator(); it.hasNext(); ) {
        Hold candidate = it.next();
        if (candidate.matches(method, apiPath)) {
          it.remove();
          hold = candidate;
          break;
        }
      }
    }
    if (hold != null) {
      synchronized (this) {
        held.add(hold);
      }
      hold.holdHere();
    }
  }

  /** Lets every held request go on, and drops holds not yet used: on reset and close. */
  public synchronized void releaseHolds() {
    holds.clear();
    held.forEach(Hold::release);
    held.clear();
  }

  /** Drops the scripted faults not yet used. */
  public synchronized void clearScripted() {
    scripted.clear();
  }

  /** Drops scripted faults and holds, and restarts the random sequence from the seed. */
  public synchronized void reset() {
    scripted.clear();
    releaseHolds();
    random = new Random(config.seed());
  }
}
