package com.trengo.client;

import com.trengo.client.http.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Overrides for the requests made through one view of the client: timeouts, the retry policy, and an
 * observer that sees the status and headers of each response. Immutable. Use it with {@link
 * TrengoClient#withOptions(RequestOptions)}:
 *
 * <pre>{@code
 * Contact c = client.withOptions(RequestOptions.builder()
 *         .readTimeout(Duration.ofSeconds(2))
 *         .retryPolicy(RetryPolicy.none())
 *         .build())
 *     .contacts().get(42);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final RetryPolicy retryPolicy;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final Consumer<ResponseInfo> responseObserver;

  private RequestOptions(Builder b) {
    this.retryPolicy = b.retryPolicy;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.responseObserver = b.responseObserver;
  }

  /** No overrides: the client's own options apply. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A builder with no overrides set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The retry policy that replaces the client's, if set. */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /** The connect timeout that replaces the client's, if set. */
  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /** The read timeout that replaces the client's, if set. */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /** The write timeout that replaces the client's, if set. */
  public Optional<Duration> writeTimeout() {
    return Optional.ofNullable(writeTimeout);
  }

  /**
   * The timeout for a whole call (every attempt and wait included) that replaces the client's, if set.
   */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /** The observer of responses, if set. */
  public Optional<Consumer<ResponseInfo>> responseObserver() {
    return Optional.ofNullable(responseObserver);
  }

  @Override
  public String toString() {
    return "RequestOptions{retryPolicy=" + retryPolicy + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout + ", responseObserver=" + (responseObserver != null) + '}';
  }

  /** Builds {@link RequestOptions}; unset values fall back to the client's. */
  public static final class Builder {
    private RetryPolicy retryPolicy;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private Consumer<ResponseInfo> responseObserver;

    private Builder() {}

    private Builder(RequestOptions o) {
      this.retryPolicy = o.retryPolicy;
      this.connectTimeout = o.connectTimeout;
      this.readTimeout = o.readTimeout;
      this.writeTimeout = o.writeTimeout;
      this.callTimeout = o.callTimeout;
      this.responseObserver = o.responseObserver;
    }

    /** Replaces the client's retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /** Shorthand for a retry policy with this many retries and the client's other settings. */
    public Builder maxRetries(int maxRetries) {
      RetryPolicy base = retryPolicy != null ? retryPolicy : RetryPolicy.ofDefaults();
      this.retryPolicy = base.toBuilder().maxRetries(maxRetries).build();
      return this;
    }

    /** Replaces the connect timeout; zero means none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = ClientOptions.checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /** Replaces the read timeout; zero means none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = ClientOptions.checkTimeout(timeout, "readTimeout");
      return this;
    }

    /** Replaces the write timeout; zero means none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = ClientOptions.checkTimeout(timeout, "writeTimeout");
      return this;
    }

    /** Replaces the timeout of a whole call, retries and waits included; zero means none. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = ClientOptions.checkTimeout(timeout, "callTimeout");
      return this;
    }

    /**
     * Called with the status and headers of the final response of each call (after retries), on the
     * thread that completes the call. Use it to read rate-limit headers or request ids.
     */
    public Builder responseObserver(Consumer<ResponseInfo> observer) {
      this.responseObserver = Objects.requireNonNull(observer, "observer == null");
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
