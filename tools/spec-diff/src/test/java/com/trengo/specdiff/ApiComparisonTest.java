package com.trengo.specdiff;

import static com.trengo.specdiff.Specs.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.specdiff.ApiComparison.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.model.DiffResult;

class ApiComparisonTest {

  @Test
  void identicalContractsAreNoChange() {
    ApiComparison diff = ApiComparison.compare(spec("base.yml"), spec("base.yml"));

    assertEquals(Verdict.NO_CHANGE, diff.verdict());
  }

  @Test
  void anAddedOptionalPropertyAndAnAddedOperationAreNonBreaking() {
    ApiComparison diff = ApiComparison.compare(spec("base.yml"), spec("added.yml"));

    assertEquals(Verdict.NON_BREAKING, diff.verdict());
    assertEquals(List.of(), diff.removedResponseProperties());
    assertTrue(diff.report().contains("/labels"), diff.report());
    assertTrue(diff.report().contains("full_name"), diff.report());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "removed-operation.yml",
      "removed-required-response-field.yml",
      "narrowed-request-enum.yml",
      "narrowed-request-format.yml",
      "changed-response-type.yml"})
  void changesThatBreakAnExistingClientAreBreaking(String newSpec) {
    ApiComparison diff = ApiComparison.compare(spec("base.yml"), spec(newSpec));

    assertEquals(Verdict.BREAKING, diff.verdict(), diff.report());
  }

  @Test
  void aRemovedOperationIsNamedInTheReport() {
    ApiComparison diff = ApiComparison.compare(spec("base.yml"), spec("removed-operation.yml"));

    assertTrue(diff.report().contains("/contacts/{contact_id}"), diff.report());
  }

  /**
   * openapi-diff's own rule (its issue #198): an optional property may be absent anyway, so a client
   * must cope without it. Pinned here so that an upgrade that changes the rule is noticed; the Java
   * check is what flags the accessors the generated client loses.
   */
  @Test
  void aRemovedOptionalResponsePropertyIsNonBreakingForTheApiButNamed() {
    ApiComparison diff =
        ApiComparison.compare(spec("base.yml"), spec("removed-optional-response-field.yml"));

    assertEquals(Verdict.NON_BREAKING, diff.verdict());
    assertEquals(List.of("phone"), diff.removedResponseProperties());
    assertTrue(diff.report().contains("Deleted property `phone`"), diff.report());
  }

  @ParameterizedTest
  @CsvSource({
      "NO_CHANGES, NO_CHANGE",
      "METADATA, NO_CHANGE",
      "COMPATIBLE, NON_BREAKING",
      "INCOMPATIBLE, BREAKING",
      "UNKNOWN, BREAKING"})
  void eachOpenApiDiffResultMapsToAVerdict(DiffResult result, Verdict expected) {
    assertEquals(expected, ApiComparison.verdictOf(result));
  }

  @Test
  void aContractTheParserRejectsFailsNamingTheFiles(@TempDir Path dir) throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yml"), "openapi: 3.0.3\npaths: [\n");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiComparison.compare(spec("base.yml"), broken));

    assertTrue(e.getMessage().contains("broken.yml"), e.getMessage());
  }

  @Test
  void aMissingContractFailsNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yml");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiComparison.compare(spec("base.yml"), missing));

    assertTrue(e.getMessage().contains("new spec"), e.getMessage());
  }
}
