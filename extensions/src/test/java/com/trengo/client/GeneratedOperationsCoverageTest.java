package com.trengo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import com.trengo.client.testing.GeneratedApis;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every operationId of the bundled contract comes out of the generator as a Java method. */
class GeneratedOperationsCoverageTest {

  static final String SPEC = "/com/trengo/api/trengo-openapi.yml";
  private static final Pattern OPERATION_ID = Pattern.compile("(?m)^\\s+operationId:\\s*(\\S+)\\s*$");

  static Set<String> specOperationIds() throws IOException {
    try (InputStream in = GeneratedOperationsCoverageTest.class.getResourceAsStream(SPEC)) {
      assertNotNull(in, "the api module ships the contract at " + SPEC);
      Matcher m = OPERATION_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Set<String> ids = new TreeSet<>();
      while (m.find()) {
        ids.add(m.group(1));
      }
      return ids;
    }
  }

  @Test
  void everyOperationIdOfTheSpecIsAGeneratedMethod() throws Exception {
    List<Class<?>> apis = GeneratedApis.all();
    Set<String> generated = new TreeSet<>();
    for (Method method : GeneratedApis.operations()) {
      generated.add(method.getName());
    }
    Set<String> spec = specOperationIds();
    assertTrue(apis.size() >= 9, "the generator wrote at least the first nine interfaces: " + apis);
    assertEquals(spec, generated);
  }
}
