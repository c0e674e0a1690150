package com.trengo.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.testing.GeneratedApis;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;

/**
 * The retry class of every operation: what {@link Idempotency} decides for its generated method is what
 * the table in {@code RetryPolicy}'s Javadoc tells users. Every operation other than a GET is named in
 * exactly one row, with its HTTP method; a row that says "yes" holds only operations Idempotency resends,
 * one that says "never" only operations it does not. An operation added to the contract without a row,
 * or a POST that sets a state left out of Idempotency, fails here.
 */
class RetryClassesTest {
  private static final Path TABLE = Path.of("src/main/java/com/trengo/client/http/RetryPolicy.java");
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

  /** One row of the table: its operations, method, and whether they are resent. */
  record Row(List<String> operations, String method, boolean resent) {}

  @Test
  void everyOperationHasTheRetryClassTheRetryPolicyTableSays() throws Exception {
    List<Row> rows = table();
    Map<String, Row> rowOf = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Row row : rows) {
      for (String operation : row.operations()) {
        if (rowOf.put(operation, row) != null) {
          problems.add(operation + " is in two rows");
        }
      }
    }
    int checked = 0;
    for (Method operation : GeneratedApis.operations()) {
      String method = httpMethod(operation);
      boolean idempotent = Idempotency.isIdempotent(request(operation, method));
      Row row = rowOf.remove(operation.getName());
      if (method.equals("GET")) {
        if (!idempotent) {
          problems.add(operation.getName() + " is a GET that is not resent");
        }
      } else if (row == null) {
        problems.add(operation.getName() + " (" + method + ") has no row in the RetryPolicy table");
      } else if (!row.method().equals(method) || row.resent() != idempotent) {
        problems.add(operation.getName() + " is a " + method + (idempotent ? " that is" : " that is not")
            + " resent, but its row says " + row.method() + (row.resent() ? ", yes" : ", never"));
      }
      checked++;
    }
    rowOf.keySet().forEach(name -> problems.add(name + " is in the table but is no operation"));

    assertEquals(List.of(), problems);
    assertTrue(checked >= 90, "the contract had 90 operations when this test was written: " + checked);
  }

  /** The rows of the table whose caption is "Which operations are resent ...", read from the source. */
  static List<Row> table() throws IOException {
    String javadoc = Files.readAllLines(TABLE).stream()
        .map(line -> line.replaceFirst("^\\s*\\*\\s?", ""))
        .collect(Collectors.joining(" "));
    int start = javadoc.indexOf("<caption>Which operations are resent");
    String table = javadoc.substring(start, javadoc.indexOf("</table>", start));
    List<Row> rows = new ArrayList<>();
    Pattern cell = Pattern.compile("<td>(.*?)</td>\\s*<td>(\\w+)</td>\\s*<td>(yes|<b>never</b>)</td>");
    Matcher m = cell.matcher(table);
    while (m.find()) {
      List<String> operations = new ArrayList<>();
      Matcher code = Pattern.compile("\\{@code\\s+(\\w+)}").matcher(m.group(1));
      while (code.find()) {
        operations.add(code.group(1));
      }
      rows.add(new Row(operations, m.group(2), m.group(3).equals("yes")));
    }
    assertTrue(rows.size() >= 10, "the table was read: " + rows);
    return rows;
  }

  private static String httpMethod(Method operation) {
    for (Annotation annotation : operation.getAnnotations()) {
      String name = annotation.annotationType().getSimpleName();
      if (HTTP_METHODS.contains(name)) {
        return name;
      }
    }
    throw new AssertionError(operation + " has no HTTP method annotation");
  }

  /** The invocation Retrofit tags a call with: the interface, a stand-in instance of it, the method. */
  @SuppressWarnings("unchecked") // the declaring class of a generated method is its interface
  private static <T> Invocation invocation(Method operation) {
    Class<T> api = (Class<T>) operation.getDeclaringClass();
    T instance = (T) Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, m, args) -> null);
    return Invocation.of(api, instance, operation, List.of());
  }

  /** A request as Retrofit makes it for {@code operation}: its method, tagged with its invocation. */
  private static Request request(Method operation, String method) {
    RequestBody body = method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0]);
    return new Request.Builder()
        .url("https://app.trengo.com/api/v2/x")
        .method(method, body)
        .tag(Invocation.class, invocation(operation))
        .build();
  }
}
