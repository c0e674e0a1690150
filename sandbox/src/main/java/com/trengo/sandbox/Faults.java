package com.trengo.sandbox;

import com.trengo.sandbox.internal.FaultInjector;

/**
 * Scripted faults on a running sandbox: "the next POST /contacts gets its connection reset after it is
 * applied". A scripted fault takes precedence over the random ones of {@link FaultConfig}.
 *
 * <pre>{@code
 * sandbox.faults().next("POST", "/contacts", FaultType.RESET_AFTER_APPLY);
 * }</pre>
 */
public final class Faults {

  private final FaultInjector injector;

  Faults(FaultInjector injector) {
    this.injector = injector;
  }

  /**
   * Gives the next request of {@code method} on {@code path} the fault {@code type}. The path is below
   * /api/v2; a segment {@code {name}} or {@code *} matches any one segment ({@code /contacts/{contact_id}}).
   *
   * @return this, to script more
   */
  public Faults next(String method, String path, FaultType type) {
    return next(method, path, type, 1);
  }

  /** Gives the next {@code times} requests of {@code method} on {@code path} the fault {@code type}. */
  public Faults next(String method, String path, FaultType type, int times) {
    injector.schedule(method, path, type, times);
    return this;
  }

  /**
   * Holds the next request of {@code method} on {@code path} when it arrives, before it is applied,
   * until {@link HeldRequest#release()} (or the sandbox is reset or closed): a server that hangs, for a
   * test of what a client does meanwhile (a timeout, a cancellation, Ctrl-C).
   */
  public HeldRequest hold(String method, String path) {
    return new HeldRequest(injector.hold(method, path));
  }

  /** Drops the scripted faults not yet used; random faults go on. */
  public void clearScripted() {
    injector.clearScripted();
  }

  /** The random faults this sandbox was built with. */
  public FaultConfig config() {
    return injector.config();
  }
}
