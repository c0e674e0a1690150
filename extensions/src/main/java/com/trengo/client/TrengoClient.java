package com.trengo.client;

import com.trengo.client.api.ChannelsApi;
import com.trengo.client.api.ContactGroupsApi;
import com.trengo.client.api.ContactsApi;
import com.trengo.client.api.HelpCenterApi;
import com.trengo.client.api.LabelsAndCustomFieldsApi;
import com.trengo.client.api.MessagesApi;
import com.trengo.client.api.ProfilesApi;
import com.trengo.client.api.QuickRepliesApi;
import com.trengo.client.api.ReportingApi;
import com.trengo.client.api.SmsApi;
import com.trengo.client.api.TeamsAndUsersApi;
import com.trengo.client.api.TicketResultsApi;
import com.trengo.client.api.TicketsApi;
import com.trengo.client.api.WebhooksApi;
import com.trengo.client.api.WhatsAppApi;
import com.trengo.client.http.LogLevel;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.RetryPolicy;
import com.trengo.client.http.Scheduler;
import com.trengo.client.http.Sleeper;
import com.trengo.client.http.Ticker;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.internal.HttpSettings;
import com.trengo.client.internal.HttpStack;
import com.trengo.client.internal.SleepingScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The entry point: one client per token, shared by the whole application, closed when done.
 *
 * <pre>{@code
 * try (TrengoClient trengo = TrengoClient.fromEnv()) {          // TRENGO_TOKEN, TRENGO_BASE_URL
 *   Contact contact = trengo.contacts().get(42);
 *   trengo.tickets().close(7);
 * }
 * }</pre>
 *
 * <p>Every call returns the model directly or throws an unchecked {@link
 * com.trengo.client.error.TrengoException}; each also has an {@code ...Async} form returning a {@link
 * java.util.concurrent.CompletableFuture}. Requests are paced by the token's {@link RateLimiter} and
 * resent by the rules of {@link RetryPolicy}, which never resend a request that creates data once it
 * may have reached the server. The client is thread-safe.
 *
 * <p><b>Threads of async calls.</b> An {@code ...Async} call parks no thread while it waits: its wait
 * for a rate-limit permit and its backoffs are timer entries on the {@link Scheduler} (by default
 * {@link Scheduler#system()}, one daemon thread for the whole JVM, which only decides and hands work
 * on), and an attempt occupies one of OkHttp's dispatcher threads only while it is on the wire (at
 * most 64 at a time, 5 per host, unless your {@link Builder#okHttpClient OkHttpClient}'s dispatcher
 * says otherwise). So 1,000 pending async calls cost 1,000 small objects, not 1,000 threads. The
 * future completes on a dispatcher thread or the scheduler's: hand slow work to your own executor
 * ({@code thenApplyAsync(.., executor)}). Calls made through {@link #api(Class)} are plain Retrofit
 * calls and wait in place. Lists page asynchronously with {@code listAllAsync(..)}.
 */
public final class TrengoClient implements AutoCloseable {
  private final ClientOptions options;
  private final HttpStack stack;
  private final CallExecutor executor;

  private TrengoClient(ClientOptions options, HttpStack stack, RequestOptions requestOptions) {
    this.options = options;
    this.stack = stack;
    this.executor = stack.executor(requestOptions);
  }

  /** A builder; {@link Builder#token(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code TRENGO_TOKEN} (required), {@code TRENGO_BASE_URL}
   * (optional, defaults to {@link ClientOptions#DEFAULT_BASE_URL}) and {@code TRENGO_LOG} (optional, see
   * {@link Builder#logLevel(LogLevel)}). The same as {@code builder().fromEnv().build()}.
   *
   * @throws IllegalStateException when {@code TRENGO_TOKEN} is not set
   */
  public static TrengoClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** This client's settings. */
  public ClientOptions options() {
    return options;
  }

  /**
   * A view of this client whose calls carry {@code requestOptions} (timeouts, retry policy, response
   * observer). It shares connections, threads and the rate limiter with this client; closing either
   * closes both.
   */
  public TrengoClient withOptions(RequestOptions requestOptions) {
    return new TrengoClient(options, stack, Objects.requireNonNull(requestOptions, "requestOptions == null"));
  }

  /**
   * Tickets: list, get, create, open one for a contact identifier, assign, close, reopen, merge, spam,
   * custom field values, favorites, delete.
   */
  public TicketsService tickets() {
    return new TicketsService(executor, stack.api(TicketsApi.class), contacts(), ticketResults());
  }

  /** Messages of a ticket: list, send text, send media. */
  public MessagesService messages() {
    return new MessagesService(executor, stack.api(MessagesApi.class));
  }

  /**
   * Contacts: list, create (also on a channel), get, update, delete, custom field values, notes, and
   * finding or creating a contact by identifier.
   */
  public ContactsService contacts() {
    return new ContactsService(executor, stack.api(ContactsApi.class));
  }

  /** Profiles: list, create, get, update, delete, attach and detach contacts. */
  public ProfilesService profiles() {
    return new ProfilesService(executor, stack.api(ProfilesApi.class));
  }

  /** Channels: list every channel, find them by type or name, list the voice channels. */
  public ChannelsService channels() {
    return new ChannelsService(executor, stack.api(ChannelsApi.class));
  }

  /** Teams: list, get, create, update (name, channels, agents), delete. */
  public TeamsService teams() {
    return new TeamsService(executor, stack.api(TeamsAndUsersApi.class));
  }

  /** Users (agents): list them. (Its createTeam is {@link #teams()}'s create, kept for existing code.) */
  public TeamsAndUsersService teamsAndUsers() {
    return new TeamsAndUsersService(executor, stack.api(TeamsAndUsersApi.class), teams());
  }

  /** Ticket labels: list, get, create, update, delete, find by name, attach to and detach from tickets. */
  public LabelsService labels() {
    return new LabelsService(executor, stack.api(LabelsAndCustomFieldsApi.class));
  }

  /** Custom fields of contacts, profiles and tickets: list, get, create, update, delete. */
  public CustomFieldsService customFields() {
    return new CustomFieldsService(executor, stack.api(LabelsAndCustomFieldsApi.class));
  }

  /**
   * Labels and custom fields, as the first version grouped them.
   *
   * @deprecated use {@link #labels()} and {@link #customFields()}; these methods keep working
   */
  @Deprecated
  public LabelsAndCustomFieldsService labelsAndCustomFields() {
    return new LabelsAndCustomFieldsService(labels(), customFields());
  }

  /** Quick replies, the answers agents insert: list (by type), create, update, delete. */
  public QuickRepliesService quickReplies() {
    return new QuickRepliesService(executor, stack.api(QuickRepliesApi.class));
  }

  /** Ticket results, the outcomes a ticket is closed with: list, get, create, update, delete, find by name. */
  public TicketResultsService ticketResults() {
    return new TicketResultsService(executor, stack.api(TicketResultsApi.class));
  }

  /** Contact groups: list, get, create, rename, delete. */
  public ContactGroupsService contactGroups() {
    return new ContactGroupsService(executor, stack.api(ContactGroupsApi.class));
  }

  /** SMS messages: list those sent, send one, and the wallet balance they are paid from. */
  public SmsService sms() {
    return new SmsService(executor, stack.api(SmsApi.class));
  }

  /** Help centers, read-only: each one's categories, articles and blocks. */
  public HelpCentersService helpCenters() {
    return new HelpCentersService(executor, stack.api(HelpCenterApi.class));
  }

  /** Ticket aggregates and reporting metrics. */
  public ReportingService reporting() {
    return new ReportingService(executor, stack.api(ReportingApi.class));
  }

  /** Webhooks: list, get, create, update, delete. */
  public WebhooksService webhooks() {
    return new WebhooksService(executor, stack.api(WebhooksApi.class));
  }

  /** WhatsApp: send an approved template. */
  public WhatsAppService whatsApp() {
    return new WhatsAppService(executor, stack.api(WhatsAppApi.class));
  }

  /**
   * A generated Retrofit interface (from {@code com.trengo.client.api}) bound to this client's whole
   * stack: auth, rate limiting and retries apply, but you handle {@code retrofit2.Call} and {@code
   * Response} yourself. For the rare case the services above do not cover.
   */
  public <T> T api(Class<T> generatedApi) {
    return stack.api(Objects.requireNonNull(generatedApi, "generatedApi == null"));
  }

  /** The rate limiter pacing this token; read {@link RateLimiter#remaining()} to report the budget. */
  public RateLimiter rateLimiter() {
    return options.rateLimiter();
  }

  /**
   * Releases the connections and threads this client created. A caller-supplied {@link OkHttpClient}
   * is left open: it is the caller's. Idempotent.
   */
  @Override
  public void close() {
    stack.close();
  }

  @Override
  public String toString() {
    return "TrengoClient{" + options + '}';
  }

  static String userAgent() {
    String version = "unknown";
    try (InputStream in = TrengoClient.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "trengo-java/" + version + " Java/" + System.getProperty("java.version");
  }

  /**
   * Builds a {@link TrengoClient}. Every setter checks its argument; {@link #token} is required. Later
   * calls override earlier ones, {@link #fromEnv()} included: {@code builder().fromEnv().maxRetries(5)}
   * takes the token and base URL from the environment and the retries from code.
   */
  public static final class Builder {
    private String token;
    private HttpUrl baseUrl = HttpUrl.get(ClientOptions.DEFAULT_BASE_URL);
    private RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
    private RateLimiter rateLimiter;
    private RateLimitConfig rateLimitConfig;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private LogLevel logLevel;
    private Consumer<String> logSink; // null: SLF4J
    private Function<String, String> env = System::getenv;
    private boolean tokenExpectedFromEnv;
    private OkHttpClient okHttpClient;
    private Proxy proxy;
    private final List<Interceptor> interceptors = new ArrayList<>();
    private final List<Interceptor> networkInterceptors = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Ticker ticker = Ticker.SYSTEM;
    private Scheduler scheduler; // null: Scheduler.system(), or through an injected sleeper
    private boolean timeInjected;
    private long maxResponseBytes = HttpStack.DEFAULT_MAX_RESPONSE_BYTES;
    private boolean allowPlainHttp;

    private Builder() {}

    /** The personal access token, sent as {@code Authorization: Bearer <token>}; never printed. */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token == null");
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c <= ' ' || c >= 0x7f) {
          // The value is a secret: say where, never what.
          throw new IllegalArgumentException(
              "token must be printable ASCII without spaces; found a bad character at index " + i);
        }
      }
      this.token = token;
      return this;
    }

    /**
     * The API root, e.g. {@code https://app.trengo.com/api/v2/} (the default) or a sandbox's URL. It
     * must not carry a user name or password: the token is the credential, and a password in a URL
     * ends up in logs. Plain {@code http://} is accepted for a loopback address only (a local sandbox),
     * unless {@link #allowPlainHttp(boolean)} says otherwise: the token would go out in clear.
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, was \""
            + baseUrl.replaceAll("//[^/@]*@", "//***@") + "\"");
      }
      if (!url.username().isEmpty() || !url.password().isEmpty()) {
        throw new IllegalArgumentException("baseUrl must not carry a user name or password (found in "
            + url.newBuilder().username("").password("").build().toString().replaceFirst("://", "://***@")
            + "): authenticate with the token");
      }
      this.baseUrl = url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
      return this;
    }

    /**
     * Whether a plain {@code http://} base URL may point at a host other than this machine (default
     * false). Every request carries the token, which plain HTTP sends in clear.
     */
    public Builder allowPlainHttp(boolean allow) {
      this.allowPlainHttp = allow;
      return this;
    }

    /**
     * The largest body of a successful answer the client reads, in bytes (default 16 MiB); a larger
     * one ends the call with {@link com.trengo.client.error.TrengoResponseTooLargeException} rather
     * than filling the heap.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** When and how requests are resent; see {@link RetryPolicy} for the rules. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /** Shorthand for the default retry policy with this many retries. */
    public Builder maxRetries(int maxRetries) {
      this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
      return this;
    }

    /**
     * The limiter to pace requests with, shared with whoever else holds it. By default the client
     * uses {@link RateLimiter#forToken}: one limiter per token in the JVM.
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter == null");
      return this;
    }

    /**
     * The budget of this token (default 120 requests per 60 s), used when the JVM's limiter for the
     * token is first made; see {@link RateLimiter#forToken}.
     */
    public Builder rateLimit(RateLimitConfig config) {
      this.rateLimitConfig = Objects.requireNonNull(config, "config == null");
      return this;
    }

    /** Connect timeout (default 10 s); zero means none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = ClientOptions.checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /** Read timeout (default 30 s); zero means none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = ClientOptions.checkTimeout(timeout, "readTimeout");
      return this;
    }

    /** Write timeout (default 30 s); zero means none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = ClientOptions.checkTimeout(timeout, "writeTimeout");
      return this;
    }

    /**
     * Timeout of a whole call: rate-limit waits, backoffs, every attempt and the body (default 2
     * minutes, or your {@link OkHttpClient}'s call timeout when it sets one); zero means none. A wait
     * that would end past it is not started.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = ClientOptions.checkTimeout(timeout, "callTimeout");
      return this;
    }

    /**
     * Logs each exchange at this level through SLF4J, logger {@code com.trengo.client.http}, at INFO: one
     * line per request and one per response. The library ships no SLF4J binding; the application's
     * decides where the lines go. Without this call the level comes from the environment variable
     * {@code TRENGO_LOG}: {@code info} ({@link LogLevel#BASIC}), {@code headers} or {@code body}; unset
     * means {@link LogLevel#NONE}. {@code Authorization} is always redacted.
     */
    public Builder logLevel(LogLevel level) {
      this.logLevel = Objects.requireNonNull(level, "level == null");
      return this;
    }

    /** Logs each exchange at this level to {@code sink} instead of SLF4J, one line per call of the sink. */
    public Builder logLevel(LogLevel level, Consumer<String> sink) {
      this.logLevel = Objects.requireNonNull(level, "level == null");
      this.logSink = Objects.requireNonNull(sink, "sink == null");
      return this;
    }

    /**
     * Your own OkHttp client (proxy, TLS, connection pool, tracing). The library derives its client
     * with {@link OkHttpClient#newBuilder()}, sharing your pool and dispatcher, and turns OkHttp's
     * silent connection retry off (resends are decided by {@link RetryPolicy}). It does not close it.
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * The proxy to connect through, e.g. {@code new Proxy(Proxy.Type.HTTP, new InetSocketAddress("proxy",
     * 3128))}, or {@link Proxy#NO_PROXY} to ignore the JVM's proxy settings. Applied on top of an {@link
     * #okHttpClient(OkHttpClient)} too. For a proxy that asks for credentials, pass an OkHttpClient with a
     * {@code proxyAuthenticator}.
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = Objects.requireNonNull(proxy, "proxy == null");
      return this;
    }

    /**
     * An interceptor that sees each logical call once, before retries and rate limiting. An async
     * call makes each attempt as its own OkHttp call (so no thread waits between them): the
     * interceptor sees each of its attempts.
     */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor == null"));
      return this;
    }

    /** A network interceptor: sees every attempt as sent on the wire. */
    public Builder addNetworkInterceptor(Interceptor interceptor) {
      networkInterceptors.add(Objects.requireNonNull(interceptor, "interceptor == null"));
      return this;
    }

    /** The clock for waits (tests inject a fake one). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      this.timeInjected = true;
      return this;
    }

    /** The sleeper for waits (tests inject one that advances a fake clock). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      this.timeInjected = true;
      return this;
    }

    /** The monotonic time call deadlines are measured with (tests inject one that follows a fake clock). */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker == null");
      this.timeInjected = true;
      return this;
    }

    /**
     * Where async calls wait (rate-limit permits, backoffs): {@link Scheduler#system()} by default,
     * or, when only a {@link #sleeper} was given, a thread that waits through that sleeper. Tests
     * inject one that runs its tasks as a fake clock advances; the client's default rate limiter then
     * waits there too.
     */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      this.timeInjected = true;
      return this;
    }

    /**
     * The settings the environment holds: {@code TRENGO_TOKEN} (the token, unless {@link #token} is called
     * after this) and {@code TRENGO_BASE_URL} when set. Combinable with every other setter; a later call
     * wins. {@link #build()} fails, naming {@code TRENGO_TOKEN}, when no token was set either way.
     *
     * @throws IllegalArgumentException when {@code TRENGO_BASE_URL} is not a URL (naming the variable and
     *     the value)
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    Builder fromEnv(Function<String, String> env) {
      this.env = env;
      String envToken = env.apply("TRENGO_TOKEN");
      if (envToken == null || envToken.isBlank()) {
        tokenExpectedFromEnv = true;
      } else {
        token(envToken.trim());
      }
      String envBaseUrl = env.apply("TRENGO_BASE_URL");
      if (envBaseUrl != null && !envBaseUrl.isBlank()) {
        try {
          baseUrl(envBaseUrl.trim());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("TRENGO_BASE_URL " + e.getMessage().replace("baseUrl ", ""), e);
        }
      }
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when no token was given
     */
    public TrengoClient build() {
      if (token == null && tokenExpectedFromEnv) {
        throw new IllegalStateException(
            "TRENGO_TOKEN is not set: export your Trengo personal access token as TRENGO_TOKEN,"
                + " or call token(..) on the builder");
      }
      if (token == null) {
        throw new IllegalStateException("token is required: call token(..), or use TrengoClient.fromEnv()");
      }
      if (baseUrl.scheme().equals("http") && !allowPlainHttp && !isLoopback(baseUrl.host())) {
        throw new IllegalStateException("baseUrl " + baseUrl + " is plain http to " + baseUrl.host()
            + ", which would send the token in clear: use https, or allowPlainHttp(true) if you must");
      }
      LogLevel level = logLevel != null ? logLevel : logLevelFromEnv(env.apply("TRENGO_LOG"));
      Scheduler scheduler = SleepingScheduler.forSettings(this.scheduler, sleeper);
      RateLimiter limiter = rateLimiter;
      if (limiter == null) {
        RateLimitConfig config = rateLimitConfig != null ? rateLimitConfig : RateLimitConfig.ofDefaults();
        if (timeInjected) {
          // A clock or sleeper given to the client paces its limiter too, so tests stay on one time.
          config = config.toBuilder().clock(clock).ticker(ticker).sleeper(sleeper).scheduler(scheduler).build();
        }
        limiter = RateLimiter.forToken(token, config);
      }
      HttpSettings settings =
          new HttpSettings(
              token, baseUrl, okHttpClient, proxy, retryPolicy, limiter, connectTimeout, readTimeout,
              writeTimeout, callTimeout, level, logSink, List.copyOf(interceptors),
              List.copyOf(networkInterceptors), clock, sleeper, userAgent(), ticker, maxResponseBytes, scheduler);
      return new TrengoClient(new ClientOptions(settings), HttpStack.create(settings), RequestOptions.none());
    }

    @Override
    public String toString() {
      return "TrengoClient.Builder{baseUrl=" + baseUrl + ", token=" + (token == null ? "unset" : "<redacted>") + '}';
    }

    /** localhost, 127.0.0.0/8 or ::1, by name: nothing is resolved. */
    private static boolean isLoopback(String host) {
      return host.equalsIgnoreCase("localhost")
          || host.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")
          || host.matches("127(\\.\\d{1,3}){3}")
          || host.equals("::1");
    }

    /** {@code TRENGO_LOG}: info, headers or body (any case); unset or blank is no logging. */
    static LogLevel logLevelFromEnv(String value) {
      if (value == null || value.isBlank()) {
        return LogLevel.NONE;
      }
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "info":
          return LogLevel.BASIC;
        case "headers":
          return LogLevel.HEADERS;
        case "body":
          return LogLevel.BODY;
        default:
          throw new IllegalArgumentException(
              "TRENGO_LOG must be info, headers or body (or unset for no logging), was \"" + value + '"');
      }
    }
  }
}
