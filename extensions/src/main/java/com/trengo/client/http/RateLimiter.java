package com.trengo.client.http;

import com.trengo.client.error.RateLimitWaitTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Response;

/**
 * Paces the requests made with one Trengo API token so the server never has to answer 429, while
 * using nearly all of the token's budget. The client takes a {@link Permit} before every attempt and
 * completes it with the response.
 *
 * <p>Two implementations ship: {@link LocalRateLimiter}, the default, which paces the callers of one
 * JVM ({@link #forToken} and {@link #create} make one), and the {@code trengo-redis} module's limiter,
 * which paces every process using the token. Pass either to {@code
 * TrengoClient.builder().rateLimiter(..)}. An implementation must be thread-safe.
 */
public interface RateLimiter {
  /**
   * The in-JVM limiter shared by everyone in this JVM who uses {@code token}: the same instance for the
   * same token. See {@link LocalRateLimiter#forToken}.
   */
  static LocalRateLimiter forToken(String token, RateLimitConfig config) {
    return LocalRateLimiter.forToken(token, config);
  }

  /** A new in-JVM limiter nobody else shares, unless you pass it to them. */
  static LocalRateLimiter create(RateLimitConfig config) {
    return LocalRateLimiter.create(config);
  }

  /**
   * A place in this limiter's queue, to {@linkplain Ticket#await await} once, and to {@linkplain
   * Ticket#cancel cancel} from any thread when the caller gives up.
   */
  Ticket ticket();

  /**
   * Waits until a request may be sent and takes a slot for it: {@code
   * ticket().await(config().maxWait())}.
   *
   * @throws RateLimitWaitTimeoutException if the wait would exceed the configured maximum wait
   * @throws InterruptedException if the thread is interrupted while waiting; no slot is taken
   */
  default Permit acquire() throws InterruptedException {
    return ticket().await(config().maxWait());
  }

  /**
   * Learns from a response's status and rate-limit headers: a 429 pauses every caller, and the
   * server's {@code X-RateLimit-*} headers may lower the limit. Unreadable headers are ignored.
   */
  void onResponse(Response response);

  /**
   * How many requests could start right now without waiting, as far as this limiter knows: a snapshot
   * for reporting.
   */
  int remaining();

  /** How many callers of this process are waiting in the queue right now: a snapshot for reporting. */
  int waiting();

  /** The limit, the window and the waits this limiter was made with. */
  RateLimitConfig config();

  /** A caller's place in the queue. */
  interface Ticket {
    /**
     * Waits until a request may be sent and takes a slot for it, waiting at most {@code maxWait}
     * (never longer than {@link RateLimitConfig#maxWait()}). Close the permit exactly once, when the
     * response or the failure arrives.
     *
     * @throws RateLimitWaitTimeoutException if the wait would exceed the maximum wait; no slot is taken
     * @throws CancellationException if the ticket is cancelled, before or while waiting; no slot is taken
     * @throws InterruptedException if the thread is interrupted while waiting; no slot is taken
     * @throws IllegalStateException if this ticket was awaited before
     */
    Permit await(Duration maxWait) throws InterruptedException;

    /**
     * {@link #await} without blocking a thread: the future completes with the permit when the
     * request may be sent, or exceptionally with {@link RateLimitWaitTimeoutException} or {@link
     * CancellationException} (no slot taken). The waiter keeps its place in the same queue as
     * blocking callers, first come first served. Cancelling the future cancels the ticket. Close the
     * permit exactly once; a permit granted after the future was completed by someone else is closed
     * by the limiter.
     *
     * @throws IllegalStateException if this ticket was awaited before
     */
    CompletableFuture<Permit> awaitAsync(Duration maxWait);

    /**
     * Leaves the queue now: the callers behind move up, and a waiting {@link #await} throws {@link
     * CancellationException} without taking a slot. Idempotent; no effect once a permit was granted.
     */
    void cancel();
  }

  /**
   * One granted request. Close it exactly once, when its response (or failure) arrives; closing again
   * does nothing.
   */
  interface Permit extends AutoCloseable {
    /**
     * Completes the request with the server's answer: learns from it as {@link
     * RateLimiter#onResponse(Response)} does, knowing when this request was granted, then closes the
     * permit.
     */
    void complete(Response response);

    /** Marks the request completed now. Idempotent; never throws. */
    @Override
    void close();
  }
}
