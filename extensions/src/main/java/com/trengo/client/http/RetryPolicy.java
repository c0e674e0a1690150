package com.trengo.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how long the client waits before resending a request. Immutable; start from {@link
 * #ofDefaults()}: 2 retries, exponential backoff from 0.5 s doubling to a cap of 8 s, with up to 25%
 * jitter, server-requested waits ({@code Retry-After}, {@code X-RateLimit-Reset}) honoured up to 60 s,
 * and idempotent requests resent after 502, 503 and 504; or from {@link #forBulkJobs()}.
 *
 * <p>This is the client's only retry layer: a job that wants more persistence (more tries, a 500
 * tried again) configures it here rather than looping around the client. Every wait ends before the
 * call's timeout ({@code TrengoClient.Builder.callTimeout}), or is not started.
 *
 * <h2>What is resent</h2>
 *
 * <p>Whether a request may be resent depends on whether the server could have applied it:
 *
 * <table>
 *   <caption>Retry rules</caption>
 *   <tr><th>failure</th><th>could it have been applied?</th><th>resent for</th></tr>
 *   <tr><td>connection failed before the request was sent (DNS, refused, connect timeout)</td>
 *       <td>no</td><td>every request</td></tr>
 *   <tr><td>429 Too Many Requests</td><td>no: refused before doing anything</td>
 *       <td>every request, after the wait the server asked for</td></tr>
 *   <tr><td>502, 503, 504 (and what {@link Builder#retryStatuses} adds, such as 500)</td><td>maybe</td>
 *       <td>idempotent requests only</td></tr>
 *   <tr><td>read timeout, connection reset or closed after sending; a 2xx whose body breaks off,
 *       stalls or is no JSON (an HTML page from a proxy)</td><td>maybe</td>
 *       <td>idempotent requests only</td></tr>
 *   <tr><td>a redirect</td><td>maybe</td><td>never resent; a GET follows it within the same host</td></tr>
 *   <tr><td>any other status (400, 401, 404, 422, 500 unless added, ...)</td><td>answered</td>
 *       <td>never</td></tr>
 * </table>
 *
 * <p>"Idempotent" is decided per operation, not per method, because Trengo takes several state
 * changes as POSTs:
 *
 * <table>
 *   <caption>Which operations are resent after a failure that may have been applied</caption>
 *   <tr><th>operations</th><th>method</th><th>resent?</th><th>why</th></tr>
 *   <tr><td>every list and get</td><td>GET</td><td>yes</td><td>reads nothing but state</td></tr>
 *   <tr><td>{@code updateContact}, {@code updateProfile}, {@code updateWebhook}, {@code updateLabel},
 *       {@code updateCustomField}, {@code updateTeam}, {@code updateQuickReply}, {@code
 *       updateTicketResult}, {@code updateContactGroup}</td><td>PUT</td><td>yes</td><td>replaces
 *       fields with the same values</td></tr>
 *   <tr><td>{@code deleteContact}, {@code deleteProfile}, {@code deleteWebhook}, {@code
 *       detachContactFromProfile}, {@code deleteTicket}, {@code unmarkTicketAsSpam}, {@code
 *       unfavoriteTicket}, {@code detachLabelFromTicket}, {@code deleteMessage}, {@code
 *       deleteContactNote}, {@code deleteLabel}, {@code deleteCustomField}, {@code deleteTeam}, {@code
 *       deleteQuickReply}, {@code deleteTicketResult}, {@code deleteContactGroup}</td><td>DELETE</td>
 *       <td>yes</td><td>gone stays gone (a second delete may answer 404)</td></tr>
 *   <tr><td>{@code assignTicket}</td><td>POST</td><td>yes</td><td>sets the assignee: twice leaves
 *       what once does (a PATCH in the seed spec; Trengo's method is POST)</td></tr>
 *   <tr><td>{@code closeTicket}</td><td>POST</td><td>yes</td><td>a closed ticket stays closed (a
 *       PATCH in the seed spec; Trengo's method is POST)</td></tr>
 *   <tr><td>{@code setContactCustomField}, {@code setTicketCustomField}</td><td>POST</td><td>yes</td>
 *       <td>sets one value, replacing the last</td></tr>
 *   <tr><td>{@code reopenTicket}, {@code markTicketAsSpam}, {@code favoriteTicket}</td><td>POST</td>
 *       <td>yes</td><td>sets a state: a reopened ticket stays open, a spam ticket spam, a favorite a
 *       favorite</td></tr>
 *   <tr><td>{@code mergeTickets}</td><td>POST</td><td><b>never</b></td><td>the source ticket is deleted
 *       by the first merge, so a second would fail and hide that the first took effect</td></tr>
 *   <tr><td>{@code sendMessage}, {@code sendMediaMessage}, {@code sendQuickMessage}</td><td>POST</td>
 *       <td><b>never</b></td><td>a second send is a second message to the customer</td></tr>
 *   <tr><td>{@code sendWhatsAppTemplate}</td><td>POST</td><td><b>never</b></td><td>starts a WhatsApp
 *       session: a second send is a second template message</td></tr>
 *   <tr><td>{@code sendSmsMessage}</td><td>POST</td><td><b>never</b></td><td>a second SMS, paid for
 *       twice</td></tr>
 *   <tr><td>{@code logPhoneCall}, {@code uploadMessageFile}</td><td>POST</td><td><b>never</b></td>
 *       <td>a second call log, a second file</td></tr>
 *   <tr><td>{@code createContact}, {@code createContactOnChannel}, {@code createTicket}, {@code
 *       createTeam}, {@code createCustomField}, {@code createWebhook}, {@code createProfile}, {@code
 *       attachContactToProfile}, {@code addContactNote}, {@code attachLabelToTicket}, {@code
 *       createLabel}, {@code createQuickReply}, {@code createTicketResult}, {@code
 *       createContactGroup}</td><td>POST</td><td><b>never</b></td><td>may create data a second
 *       time</td></tr>
 * </table>
 *
 * <p>Every operation of the contract is in one row; {@code RetryClassesTest} holds the table to the
 * one place that decides (the client's {@code Idempotency}: the method, and for a POST the list of
 * those that set a state).
 *
 * <p>What is never resent once it may have reached the server ends in {@link
 * com.trengo.client.error.TrengoOutcomeUnknownException} instead. A request whose body can be read
 * only once is not resent either.
 *
 * <p>{@code createContactOnChannel} is idempotent on the server (a known identifier returns the
 * existing contact), but the rule above is about the transport and holds for it too: it is not
 * resent automatically. {@code contacts().getOrCreate(..)} resends it only after looking the
 * identifier up; see there.
 *
 * <p>When the server asks for a wait longer than {@link #maxServerWait()}, the client does not wait:
 * the {@link com.trengo.client.error.RateLimitException} reaches the caller with that wait.
 */
public final class RetryPolicy {
  /** Statuses a gateway or an overloaded server answers: the request may not have been processed. */
  private static final Set<Integer> GATEWAY_STATUSES = Set.of(502, 503, 504);

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxServerWait;
  private final Set<Integer> retryStatuses;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.maxServerWait = b.maxServerWait;
    this.retryStatuses = Set.copyOf(b.retryStatuses);
  }

  /** 2 retries, backoff 0.5 s doubling to 8 s, jitter 0.25, server waits honoured up to 60 s. */
  public static RetryPolicy ofDefaults() {
    return DEFAULTS;
  }

  /**
   * For a bulk job that would rather wait than fail a row: 6 retries (about 20 s of backoff at most),
   * and a 500 tried again like a 502 (for idempotent requests; a create answered 500 is an unknown
   * outcome, for the caller to look up). Pair it with a call timeout that leaves room for the waits.
   */
  public static RetryPolicy forBulkJobs() {
    return builder().maxRetries(6).retryStatuses(Set.of(500, 502, 503, 504)).build();
  }

  /** A policy that never resends. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** How many times a request may be resent after its first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The wait before the first retry, before jitter. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The largest wait between attempts, before jitter. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The fraction of each backoff that is taken off at random (0 = none, 0.25 = up to 25%). */
  public double jitter() {
    return jitter;
  }

  /** The longest server-requested wait ({@code Retry-After}) the client will wait out by itself. */
  public Duration maxServerWait() {
    return maxServerWait;
  }

  /**
   * The statuses at which an idempotent request is resent (by default 502, 503, 504). A 429 is resent
   * for every request, whatever this says: the server refused it before doing anything.
   */
  public Set<Integer> retryStatuses() {
    return retryStatuses;
  }

  /** Whether an idempotent request is resent after {@code status}. */
  public boolean retriesStatus(int status) {
    return retryStatuses.contains(status);
  }

  /**
   * The backoff before retry number {@code retry} (1 for the first), given a random number in [0, 1):
   * {@code min(initial * 2^(retry-1), max) * (1 - jitter * random)}.
   */
  public Duration backoff(int retry, double random) {
    long base = initialBackoff.toNanos();
    long capped = maxBackoff.toNanos();
    for (int i = 1; i < retry && base < capped; i++) {
      base *= 2;
    }
    base = Math.min(base, capped);
    return Duration.ofNanos((long) (base * (1.0 - jitter * random)));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", jitter=" + jitter + ", maxServerWait=" + maxServerWait
        + ", retryStatuses=" + new TreeSet<>(retryStatuses) + '}';
  }

  /** Builds a {@link RetryPolicy}; every setter checks its argument. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.25;
    private Duration maxServerWait = Duration.ofSeconds(60);
    private Set<Integer> retryStatuses = GATEWAY_STATUSES;

    private Builder() {}

    private Builder(RetryPolicy p) {
      this.maxRetries = p.maxRetries;
      this.initialBackoff = p.initialBackoff;
      this.maxBackoff = p.maxBackoff;
      this.jitter = p.jitter;
      this.maxServerWait = p.maxServerWait;
      this.retryStatuses = p.retryStatuses;
    }

    /** Resends after the first attempt; 0 disables retries. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The wait before the first retry. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /** The cap on the exponential backoff. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /** The fraction of each backoff taken off at random, in [0, 1]. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be in [0, 1], was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** The longest server-requested wait the client waits out before resending. */
    public Builder maxServerWait(Duration maxServerWait) {
      this.maxServerWait = nonNegative(maxServerWait, "maxServerWait");
      return this;
    }

    /**
     * The statuses at which an idempotent request is resent, each from 400 to 599 (default 502, 503,
     * 504). Add 500 for a job that would try a failed read again; a request that creates data is never
     * resent after any of them.
     */
    public Builder retryStatuses(Set<Integer> statuses) {
      Objects.requireNonNull(statuses, "statuses == null");
      for (Integer status : statuses) {
        if (status == null || status < 400 || status > 599) {
          throw new IllegalArgumentException("retryStatuses must be HTTP error statuses (400 to 599), had " + status);
        }
      }
      this.retryStatuses = Set.copyOf(statuses);
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff (" + maxBackoff + ") must be >= initialBackoff (" + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
