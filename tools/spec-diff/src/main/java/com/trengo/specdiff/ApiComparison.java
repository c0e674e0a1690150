package com.trengo.specdiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * The HTTP API changes between two OpenAPI contracts, as openapi-diff classifies them.
 *
 * <p>openapi-diff judges each change from a client's side: a field a response no longer carries, an
 * operation that is gone, or a request that now asks for more is incompatible; anything a client
 * written against the old contract can ignore is compatible.
 */
final class ApiComparison {

  /** What the change means for a client written against the old contract. */
  enum Verdict {
    /** Nothing but descriptions and other metadata changed, if anything did. */
    NO_CHANGE,
    /** Every change is one an existing client can ignore. */
    NON_BREAKING,
    /** At least one change breaks an existing client, or openapi-diff could not tell. */
    BREAKING
  }

  private final DiffResult result;
  private final String report;

  private ApiComparison(DiffResult result, String report) {
    this.result = result;
    this.report = report;
  }

  /**
   * Compares two contracts.
   *
   * @param oldSpec the contract the current client was generated from
   * @param newSpec the proposed contract
   * @return the classified differences, with openapi-diff's console report
   * @throws IllegalArgumentException if either file is missing or is not a readable OpenAPI contract
   */
  static ApiComparison compare(Path oldSpec, Path newSpec) {
    Objects.requireNonNull(oldSpec, "oldSpec == null");
    Objects.requireNonNull(newSpec, "newSpec == null");
    requireFile(oldSpec, "old spec");
    requireFile(newSpec, "new spec");
    ChangedOpenApi diff;
    try {
      diff = OpenApiCompare.fromFiles(oldSpec.toFile(), newSpec.toFile());
    } catch (RuntimeException e) {
      // openapi-diff throws a bare RuntimeException ("Cannot read old OpenAPI spec") for a contract
      // the parser rejects; name the files so the reader knows which one.
      throw new IllegalArgumentException(
          "openapi-diff could not read " + oldSpec + " or " + newSpec + ": " + e.getMessage(), e);
    }
    return new ApiComparison(diff.isChanged(), render(diff));
  }

  /**
   * Maps openapi-diff's result onto the three verdicts. {@code UNKNOWN} (a change openapi-diff could
   * not classify) counts as breaking: a person has to look at it before the client is released.
   */
  static Verdict verdictOf(DiffResult result) {
    Objects.requireNonNull(result, "result == null");
    return switch (result) {
      case NO_CHANGES, METADATA -> Verdict.NO_CHANGE;
      case COMPATIBLE -> Verdict.NON_BREAKING;
      case INCOMPATIBLE, UNKNOWN -> Verdict.BREAKING;
    };
  }

  /** openapi-diff's own classification. */
  DiffResult result() {
    return result;
  }

  /** The verdict for a client written against the old contract. */
  Verdict verdict() {
    return verdictOf(result);
  }

  /** openapi-diff's console report: new, deleted, deprecated and changed operations, in detail. */
  String report() {
    return report;
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new ConsoleRender().render(diff, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(what + " " + file + " is not a file");
    }
  }
}
