package com.trengo.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.security.SingleHeaderClientAuthenticator;
import com.trengo.sandbox.internal.ExchangeJournal;
import com.trengo.sandbox.internal.FaultInjector;
import com.trengo.sandbox.internal.SandboxServer;
import com.trengo.sandbox.internal.SandboxTransformer;
import com.trengo.sandbox.internal.SlidingWindowRateLimiter;
import com.trengo.sandbox.internal.SpecValidator;
import com.trengo.sandbox.internal.ValidatingListener;
import com.trengo.sandbox.internal.api.Router;
import com.trengo.sandbox.internal.api.TrengoRoutes;
import com.trengo.sandbox.internal.store.DemoData;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.webhook.EventPayloads;
import com.trengo.sandbox.internal.webhook.WebhookAdminRoutes;
import com.trengo.sandbox.internal.webhook.WebhookDispatcher;
import com.trengo.sandbox.internal.webhook.WebhookEvents;
import com.trengo.sandbox.internal.webhook.WebhookTriggers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A stateful fake of the Trengo REST API v2 on a local port: every operation of the bundled contract,
 * served from an in-memory account seeded with demo data, with Trengo's pagination, errors and per-token
 * rate limit, optional injected faults, and every request and response checked against the contract.
 *
 * <pre>{@code
 * try (TrengoSandbox sandbox = TrengoSandbox.builder().seed(42).build().start()) {
 *   callYourCode(sandbox.baseUrl(), sandbox.token());
 *   sandbox.assertNoViolations();
 * }
 * }</pre>
 *
 * <p>In JUnit 5 tests, {@link TrengoSandboxExtension} does the starting, checking and resetting.
 *
 * <p>WireMock's admin API ({@code /__admin}) admits only the sandbox's token, and never a request a
 * browser sends for a web page (one with {@code Origin} or {@code Sec-Fetch-Site}).
 *
 * <p>Registered webhooks receive signed deliveries of the events API calls cause; {@link #webhooks()}
 * shows them, waits for them and triggers the events no API call causes.
 */
public final class TrengoSandbox implements AutoCloseable {

  /** The token a sandbox accepts unless told otherwise. */
  public static final String DEFAULT_TOKEN = "sandbox-token";

  private final long seed;
  private final String token;
  private final String bindAddress;
  private final int requestedPort;
  private final SandboxStore store = new SandboxStore();
  private final ExchangeJournal journal = new ExchangeJournal();
  private final SlidingWindowRateLimiter rateLimiter;
  private final FaultInjector faultInjector;
  private final Faults faults;
  private final SandboxTransformer transformer;
  private final ValidatingListener listener;
  private final Duration idleTimeout;
  private final WebhookDispatcher webhookDispatcher;
  private final Webhooks webhooks;
  private final WebhookAdminRoutes webhookRoutes;

  private WireMockServer server;

  private TrengoSandbox(Builder builder) {
    this.seed = builder.seed;
    this.token = builder.token;
    this.bindAddress = builder.bindAddress;
    this.requestedPort = builder.port;
    this.idleTimeout = builder.idleTimeout;
    this.rateLimiter = new SlidingWindowRateLimiter(builder.rateLimit, builder.clock);
    this.faultInjector = new FaultInjector(builder.faults);
    this.faults = new Faults(faultInjector);
    this.webhookDispatcher = new WebhookDispatcher(
        builder.webhookRetries, builder.webhookScheduler, builder.clock, builder.webhooksToAnyHost);
    WebhookEvents events = new WebhookEvents(store, webhookDispatcher);
    EventPayloads payloads = new EventPayloads(store);
    Router router = TrengoRoutes.create(store, events, payloads);
    WebhookTriggers triggers = new WebhookTriggers(store, router, events, payloads, webhookDispatcher, builder.clock);
    this.webhooks = new Webhooks(webhookDispatcher, triggers);
    this.webhookRoutes = new WebhookAdminRoutes(triggers, webhookDispatcher);
    this.transformer = new SandboxTransformer(store, router, rateLimiter, faultInjector, token, builder.clock);
    this.listener = new ValidatingListener(SpecValidator.forBundledContract(), journal, builder.onViolation);
    DemoData.seed(store, seed);
  }

  /** A builder with seed 42, token {@value #DEFAULT_TOKEN}, 120 requests a minute and no faults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts serving, on a free port unless the builder named one; returns this. Starting twice does nothing. */
  public synchronized TrengoSandbox start() {
    if (server == null) {
      server = SandboxServer.start(bindAddress, requestedPort, transformer, listener, token, webhookRoutes, idleTimeout);
    }
    return this;
  }

  /** Whether the sandbox is serving. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  /** The port it serves on. */
  public synchronized int port() {
    return running().port();
  }

  /** The API root to give a client, with a trailing slash: {@code http://127.0.0.1:PORT/api/v2/}. */
  public String baseUrl() {
    boolean wildcard = bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
    String host = wildcard ? "127.0.0.1" : bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    return "http://" + host + ":" + port() + "/api/v2/";
  }

  /**
   * A WireMock client for this sandbox's admin API, carrying the token it requires: to add a stub that
   * outranks the sandbox's own ({@link #reset()} drops it again).
   */
  public WireMock admin() {
    return WireMock.create().host("127.0.0.1").port(port())
        .authenticator(new SingleHeaderClientAuthenticator("Authorization", "Bearer " + token))
        .build();
  }

  /** The bearer token the sandbox accepts; any other gets 401. */
  public String token() {
    return token;
  }

  /** The seed of the demo data. */
  public long seed() {
    return seed;
  }

  /** The requests received since start or the last {@link #reset()}, oldest first (the last 10,000). */
  public List<ReceivedRequest> receivedRequests() {
    return journal.received();
  }

  /** The webhook deliveries it sent, waiting for them, and triggering the events no API call causes. */
  public Webhooks webhooks() {
    return webhooks;
  }

  /** Scripted faults: "the next POST /contacts gets reset after it is applied". */
  public Faults faults() {
    return faults;
  }

  /** Every request or response that left the contract since start, the last reset or clear. */
  public List<SpecViolation> violations() {
    return journal.violations();
  }

  /** Throws an {@link AssertionError} listing the validator's messages if anything left the contract. */
  public void assertNoViolations() {
    List<SpecViolation> violations = violations();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size() + " exchange(s) left the Trengo contract:\n"
              + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n")));
    }
  }

  /** Forgets the violations seen so far (and nothing else). */
  public void clearViolations() {
    journal.clearViolations();
  }

  /**
   * Back to the state right after start: the demo data re-seeded (so no webhooks), the journal,
   * violations and webhook deliveries emptied (retries still to come dropped), scripted faults and
   * stubs added through WireMock's admin API dropped, the random fault sequence and every token's
   * rate-limit window restarted.
   */
  public synchronized void reset() {
    if (server != null) {
      SandboxServer.resetStubs(server);
    }
    webhookDispatcher.reset();
    DemoData.seed(store, seed);
    journal.clear();
    faultInjector.reset();
    rateLimiter.reset();
  }

  /** Stops serving and sending webhooks (retries still to come are dropped); held requests are let go first. */
  @Override
  public synchronized void close() {
    faultInjector.releaseHolds();
    webhookDispatcher.close();
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public String toString() {
    return isRunning() ? "TrengoSandbox{" + baseUrl() + "}" : "TrengoSandbox{not running}";
  }

  private WireMockServer running() {
    if (server == null) {
      throw new IllegalStateException("The sandbox is not running: call start()");
    }
    return server;
  }

  /** Configures a {@link TrengoSandbox}. */
  public static final class Builder {
    private long seed = 42;
    private String token = DEFAULT_TOKEN;
    private RateLimit rateLimit = RateLimit.TRENGO;
    private FaultConfig faults = FaultConfig.none();
    private Clock clock = Clock.systemUTC();
    private String bindAddress = "127.0.0.1";
    private int port;
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Consumer<SpecViolation> onViolation = violation -> {};
    private WebhookRetryPolicy webhookRetries = WebhookRetryPolicy.ofDefaults();
    private WebhookScheduler webhookScheduler;
    private boolean webhooksToAnyHost;

    private Builder() {}

    /** The seed of the demo data (default 42): the same seed gives the same account. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The only bearer token accepted (default {@value TrengoSandbox#DEFAULT_TOKEN}). */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token == null");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token is blank");
      }
      this.token = token;
      return this;
    }

    /** The per-token rate limit (default Trengo's, 120 a minute). */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit == null");
      return this;
    }

    /** The per-token rate limit: {@code requests} per {@code window}. */
    public Builder rateLimit(int requests, Duration window) {
      return rateLimit(new RateLimit(requests, window));
    }

    /** Random faults (default none). */
    public Builder faults(FaultConfig faults) {
      this.faults = Objects.requireNonNull(faults, "faults == null");
      return this;
    }

    /** The clock of the rate limiter and of new resources' timestamps (default the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The port to serve on (default 0: a free port). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How long a connection may sit idle before the server closes it (default 30 s, Jetty's). Real
     * servers and load balancers close idle keep-alive connections after a few seconds; a short one
     * shows whether a client copes with a pooled connection closed behind its back.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      Objects.requireNonNull(idleTimeout, "idleTimeout == null");
      if (idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
      }
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** The address to listen on (default 127.0.0.1; 0.0.0.0 to serve other machines or containers). */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress == null");
      return this;
    }

    /**
     * Also tells {@code listener} of each violation as it happens, on the server's thread (default: only
     * {@link TrengoSandbox#violations()} keeps them). The standalone server prints them this way.
     */
    public Builder onViolation(Consumer<SpecViolation> listener) {
      this.onViolation = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * How a webhook delivery its receiver did not accept is retried (default {@link
     * WebhookRetryPolicy#ofDefaults()}: 5 attempts, 1 s backoff doubling).
     */
    public Builder webhookRetries(WebhookRetryPolicy retries) {
      this.webhookRetries = Objects.requireNonNull(retries, "retries == null");
      return this;
    }

    /**
     * What runs a delivery's retry after its backoff (default a timer of the sandbox's own). Tests of
     * retries pass one that runs at once and records the delay, so they never wait.
     */
    public Builder webhookScheduler(WebhookScheduler scheduler) {
      this.webhookScheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /**
     * Whether webhooks are posted to receivers off this machine too (default false: only localhost and
     * 127.0.0.1, so that a test registering {@code https://example.com/hook} never posts to the internet;
     * the others are recorded as {@link WebhookDelivery.Status#NOT_SENT}). True for a sandbox in a
     * container whose receivers run beside it.
     */
    public Builder deliverWebhooksToAnyHost(boolean anyHost) {
      this.webhooksToAnyHost = anyHost;
      return this;
    }

    /** The sandbox, seeded and not yet started. */
    public TrengoSandbox build() {
      return new TrengoSandbox(this);
    }
  }
}
