package com.trengo.sandbox;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link TrengoSandbox} for JUnit 5 tests, and fails any test whose requests or responses left
 * the Trengo contract, with the validator's messages.
 *
 * <pre>{@code
 * @RegisterExtension
 * static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
 *
 * @Test
 * void exportsEveryContact() {
 *   Exporter exporter = new Exporter(sandbox.baseUrl(), sandbox.token());
 *   assertEquals(64, exporter.contacts().size());
 * }
 * }</pre>
 *
 * <p>In a static field the sandbox starts before the class's first test and stops after its last one;
 * after each test it is reset to the seeded demo data unless {@link #keepingStateBetweenTests()} was
 * asked for. In an instance field each test gets a sandbox of its own. Test methods may also take a
 * {@link TrengoSandbox} parameter, which is all a class needs with {@code
 * @ExtendWith(TrengoSandboxExtension.class)}.
 */
public final class TrengoSandboxExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

  private final TrengoSandbox sandbox;
  private final boolean resetAfterEach;
  private String startedBy;
  private boolean startedForOneTest;

  /** The default sandbox, for {@code @ExtendWith(TrengoSandboxExtension.class)}; same as {@link #withDefaults()}. */
  public TrengoSandboxExtension() {
    this(TrengoSandbox.builder().build(), true);
  }

  private TrengoSandboxExtension(TrengoSandbox sandbox, boolean resetAfterEach) {
    this.sandbox = sandbox;
    this.resetAfterEach = resetAfterEach;
  }

  /** A sandbox with the defaults of {@link TrengoSandbox#builder()}: seed 42, 120 requests a minute. */
  public static TrengoSandboxExtension withDefaults() {
    return of(TrengoSandbox.builder());
  }

  /** A sandbox configured by {@code builder}: seed, token, rate limit, faults, clock. */
  public static TrengoSandboxExtension of(TrengoSandbox.Builder builder) {
    Objects.requireNonNull(builder, "builder == null");
    return new TrengoSandboxExtension(builder.build(), true);
  }

  /** This extension, but what one test creates stays for the next (violations are still cleared). */
  public TrengoSandboxExtension keepingStateBetweenTests() {
    return new TrengoSandboxExtension(sandbox, false);
  }

  /** The sandbox, to inspect received requests, script faults or reset by hand. */
  public TrengoSandbox sandbox() {
    return sandbox;
  }

  /**
   * The webhooks the sandbox sends, to assert on after the code under test caused an event: {@code
   * sandbox.webhooks().awaitDelivery("TICKET_CLOSED", Duration.ofSeconds(5))}. Emptied after each test
   * unless state is kept.
   */
  public Webhooks webhooks() {
    return sandbox.webhooks();
  }

  /** The API root to give your client: {@code http://127.0.0.1:PORT/api/v2/}. */
  public String baseUrl() {
    return sandbox.baseUrl();
  }

  /** The bearer token the sandbox accepts. */
  public String token() {
    return sandbox.token();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!sandbox.isRunning()) {
      sandbox.start();
      startedBy = context.getUniqueId();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!sandbox.isRunning()) {
      sandbox.start();
      startedForOneTest = true;
    }
  }

  /** Fails the test if it caused violations; then resets, clears or stops the sandbox. */
  @Override
  public void afterEach(ExtensionContext context) {
    try {
      sandbox.assertNoViolations();
    } finally {
      if (startedForOneTest) {
        sandbox.close();
        startedForOneTest = false;
      } else if (resetAfterEach) {
        sandbox.reset();
      } else {
        sandbox.clearViolations();
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // Nested classes run their own afterAll first; only the class that started the sandbox stops it.
    if (context.getUniqueId().equals(startedBy)) {
      sandbox.close();
      startedBy = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TrengoSandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return sandbox;
  }
}
