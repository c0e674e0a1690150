package com.trengo.client.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.TicketQuery;
import com.trengo.client.TrengoClient;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.sandbox.SpecViolation;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sandbox's contract validator is active under the contract tests: an exchange that leaves the
 * contract, in either direction, is reported with the validator's own message. Each test expects its
 * violation and clears it, so the sandbox extension does not fail the test for it.
 */
class ContractValidationTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  void aResponseWhoseIdIsAStringIsReportedWithTheValidatorsMessage(TrengoClient trengo, TrengoSandbox sandbox) {
    // A stub added through WireMock's admin API outranks the sandbox's own (and reset() drops it again).
    // The admin API admits the sandbox's token only; admin() carries it.
    sandbox.admin()
        .register(
            get(urlPathEqualTo("/api/v2/contacts/5001"))
                .atPriority(1)
                .willReturn(okJson("{\"id\":\"abc\",\"name\":\"Broken\"}")));

    assertThrows(TrengoDecodingException.class, () -> trengo.contacts().get(5001));

    List<SpecViolation> violations = sandbox.violations();
    assertEquals(1, violations.size(), violations.toString());
    SpecViolation violation = violations.get(0);
    assertEquals(SpecViolation.Direction.RESPONSE, violation.direction());
    assertEquals("GET /api/v2/contacts/5001", violation.method() + " " + violation.url());
    assertEquals("validation.response.body.schema.type", violation.key());
    assertEquals(
        "[Path '/id'] Instance type (string) does not match any allowed primitive type (allowed: [\"integer\"])",
        violation.message());
    sandbox.clearViolations();
  }

  @Test
  void aRequestOutsideTheContractIsReportedWithTheValidatorsMessage(TrengoClient trengo, TrengoSandbox sandbox) {
    // The client sends statuses it does not know as given (forward compatibility); the contract lists four.
    trengo.tickets().list(TicketQuery.builder().status("SNOOZED").build());

    List<SpecViolation> violations = sandbox.violations();
    assertEquals(1, violations.size(), violations.toString());
    assertEquals(SpecViolation.Direction.REQUEST, violations.get(0).direction());
    assertEquals("validation.request.parameter.schema.enum", violations.get(0).key());
    assertEquals(
        "Instance value (\"SNOOZED\") not found in enum"
            + " (possible values: [\"OPEN\",\"ASSIGNED\",\"CLOSED\",\"INVALID\"])",
        violations.get(0).message());
    sandbox.clearViolations();
  }
}
