package com.trengo.specdiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The HTTP API changes between two OpenAPI contracts, as openapi-diff classifies them.
 *
 * <p>openapi-diff judges each change from a client's side: an operation that is gone, a request that
 * now asks for more, a required response field that is no longer sent or a changed type is
 * incompatible; anything a client written against the old contract can ignore is compatible. It
 * counts an <em>optional</em> response property that disappears as compatible (a client must already
 * cope with its absence), so {@link #removedResponseProperties()} names those separately: for the
 * generated client they remove accessors, which {@link BinaryComparison} reports.
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
  private final List<String> removedResponseProperties;

  private ApiComparison(DiffResult result, String report, List<String> removedResponseProperties) {
    this.result = result;
    this.report = report;
    this.removedResponseProperties = removedResponseProperties;
  }

  /**
   * Compares two contracts.
   *
   * @param oldSpec the contract the current client was generated from
   * @param newSpec the proposed contract
   * @return the classified differences, with openapi-diff's report
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
    return new ApiComparison(diff.isChanged(), render(diff), removedResponseProperties(diff));
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

  /**
   * openapi-diff's Markdown report: new, deleted, deprecated and changed operations down to each
   * added or deleted property (its console report stops at "Schema: Backward compatible").
   */
  String report() {
    return report;
  }

  /**
   * Names of the properties that responses no longer carry, sorted, whatever openapi-diff thought
   * of it.
   */
  List<String> removedResponseProperties() {
    return removedResponseProperties;
  }

  private static List<String> removedResponseProperties(ChangedOpenApi diff) {
    Set<String> names = new TreeSet<>();
    for (ChangedSchema schema : diff.getChangedSchemas()) {
      if (schema.getContext() != null && schema.getContext().isResponse()) {
        names.addAll(schema.getMissingProperties().keySet());
      }
    }
    return List.copyOf(names);
  }

  private static String render(ChangedOpenApi diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // The renderer closes the writer it is given.
    try (OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Markdown spacing is generous; one blank line between blocks reads better in a terminal.
    return bytes.toString(StandardCharsets.UTF_8).replaceAll("(\\R[ \\t]*){3,}", "\n\n").strip();
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(what + " " + file + " is not a file");
    }
  }
}
