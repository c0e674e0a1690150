package com.trengo.client.contract;

import com.trengo.sandbox.ReceivedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The operations of the bundled contract ({@code /com/trengo/api/trengo-openapi.yml}, from trengo-api):
 * operationId, method, path and tag, read line by line from the YAML's fixed layout. {@link
 * #operationIdLines} reads the ids a second, layout-blind way, so a change of layout that hid an
 * operation from the first reading fails {@link OperationCoverageTest} instead of shrinking it.
 */
final class ContractSpec {

  static final String RESOURCE = "/com/trengo/api/trengo-openapi.yml";

  /** Where the contract's paths live: the servers URL's path, which the sandbox serves too. */
  static final String BASE_PATH = "/api/v2";

  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options|trace):\\s*$");
  private static final Pattern OPERATION_ID = Pattern.compile("^      operationId:\\s*(\\S+)\\s*$");
  private static final Pattern FIRST_TAG = Pattern.compile("^        - (.+?)\\s*$");
  private static final Pattern ANY_OPERATION_ID = Pattern.compile("(?m)^\\s+operationId:\\s*(\\S+)\\s*$");

  private ContractSpec() {}

  /** One operation of the contract. */
  record Operation(String id, String method, String path, String tag) {

    /**
     * The contract test class that must cover it, named as the generator names the tag's interface:
     * tag "Teams and Users" gives TeamsAndUsersContractTest, and a word in capitals is one word, so
     * "SMS" gives SmsContractTest (beside SmsApi).
     */
    String contractTestName() {
      if (tag.isBlank()) {
        return "UntaggedContractTest";
      }
      return Arrays.stream(tag.trim().split("\\s+"))
              .map(word -> word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word)
              .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
              .collect(Collectors.joining())
          + "ContractTest";
    }

    /** Whether the sandbox received this operation: same method, path matching the template. */
    boolean wasSentIn(ReceivedRequest request) {
      String url = request.url();
      String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
      return request.method().equalsIgnoreCase(method) && pathPattern().matcher(path).matches();
    }

    private Pattern pathPattern() {
      String regex =
          Arrays.stream((BASE_PATH + path).split("/", -1))
              .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
              .collect(Collectors.joining("/"));
      return Pattern.compile(regex);
    }

    @Override
    public String toString() {
      return id + " (" + method + " " + path + ")";
    }
  }

  /** Every operation, in the order of the spec. */
  static List<Operation> operations() {
    return parse(text());
  }

  /** Every operation by id. */
  static Map<String, Operation> byId() {
    return operations().stream().collect(Collectors.toMap(Operation::id, Function.identity()));
  }

  /** The operation with this id, if the contract has it. */
  static Optional<Operation> operation(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** Every {@code operationId:} line of the file, whatever its indentation. */
  static Set<String> operationIdLines() {
    Matcher m = ANY_OPERATION_ID.matcher(text());
    Set<String> ids = new TreeSet<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static List<Operation> parse(String yaml) {
    List<Operation> operations = new ArrayList<>();
    OperationLines current = null;
    boolean inPaths = false;
    String path = null;
    for (String line : yaml.split("\\R")) {
      Matcher m;
      boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
      boolean newPath = inPaths && PATH.matcher(line).matches();
      boolean newMethod = inPaths && METHOD.matcher(line).matches();
      if ((topLevel || newPath || newMethod) && current != null) {
        current.toOperation().ifPresent(operations::add);
        current = null;
      }
      if (topLevel) {
        inPaths = line.startsWith("paths:");
      } else if (newPath) {
        m = PATH.matcher(line);
        path = m.matches() ? m.group(1) : null;
      } else if (newMethod) {
        m = METHOD.matcher(line);
        current = new OperationLines(m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : null, path);
      } else if (current != null) {
        current.read(line);
      }
    }
    if (current != null) {
      current.toOperation().ifPresent(operations::add);
    }
    return operations;
  }

  /** The lines of one method under a path, as they are read. */
  private static final class OperationLines {
    private final String method;
    private final String path;
    private String id;
    private String tag;
    private boolean inTags;

    OperationLines(String method, String path) {
      this.method = method;
      this.path = path;
    }

    void read(String line) {
      Matcher m;
      if ((m = OPERATION_ID.matcher(line)).matches()) {
        id = m.group(1);
        inTags = false;
      } else if (line.equals("      tags:")) {
        inTags = true;
      } else if (inTags && tag == null && (m = FIRST_TAG.matcher(line)).matches()) {
        tag = m.group(1);
      } else if (line.startsWith("      ") && !line.startsWith("       ")) {
        inTags = false;
      }
    }

    Optional<Operation> toOperation() {
      return id == null ? Optional.empty() : Optional.of(new Operation(id, method, path, tag == null ? "" : tag));
    }
  }

  private static String text() {
    try (InputStream in = ContractSpec.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("trengo-api (test scope) ships the contract at " + RESOURCE + "; not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
