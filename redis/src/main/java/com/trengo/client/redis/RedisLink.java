package com.trengo.client.redis;

import com.trengo.client.http.Scheduler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The limiter's one Redis connection, and whether the shared budget is in use ("up") or the local
 * fallback is ("down"). Every command is bounded by the command timeout, so nothing waits on an
 * unreachable Redis. Going down logs one WARN and starts probing every {@code probeInterval}; a probe
 * that reconnects and runs the recovery step (which tells Redis what this process sent meanwhile)
 * brings it up again, with one INFO. Log lines name the key prefix and Redis address, never the token.
 */
final class RedisLink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);

  private final RedisClient client;
  private final boolean ownsClient;
  private final RedisURI uri;
  private final Duration commandTimeout;
  private final Duration probeInterval;
  private final Scheduler scheduler;
  private final String name;

  private volatile StatefulRedisConnection<String, String> connection;
  private volatile boolean up;
  private volatile boolean closed;
  private volatile Runnable onDown = () -> {};
  private volatile Supplier<CompletableFuture<?>> recovery = () -> CompletableFuture.completedFuture(null);
  private boolean probing; // guarded by this

  RedisLink(
      RedisClient client,
      boolean ownsClient,
      RedisURI uri,
      Duration commandTimeout,
      Duration probeInterval,
      Scheduler scheduler,
      String name) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.uri = uri;
    this.commandTimeout = commandTimeout;
    this.probeInterval = probeInterval;
    this.scheduler = scheduler;
    this.name = name;
  }

  /**
   * Connects now and loads the scripts, waiting at most the connect timeout; when Redis is
   * unreachable, starts down.
   */
  void start(Runnable onDown, Supplier<CompletableFuture<?>> recovery) {
    this.onDown = onDown;
    this.recovery = recovery;
    try {
      // Connecting and loading the scripts also loads Netty's and Lettuce's classes: in a cold JVM on a
      // busy machine that alone can take longer than a command may, so it has a timeout of its own.
      StatefulRedisConnection<String, String> c = connect().get(connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
      connection = c;
      CompletableFuture.allOf(
              LuaScript.ALL.stream()
                  .map(script -> c.async().scriptLoad(script.text).toCompletableFuture())
                  .toArray(CompletableFuture[]::new))
          .get(connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
      up = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed(e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException | RuntimeException e) {
      failed(e);
    }
  }

  /** How long connecting may take: four command timeouts, at least 2 s. */
  Duration connectTimeout() {
    return connectTimeout(commandTimeout);
  }

  static Duration connectTimeout(Duration commandTimeout) {
    Duration four = commandTimeout.multipliedBy(4);
    return four.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : four;
  }

  private CompletableFuture<StatefulRedisConnection<String, String>> connect() {
    return client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture();
  }

  /** Whether the shared budget in Redis is in use. */
  boolean isUp() {
    return up && !closed;
  }

  /**
   * Runs {@code script} (EVALSHA, and EVAL when Redis does not know it yet, as after a restart),
   * failing with a timeout after the command timeout.
   */
  <T> CompletableFuture<T> eval(LuaScript script, ScriptOutputType type, String[] keys, String... args) {
    StatefulRedisConnection<String, String> c = connection;
    if (c == null || closed) {
      return CompletableFuture.failedFuture(new RedisConnectionException("not connected to Redis"));
    }
    RedisAsyncCommands<String, String> commands = c.async();
    CompletableFuture<T> sent;
    try {
      sent = commands.<T>evalsha(script.sha, type, keys, args).toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return sent.exceptionallyCompose(
            e ->
                unwrap(e) instanceof RedisNoScriptException
                    ? commands.<T>eval(script.text, type, keys, args).toCompletableFuture()
                    : CompletableFuture.failedFuture(unwrap(e)))
        .orTimeout(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Removes members from sorted sets, best effort (leaving the queue). */
  void zrem(String key, String member) {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null && isUp()) {
      try {
        c.async().zrem(key, member);
      } catch (RuntimeException e) {
        failed(e);
      }
    }
  }

  /**
   * A command failed or timed out: Redis is unreachable (or refusing us), so switch to the local
   * fallback, once, and probe until it is back.
   */
  void failed(Throwable cause) {
    boolean wasUp;
    synchronized (this) {
      wasUp = up;
      up = false;
    }
    if (closed) {
      return;
    }
    if (wasUp || connection == null && !probing) {
      LOG.warn(
          "Redis rate limiter {}: Redis is unreachable ({}); pacing this process alone with a local"
              + " limiter of the same limit until it is back",
          name,
          describe(cause));
      if (wasUp) {
        onDown.run();
      }
    }
    probeLater();
  }

  private void probeLater() {
    synchronized (this) {
      if (probing || closed) {
        return;
      }
      probing = true;
    }
    scheduler.schedule(this::probe, probeInterval);
  }

  private void probe() {
    if (closed) {
      return;
    }
    CompletableFuture<StatefulRedisConnection<String, String>> connected =
        connection != null
            ? CompletableFuture.completedFuture(connection)
            : connect().orTimeout(connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    connected
        .thenCompose(
            c -> {
              connection = c;
              return recovery.get();
            })
        .whenComplete(
            (ok, error) -> {
              synchronized (this) {
                probing = false;
                if (error == null && !closed) {
                  up = true;
                }
              }
              if (closed) {
                return;
              }
              if (error == null) {
                LOG.info("Redis rate limiter {}: Redis is back; the shared budget applies again", name);
              } else {
                probeLater();
              }
            });
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String describe(Throwable cause) {
    Throwable t = unwrap(cause);
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  @Override
  public void close() {
    closed = true;
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      c.closeAsync();
    }
    if (ownsClient) {
      // The client's resources (event loops) were made for it alone: release them too.
      client.shutdownAsync(0, 1, TimeUnit.SECONDS)
          .whenComplete((ok, error) -> client.getResources().shutdown(0, 1, TimeUnit.SECONDS));
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
