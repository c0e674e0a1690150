package com.trengo.specdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.trengo.specdiff.ApiComparison.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitCodeTest {

  @ParameterizedTest(name = "api {0}, java {1}, expected {2} -> {3}")
  @CsvSource({
      "NO_CHANGE,    UNCHANGED,           false, OK",
      "NON_BREAKING, COMPATIBLE,          false, OK",
      "NON_BREAKING, SOURCE_INCOMPATIBLE, false, OK",
      "NON_BREAKING, BINARY_INCOMPATIBLE, false, BREAKING",
      "BREAKING,     UNCHANGED,           false, BREAKING",
      "BREAKING,     BINARY_INCOMPATIBLE, false, BREAKING",
      "BREAKING,     BINARY_INCOMPATIBLE, true,  OK",
      "NON_BREAKING, BINARY_INCOMPATIBLE, true,  OK",
      "NON_BREAKING, COMPATIBLE,          true,  OK"})
  void breakingExitsThreeUnlessExpected(Verdict api, BinaryComparison.Verdict java,
      boolean expectBreaking, ExitCode expected) {
    assertEquals(expected, ExitCode.of(api, java, expectBreaking));
  }

  @ParameterizedTest
  @CsvSource({"OK, 0", "FAILED, 1", "USAGE, 2", "BREAKING, 3"})
  void exitCodesAreTheDocumentedNumbers(ExitCode exit, int code) {
    assertEquals(code, exit.code());
  }
}
