package com.trengo.client.contract;

import com.trengo.client.TrengoClient;
import com.trengo.client.contract.ContractSpec.Operation;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.http.Sleeper;
import com.trengo.sandbox.ReceivedRequest;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A {@link TrengoClient} pointed at the test class's sandbox, new for each test, injected as a test
 * method parameter. Register it in an instance field, after the sandbox's static one:
 *
 * <pre>{@code
 * @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
 * @RegisterExtension final ContractClient client = new ContractClient(sandbox);
 * }</pre>
 *
 * <p>Each client has a private {@link RateLimiter} from {@link RateLimiter#create}, so tests never
 * share the JVM-wide limiter of the sandbox's token, and a sleeper that records retry backoffs instead
 * of sleeping. After each test it checks that every operation the test's {@link Covers} names was
 * received by the sandbox: a test cannot claim an operation it never sent. That check runs before the
 * sandbox's own (violations) and reset, because JUnit runs after-each callbacks of instance-field
 * extensions before those of static-field ones.
 */
final class ContractClient implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private final TrengoSandboxExtension sandbox;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private TrengoClient client;

  ContractClient(TrengoSandboxExtension sandbox) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox == null");
  }

  /** A builder for a further client on the same sandbox (another token, say), with its own limiter. */
  TrengoClient.Builder builder() {
    return TrengoClient.builder()
        .baseUrl(sandbox.baseUrl())
        .token(sandbox.token())
        .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults()))
        .sleeper(recordingSleeper());
  }

  /** The backoffs the client waited between retries in this test (it did not really wait). */
  List<Duration> retryWaits() {
    return List.copyOf(waits);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    waits.clear();
    client = builder().build();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    client.close();
    Method test = context.getRequiredTestMethod();
    Covers covers = test.getAnnotation(Covers.class);
    if (covers != null) {
      List<String> problems = unsent(covers.value(), ContractSpec.byId(), sandbox.sandbox().receivedRequests());
      if (!problems.isEmpty()) {
        throw new AssertionError(
            test.getName() + " is marked @Covers but:\n  - " + String.join("\n  - ", problems));
      }
    }
  }

  /** For each covered id: unknown to the contract, or never received by the sandbox. */
  static List<String> unsent(String[] covered, Map<String, Operation> operations, List<ReceivedRequest> received) {
    List<String> problems = new ArrayList<>();
    for (String id : covered) {
      Operation operation = operations.get(id);
      if (operation == null) {
        problems.add(id + " is not an operationId of the contract");
      } else if (received.stream().noneMatch(operation::wasSentIn)) {
        problems.add("the sandbox received no " + operation.method() + " " + operation.path() + " (" + id + ")");
      }
    }
    return problems;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TrengoClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return client;
  }

  private Sleeper recordingSleeper() {
    return waits::add;
  }
}
