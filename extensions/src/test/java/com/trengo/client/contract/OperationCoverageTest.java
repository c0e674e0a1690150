package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.contract.ContractSpec.Operation;
import com.trengo.sandbox.ReceivedRequest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every operationId of the bundled contract has a contract test: a test method in the {@code
 * XxxContractTest} of the operation's tag (tag "Teams and Users": {@code TeamsAndUsersContractTest}) marked
 * {@code @Covers("theOperationId")}. An operation added to the spec without one fails the build here,
 * and {@link ContractClient} fails a test whose {@code @Covers} names an operation it never sent.
 */
class OperationCoverageTest {

  @Test
  void everyOperationOfTheContractHasAContractTestInItsArea(TestReporter reporter) throws Exception {
    List<Operation> operations = ContractSpec.operations();

    Coverage coverage = Coverage.of(operations, contractTestClasses());

    System.out.println(coverage.table());
    System.out.println(coverage.summary());
    reporter.publishEntry("coverage", coverage.summary());
    assertEquals(List.of(), coverage.uncovered(), coverage.report());
    assertEquals(operations.size() + " of " + operations.size() + " operations covered", coverage.summary());
  }

  @Test
  void theWholeSpecIsRead() {
    List<Operation> operations = ContractSpec.operations();

    assertEquals(ContractSpec.operationIdLines(), new TreeSet<>(operations.stream().map(Operation::id).toList()));
    assertEquals(operations.size(), ContractSpec.byId().size(), "operationIds are unique");
    assertTrue(operations.size() >= 21, "the contract had 21 operations when this test was written");
    for (Operation operation : operations) {
      assertTrue(operation.path().startsWith("/"), operation.toString());
      assertFalse(operation.tag().isBlank(), operation + " has a tag: its area");
    }
  }

  @Test
  void everyCoversNamesAnOperationOfTheContractAndSitsOnATest() throws Exception {
    Set<String> known = ContractSpec.byId().keySet();
    List<String> problems = new ArrayList<>();
    for (Class<?> testClass : contractTestClasses()) {
      for (Method method : testClass.getDeclaredMethods()) {
        Covers covers = method.getAnnotation(Covers.class);
        if (covers == null) {
          continue;
        }
        if (!method.isAnnotationPresent(Test.class)) {
          problems.add(testClass.getSimpleName() + "." + method.getName() + " has @Covers but no @Test");
        }
        Arrays.stream(covers.value())
            .filter(id -> !known.contains(id))
            .forEach(id -> problems.add(testClass.getSimpleName() + "." + method.getName() + ": unknown " + id));
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void anOperationWithoutAContractTestFailsNamingItAndWhereItsTestBelongs() throws Exception {
    Operation archive = new Operation("archiveTicket", "PATCH", "/tickets/{ticket_id}/archive", "Tickets");
    Operation getContact = ContractSpec.operation("getContact").orElseThrow();

    Coverage coverage = Coverage.of(List.of(getContact, archive), contractTestClasses());

    assertEquals(List.of(archive), coverage.uncovered());
    assertEquals("1 of 2 operations covered", coverage.summary());
    assertTrue(
        coverage.report().contains(
            "archiveTicket (PATCH /tickets/{ticket_id}/archive): no test marked @Covers(\"archiveTicket\")"
                + " in TicketsContractTest"),
        coverage.report());
  }

  @Test
  void aTestThatNamesAnOperationItNeverSentIsCaught() {
    Map<String, Operation> operations = ContractSpec.byId();
    List<ReceivedRequest> received =
        List.of(
            new ReceivedRequest("GET", "/api/v2/contacts/5001", "", 200, Optional.empty()),
            new ReceivedRequest("POST", "/api/v2/tickets/90001/messages", "{}", 201, Optional.empty()));

    assertEquals(List.of(), ContractClient.unsent(new String[] {"getContact", "sendMessage"}, operations, received));
    assertEquals(
        List.of(
            "the sandbox received no DELETE /contacts/{contact_id} (deleteContact)",
            "the sandbox received no POST /tickets/{ticket_id}/messages/media (sendMediaMessage)",
            "getContacts is not an operationId of the contract"),
        ContractClient.unsent(new String[] {"deleteContact", "sendMediaMessage", "getContacts"}, operations, received));
  }

  /** The {@code *ContractTest} classes of this package, found on the test classpath. */
  static List<Class<?>> contractTestClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path dir = Path.of(OperationCoverageTest.class.getResource("").toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (String file : files.map(f -> f.getFileName().toString()).sorted().toList()) {
        if (file.endsWith("ContractTest.class")) {
          String name = OperationCoverageTest.class.getPackageName() + "." + file.replace(".class", "");
          classes.add(Class.forName(name));
        }
      }
    }
    return classes;
  }

  /** Which operations have a test marked {@code @Covers} in the contract test of their tag. */
  record Coverage(Map<Operation, List<String>> testsByOperation) {

    static Coverage of(List<Operation> operations, List<Class<?>> contractTests) {
      Map<String, Class<?>> bySimpleName =
          contractTests.stream().collect(Collectors.toMap(Class::getSimpleName, c -> c));
      Map<Operation, List<String>> tests = new LinkedHashMap<>();
      for (Operation operation : operations) {
        Class<?> area = bySimpleName.get(operation.contractTestName());
        List<String> covering = new ArrayList<>();
        if (area != null) {
          Arrays.stream(area.getDeclaredMethods())
              .filter(m -> m.isAnnotationPresent(Covers.class))
              .filter(m -> Arrays.asList(m.getAnnotation(Covers.class).value()).contains(operation.id()))
              .map(Method::getName)
              .sorted()
              .forEach(covering::add);
        }
        tests.put(operation, covering);
      }
      return new Coverage(tests);
    }

    List<Operation> uncovered() {
      return testsByOperation.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** "N of M operations covered". */
    String summary() {
      return (testsByOperation.size() - uncovered().size()) + " of " + testsByOperation.size() + " operations covered";
    }

    /** The summary, then each uncovered operation with the class its test belongs in. */
    String report() {
      return summary()
          + uncovered().stream()
              .map(o -> "\n  - " + o + ": no test marked @Covers(\"" + o.id() + "\") in " + o.contractTestName())
              .collect(Collectors.joining());
    }

    /** One line per operation: id, method and path, and the tests covering it. */
    String table() {
      int width =
          testsByOperation.keySet().stream().map(o -> o.toString().length()).max(Comparator.naturalOrder()).orElse(0);
      return testsByOperation.entrySet().stream()
          .map(e -> String.format("%-" + width + "s  %s: %s", e.getKey(), e.getKey().contractTestName(),
              e.getValue().isEmpty() ? "(none)" : String.join(", ", e.getValue())))
          .collect(Collectors.joining("\n"));
    }
  }
}
