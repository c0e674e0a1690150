package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small test classes that use the extension, the way a user would, and checks how they end. */
class TrengoSandboxExtensionTest {

  @Test
  void aTestThatBreaksTheContractFailsWithTheValidatorsMessage() {
    Events tests = run(BreaksTheContract.class);

    tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    Throwable failure =
        tests.failed().stream().findFirst().orElseThrow().getPayload(TestExecutionResult.class).orElseThrow()
            .getThrowable().orElseThrow();
    assertTrue(failure instanceof AssertionError, failure.toString());
    assertTrue(
        failure.getMessage().contains("request of POST /api/v2/teams: Object has missing required properties"),
        failure.getMessage());
  }

  @Test
  void theSandboxIsResetBetweenTestsByDefault() {
    run(ResetBetweenTests.class).assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void keepingStateBetweenTestsKeepsWhatATestCreated() {
    run(KeepsState.class).assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void extendWithAloneInjectsTheSandboxIntoTestMethods() {
    run(DeclaredWithExtendWith.class).assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void anInstanceFieldGivesEachTestItsOwnSandbox() {
    run(SandboxPerTest.class).assertStatistics(stats -> stats.started(2).succeeded(2));
    assertEquals(2, SandboxPerTest.ports.size());
    assertTrue(SandboxPerTest.closedAfterEach.stream().allMatch(running -> !running));
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
  }

  // The classes below are run by the tests above only: nested static classes are not picked up on their own.

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class BreaksTheContract {
    @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

    @Test
    @Order(1)
    void sendsATeamWithoutItsName() throws IOException {
      Api.of(sandbox.sandbox()).post("teams", "{}");
    }

    @Test
    @Order(2)
    void theNextTestStartsClean() {
      assertEquals(List.of(), sandbox.sandbox().violations());
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ResetBetweenTests {
    @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

    @Test
    @Order(1)
    void deletesAContact(TrengoSandbox injected) throws IOException {
      assertSame(sandbox.sandbox(), injected);
      assertEquals(204, Api.of(injected).delete("contacts/5001").status());
    }

    @Test
    @Order(2)
    void findsItAgain() throws IOException {
      assertEquals(200, Api.of(sandbox.sandbox()).get("contacts/5001").status());
      assertEquals(1, sandbox.sandbox().receivedRequests().size(), "the journal was reset too");
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeepsState {
    @RegisterExtension
    static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults().keepingStateBetweenTests();

    @Test
    @Order(1)
    void deletesAContact() throws IOException {
      assertEquals(204, Api.of(sandbox.sandbox()).delete("contacts/5001").status());
    }

    @Test
    @Order(2)
    void stillFindsItGone() throws IOException {
      assertEquals(404, Api.of(sandbox.sandbox()).get("contacts/5001").status());
    }
  }

  @ExtendWith(TrengoSandboxExtension.class)
  static class DeclaredWithExtendWith {
    @Test
    void listsUsers(TrengoSandbox sandbox) throws IOException {
      assertEquals(200, Api.of(sandbox).get("users").status());
    }
  }

  static class SandboxPerTest {
    static final List<Integer> ports = new CopyOnWriteArrayList<>();
    static final List<Boolean> closedAfterEach = new CopyOnWriteArrayList<>();
    private static TrengoSandbox previous;

    @RegisterExtension TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

    @Test
    void one() {
      record();
    }

    @Test
    void two() {
      record();
    }

    private void record() {
      if (previous != null) {
        closedAfterEach.add(previous.isRunning());
      }
      previous = sandbox.sandbox();
      ports.add(sandbox.sandbox().port());
      assertNotEquals(0, sandbox.sandbox().port());
    }
  }
}
