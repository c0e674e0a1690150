package com.trengo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
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
    Set<String> generated = new TreeSet<>();
    for (Class<?> api : generatedApis()) {
      for (Method method : api.getDeclaredMethods()) {
        generated.add(method.getName());
      }
    }
    Set<String> spec = specOperationIds();
    assertEquals(spec, generated);
  }

  /** Every {@code *Api} interface the generator wrote, found where the generated classes are (a jar or a folder). */
  static List<Class<?>> generatedApis() throws Exception {
    Path location = Path.of(com.trengo.client.api.TicketsApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = "com/trengo/client/api/";
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(folder))) {
        files.map(f -> folder + f.getFileName()).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(folder)).forEach(names::add);
      }
    }
    List<Class<?>> apis = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith("Api.class") && name.indexOf('/', folder.length()) < 0) {
        apis.add(Class.forName(name.replace('/', '.').replace(".class", "")));
      }
    }
    assertTrue(apis.size() >= 9, "the generator wrote at least the first nine interfaces: " + apis);
    return apis;
  }
}
