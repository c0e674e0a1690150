package com.trengo.client.redis;

import com.trengo.client.http.LocalRateLimiter;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Scheduler;
import com.trengo.client.http.Ticker;
import com.trengo.client.internal.RateLimitHeaders;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Response;

/**
 * A {@link RateLimiter} whose budget every process using the token shares, through Redis: no sliding
 * window of {@linkplain RateLimitConfig#window() W} sees more than {@linkplain RateLimitConfig#limit()
 * L} requests of the token from all of them together, counting requests still in flight, while they
 * use nearly all of it. What {@link LocalRateLimiter} guarantees across the threads of one JVM, this
 * guarantees across JVMs.
 *
 * <pre>{@code
 * RedisRateLimiter limiter = RedisRateLimiter.builder()
 *     .redisUri("redis://127.0.0.1:6379")
 *     .token(token)                       // only its SHA-256 reaches Redis
 *     .build();
 * TrengoClient trengo = TrengoClient.builder().token(token).rateLimiter(limiter).build();
 * }</pre>
 *
 * <p><b>How.</b> A slot is taken when a request is granted, held while it is in flight, and freed one
 * window and a millisecond after it completes, as the local limiter does; in Redis. Every decision is
 * one Lua script, atomic, reading the time from Redis ({@code TIME}), so the processes' clocks never
 * matter. Keys are {@code PREFIX{sha256(token)}:...}, each with a TTL. See {@code
 * docs/redis-limiter.md}.
 *
 * <ul>
 *   <li><b>Lease.</b> A slot in flight is leased ({@link Builder#lease}, default 2 minutes, which must
 *       exceed the client's call timeout): a process killed while holding permits has its slots freed
 *       one window after their lease ends, never leaked.
 *   <li><b>Server pause.</b> A 429 seen by any process ({@link #onResponse}, {@link
 *       RateLimiter.Permit#complete}) pauses all of them: {@code Retry-After} (seconds or a date), else
 *       {@code X-RateLimit-Reset}, else one window, at most {@link RateLimitConfig#maxServerPause()}.
 *   <li><b>Fairness.</b> Waiters queue in Redis in arrival order, across processes; only the first k
 *       may take the k free slots, so no process starves. A waiter polls at least every second and
 *       leaves the queue when its heartbeat (3 seconds) stops.
 *   <li><b>Redis unreachable</b> (at start or later): this process falls back to a {@link
 *       LocalRateLimiter} with the same configuration, with one WARN log line, and tries to reconnect
 *       every second; when Redis answers again, it is told about the slots this process used meanwhile
 *       and the shared budget applies again (one INFO line). Every command gives up after the command
 *       timeout (default 500 ms), so nothing hangs; the switch carries this process's slots over, so
 *       it never bursts beyond the limit.
 * </ul>
 *
 * <p>Thread-safe; {@link #close()} releases the Redis connection (and the client, if this limiter
 * made it).
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {
  static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
  static final long HEARTBEAT_MILLIS = 3 * RedisTicket.MAX_POLL_MILLIS;

  private final RateLimitConfig config;
  private final FleetKeys keys;
  private final String keyPrefix;
  private final Duration lease;
  private final RedisLink link;
  private final Ledger ledger;
  private final Scheduler scheduler;
  private final String instance = UUID.randomUUID().toString().substring(0, 13);
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicInteger waiting = new AtomicInteger();
  private final String windowArg;
  private final String ttlArg;

  private RedisRateLimiter(Builder b, RedisLink link) {
    this.config = b.config;
    this.keys = new FleetKeys(b.keyPrefix, b.token);
    this.keyPrefix = b.keyPrefix;
    this.lease = b.lease;
    this.link = link;
    this.scheduler = b.scheduler();
    this.ledger = new Ledger(LocalRateLimiter.create(b.config), b.config.ticker(), b.config.window());
    long window = toMillis(config.window());
    this.windowArg = Long.toString(window);
    // Everything a key holds is over by then: a lease, a window after it, a pause, a heartbeat.
    this.ttlArg =
        Long.toString(toMillis(lease) + 2 * window + toMillis(config.maxServerPause()) + HEARTBEAT_MILLIS);
  }

  /** A builder; {@link Builder#token} and a Redis address ({@link Builder#redisUri} or client) are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A new place in the token's shared queue; see {@link RedisTicket}. */
  @Override
  public RedisTicket ticket() {
    return new RedisTicket(this, instance + ":" + sequence.incrementAndGet(), scheduler);
  }

  /**
   * Learns from a response: a 429 pauses every process using the token (see the class comment). Other
   * rate-limit headers are not needed: every user of the token is counted in Redis.
   */
  @Override
  public void onResponse(Response response) {
    learn(response, null);
  }

  /**
   * How many requests could start now across the fleet: free slots not claimed by waiters, zero while
   * paused. A snapshot that asks Redis (at most the command timeout); the local fallback's while
   * Redis is unreachable.
   */
  @Override
  public int remaining() {
    if (link.isUp()) {
      try {
        Long free =
            link.<Long>eval(LuaScript.PEEK, ScriptOutputType.INTEGER, keys.all(), Integer.toString(config.limit()))
                .get();
        return free.intValue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException e) {
        redisFailed(e);
      }
    }
    return ledger.local().remaining();
  }

  /** How many callers of this process are waiting for a permit right now. */
  @Override
  public int waiting() {
    return waiting.get();
  }

  /** The limit, window and waits, the same for the shared budget and the local fallback. */
  @Override
  public RateLimitConfig config() {
    return config;
  }

  /** Whether the shared budget in Redis is in use now; false while on the local fallback. */
  public boolean sharedBudgetInUse() {
    return link.isUp();
  }

  /** Releases the Redis connection, and the Redis client if this limiter created it. */
  @Override
  public void close() {
    link.close();
  }

  /** The key prefix, Redis address, limit and window; never the token. */
  @Override
  public String toString() {
    return "RedisRateLimiter{" + link + ", limit=" + config.limit() + ", window=" + config.window()
        + ", sharedBudget=" + (link.isUp() ? "in use" : "unreachable, local fallback") + '}';
  }

  // ---- used by RedisTicket and FleetPermit

  CompletableFuture<List<Long>> acquireOnRedis(String id, long deadline, long maxWaitMillis) {
    return link.eval(
        LuaScript.ACQUIRE,
        ScriptOutputType.MULTI,
        keys.all(),
        id,
        Integer.toString(config.limit()),
        windowArg,
        Long.toString(toMillis(lease)),
        Long.toString(HEARTBEAT_MILLIS),
        ttlArg,
        Long.toString(deadline),
        Long.toString(maxWaitMillis));
  }

  FleetPermit grantedOnRedis(String id) {
    FleetPermit permit = new FleetPermit(this, id, null, true);
    ledger.granted(permit);
    return permit;
  }

  FleetPermit grantedLocally(String id, RateLimiter.Permit local) {
    FleetPermit permit = new FleetPermit(this, id, local, false);
    if (ledger.granted(permit) && permit.countInRedis()) {
      adopt(List.of(id, "-1")); // Redis is coming back: it must count this one too
    }
    return permit;
  }

  void leaveQueue(String id) {
    link.zrem(keys.waiters(), id);
    link.zrem(keys.beats(), id);
  }

  /** Learns from a response to {@code permit} (null: any request), then completes the permit. */
  void learn(Response response, FleetPermit permit) {
    Objects.requireNonNull(response, "response == null");
    long pause = 0;
    if (response.code() == 429) {
      pause =
          Math.min(
              RateLimitHeaders.retryAfter(response.headers(), config.clock())
                  .map(RedisRateLimiter::toMillis)
                  .orElse(toMillis(config.window())),
              toMillis(config.maxServerPause()));
      pause = Math.max(pause, 1);
      ledger.local().onResponse(response); // the fallback honours it too, should Redis go away now
    }
    if ((permit == null || !permit.finish("done", pause)) && pause > 0) {
      complete("", "done", pause); // no slot to end (or ended before): the pause alone
    }
  }

  /** A permit's slot ended; tell Redis if it counts it. */
  void finished(FleetPermit permit, boolean inRedis, String how, long pause) {
    ledger.completed(permit);
    if (inRedis || pause > 0) {
      complete(inRedis ? permit.id() : "", how, pause);
    }
  }

  private void complete(String id, String how, long pauseMillis) {
    // Sent even while the link is down or coming back: a slot counted in Redis must end there. If
    // Redis is unreachable this fails at once, and the lease ends the slot instead.
    link.eval(
            LuaScript.COMPLETE,
            ScriptOutputType.INTEGER,
            keys.all(),
            id,
            how,
            windowArg,
            Long.toString(pauseMillis),
            ttlArg)
        .whenComplete(
            (ok, error) -> {
              if (error != null) {
                redisFailed(error);
              }
            });
  }

  private CompletableFuture<?> adopt(List<String> pairs) {
    List<String> args = new ArrayList<>();
    args.add(Long.toString(toMillis(lease)));
    args.add(ttlArg);
    args.addAll(pairs);
    return link.eval(LuaScript.ADOPT, ScriptOutputType.INTEGER, keys.all(), args.toArray(String[]::new));
  }

  /** Called by the link when it reconnects: tell Redis what this process used meanwhile. */
  private CompletableFuture<?> recover() {
    return adopt(ledger.adoptArguments())
        .whenComplete(
            (ok, error) -> {
              if (error != null) {
                ledger.adoptFailed();
              }
            });
  }

  void redisFailed(Throwable error) {
    link.failed(error);
  }

  void waitingChanged(int delta) {
    waiting.addAndGet(delta);
  }

  Ledger ledger() {
    return ledger;
  }

  Ticker ticker() {
    return config.ticker();
  }

  long maxWaitMillis() {
    return toMillis(config.maxWait());
  }

  static long toMillis(Duration d) {
    try {
      return d.toMillis();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  /**
   * Builds a {@link RedisRateLimiter}. Every setter checks its argument at once and names the field in
   * its {@link IllegalArgumentException} (or {@link NullPointerException}).
   */
  public static final class Builder {
    private RateLimitConfig config = RateLimitConfig.ofDefaults();
    private String token;
    private RedisURI uri;
    private RedisClient client;
    private String keyPrefix = "trengo:ratelimit:";
    private Duration lease = Duration.ofMinutes(2);
    private Duration commandTimeout = Duration.ofMillis(500);
    private Scheduler scheduler; // null: the config's

    private Builder() {}

    /** Where Redis is, as {@code redis://[:password@]host[:port][/db]} or {@code rediss://...}. */
    public Builder redisUri(String redisUri) {
      Objects.requireNonNull(redisUri, "redisUri == null");
      try {
        this.uri = RedisURI.create(redisUri);
      } catch (RuntimeException e) {
        // The URI may hold a password: say what is wrong, not what it is.
        throw new IllegalArgumentException("redisUri is not a Redis URI (redis://host:port): " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * An existing Lettuce client to open this limiter's connection with (to {@link #redisUri}, else
     * the client's default URI); {@link RedisRateLimiter#close()} then leaves the client open. Give it
     * {@code ClientOptions.DisconnectedBehavior.REJECT_COMMANDS}, so commands fail at once rather than
     * wait while Redis is away.
     */
    public Builder redisClient(RedisClient redisClient) {
      this.client = Objects.requireNonNull(redisClient, "redisClient == null");
      return this;
    }

    /** The API token whose budget is shared. Only its SHA-256 is used, in the keys; the limiter keeps no copy. */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token == null");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token is blank");
      }
      this.token = token;
      return this;
    }

    /** The limit, window and waits; defaults to {@link RateLimitConfig#ofDefaults()} (120 per minute). */
    public Builder config(RateLimitConfig config) {
      this.config = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /** Where the keys start; default {@code trengo:ratelimit:}. 1 to 200 characters, no braces. */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix == null");
      if (keyPrefix.isEmpty() || keyPrefix.length() > 200 || keyPrefix.contains("{") || keyPrefix.contains("}")) {
        throw new IllegalArgumentException(
            "keyPrefix must be 1 to 200 characters without braces: \"" + keyPrefix + "\"");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /**
     * How long a request may stay in flight before its slot is presumed abandoned (its process died)
     * and frees one window later. Must exceed the client's call timeout; default 2 minutes, at least
     * one second.
     */
    public Builder lease(Duration lease) {
      Objects.requireNonNull(lease, "lease == null");
      if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("lease must be between 1 s and 1 day: " + lease);
      }
      this.lease = lease;
      return this;
    }

    /**
     * How long one Redis command may take before Redis counts as unreachable; default 500 ms.
     * Connecting may take four times as long (at least 2 s).
     */
    public Builder commandTimeout(Duration commandTimeout) {
      Objects.requireNonNull(commandTimeout, "commandTimeout == null");
      if (commandTimeout.compareTo(Duration.ofMillis(10)) < 0 || commandTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException("commandTimeout must be between 10 ms and 1 minute: " + commandTimeout);
      }
      this.commandTimeout = commandTimeout;
      return this;
    }

    /**
     * Where polls and reconnection attempts are scheduled; default the configuration's {@link
     * RateLimitConfig#scheduler()} ({@link Scheduler#system()} unless set there).
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    /**
     * Connects (waiting at most four command timeouts, and at least 2 s) and returns the limiter. An unreachable Redis is
     * not an error: the limiter starts on its local fallback and keeps trying.
     *
     * @throws IllegalStateException if the token, or every Redis address, is missing
     */
    public RedisRateLimiter build() {
      if (token == null) {
        throw new IllegalStateException("token is required");
      }
      if (uri == null && client == null) {
        throw new IllegalStateException("redisUri (or redisClient) is required");
      }
      boolean owns = client == null;
      RedisClient c = owns ? ownClient() : client;
      RedisURI target = uri;
      String where = target != null ? target.getHost() + ":" + target.getPort() : "default URI";
      RedisLink link =
          new RedisLink(c, owns, target, commandTimeout, PROBE_INTERVAL, scheduler(), keyPrefix + "{..} at " + where);
      RedisRateLimiter limiter = new RedisRateLimiter(this, link);
      link.start(limiter.ledger::chargeLocal, limiter::recover);
      return limiter;
    }

    private Scheduler scheduler() {
      return scheduler != null ? scheduler : config.scheduler();
    }

    private RedisClient ownClient() {
      // Reconnect soon after Redis is back (Lettuce's default backoff grows to 30 s).
      RedisClient c =
          RedisClient.create(
              ClientResources.builder()
                  .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                  .build());
      c.setOptions(
          ClientOptions.builder()
              .autoReconnect(true)
              .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
              .timeoutOptions(TimeoutOptions.enabled(RedisLink.connectTimeout(commandTimeout)))
              .socketOptions(SocketOptions.builder().connectTimeout(RedisLink.connectTimeout(commandTimeout)).build())
              .build());
      return c;
    }
  }
}
