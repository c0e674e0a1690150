package com.trengo.cli;

/**
 * Where a command hears Ctrl-C. In the real process, a JVM shutdown hook: the JVM runs it on SIGINT
 * and exits with 130 once it returns, so the handler has until then to report and write what it must.
 * Tests fire the handler themselves.
 */
@FunctionalInterface
public interface Interrupts {

  /** Shutdown hooks of the running JVM. */
  Interrupts SHUTDOWN_HOOK =
      handler -> {
        Thread hook = new Thread(handler, "trengo-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to remove
          }
        };
      };

  /** Never interrupted. */
  Interrupts NONE = handler -> () -> {};

  /** Calls {@code handler} (on another thread) when the user interrupts, until the registration closes. */
  Registration onInterrupt(Runnable handler);

  /** A registration to close. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
