package com.trengo.client;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the public API of trengo-java (every public or protected type and member outside {@code
 * com.trengo.client.internal}) to the checked-in file {@code extensions/api/trengo-java.api}, as OkHttp does
 * with {@code okhttp.api}: any change to what users can call, added or removed, fails the build until the
 * file is updated, so the change shows up in review as a diff of that file.
 *
 * <p>To accept a change deliberately, regenerate the file and commit it with the code:
 *
 * <pre>
 * ./mvnw -B -pl extensions -am verify -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -Dtrengo.api.update=true
 * </pre>
 *
 * A removed or changed line breaks code compiled against the previous release: say so in the commit
 * message, and in the release notes.
 */
class PublicApiTest {
  private static final Path API_FILE = Path.of("api", "trengo-java.api");
  private static final String UPDATE = "trengo.api.update";

  @Test
  void thePublicApiMatchesTheCheckedInApiFile() throws Exception {
    String actual = render(publicClasses());
    Path file = moduleDir().resolve(API_FILE);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      System.out.println("Wrote " + file);
      return;
    }
    assertTrue(Files.exists(file), "no " + file + "; create it with -D" + UPDATE + "=true (see PublicApiTest)");
    String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!expected.equals(actual)) {
      fail("The public API of trengo-java changed:\n" + diff(expected, actual)
            + "\nIf this is deliberate, run\n  ./mvnw -B -pl extensions -am verify -Dtest=PublicApiTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE + "=true\nand commit extensions/" + API_FILE
            + " with the change (a removed or changed line breaks users' code).");
    }
  }

  @Test
  void internalClassesAreNotInTheApiFile() throws Exception {
    assertTrue(
        publicClasses().stream().noneMatch(c -> c.getPackageName().startsWith("com.trengo.client.internal")),
        "the API file leaves com.trengo.client.internal out");
  }

  /** Public and protected classes of the library's own output, outside internal, nested ones included. */
  private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(TrengoClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> result = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
    }
    for (Path path : files) {
      String name = classes.relativize(path).toString().replace(path.getFileSystem().getSeparator(), ".");
      name = name.substring(0, name.length() - ".class".length());
      if (!name.startsWith("com.trengo.client.") || name.startsWith("com.trengo.client.internal.")
          || name.endsWith("package-info") || name.endsWith("module-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
      if (isVisible(type)) {
        result.add(type);
      }
    }
    result.sort((a, b) -> a.getName().compareTo(b.getName()));
    return result;
  }

  /** Reachable from outside: public or protected, and so is every enclosing class; not anonymous or local. */
  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic() || !isExposed(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isExposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String render(List<Class<?>> types) {
    StringBuilder out = new StringBuilder();
    for (Class<?> type : types) {
      out.append(header(type)).append('\n');
      List<String> members = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (isExposed(f.getModifiers()) && !f.isSynthetic()) {
          members.add("1 " + f.getName() + '\t' + deprecated(f) + modifiers(f.getModifiers(), type)
              + f.getGenericType().getTypeName() + ' ' + f.getName());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isExposed(c.getModifiers()) && !c.isSynthetic() && !type.isEnum()) {
          members.add("2 " + '\t' + deprecated(c) + modifiers(c.getModifiers(), type) + typeParameters(c.getTypeParameters())
              + simpleName(type) + parameters(c) + exceptions(c));
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (isExposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          members.add("3 " + m.getName() + '\t' + deprecated(m) + modifiers(m.getModifiers(), type) + (m.isDefault() ? "default " : "")
              + typeParameters(m.getTypeParameters()) + m.getGenericReturnType().getTypeName() + ' ' + m.getName()
              + parameters(m) + exceptions(m));
        }
      }
      // Fields, constructors, methods; each by name (the key before the tab), then by signature.
      members.stream().sorted().forEach(m -> out.append("  ").append(m.substring(m.indexOf('\t') + 1)).append('\n'));
      out.append('\n');
    }
    return out.toString();
  }

  private static String header(Class<?> type) {
    String kind =
        type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
            : type.isRecord() ? "record" : "class";
    int modifiers = type.getModifiers();
    if (type.isInterface()) {
      modifiers &= ~(Modifier.ABSTRACT | Modifier.INTERFACE);
    }
    if (type.isEnum() || type.isRecord()) {
      modifiers &= ~Modifier.FINAL;
    }
    StringBuilder h = new StringBuilder(deprecated(type)).append(Modifier.toString(modifiers)).append(' ').append(kind)
        .append(' ').append(type.getName()).append(typeParameters(type.getTypeParameters()).stripTrailing());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
      h.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      h.append(type.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return h.toString();
  }

  private static String modifiers(int modifiers, Class<?> owner) {
    if (owner.isInterface()) {
      modifiers &= ~(Modifier.PUBLIC | Modifier.ABSTRACT);
    }
    modifiers &= ~(Modifier.TRANSIENT | Modifier.VOLATILE | Modifier.SYNCHRONIZED | Modifier.NATIVE | Modifier.STRICT);
    String text = Modifier.toString(modifiers);
    return text.isEmpty() ? "" : text + ' ';
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables)
            .map(v -> v.getName() + (v.getBounds().length == 1 && v.getBounds()[0] == Object.class ? ""
                : " extends " + Arrays.stream(v.getBounds()).map(Type::getTypeName).collect(Collectors.joining(" & "))))
            .collect(Collectors.joining(", ", "<", ">"))
        + ' ';
  }

  private static String parameters(Executable e) {
    return Arrays.stream(e.getGenericParameterTypes()).map(Type::getTypeName).collect(Collectors.joining(", ", "(", ")"))
        .replaceFirst("\\[\\]\\)$", e.isVarArgs() ? "...)" : "[])");
  }

  private static String exceptions(Executable e) {
    Type[] thrown = e.getGenericExceptionTypes();
    return thrown.length == 0 ? ""
        : Arrays.stream(thrown).map(Type::getTypeName).collect(Collectors.joining(", ", " throws ", ""));
  }

  private static String deprecated(AnnotatedElement element) {
    return element.isAnnotationPresent(Deprecated.class) ? "@Deprecated " : "";
  }

  private static String simpleName(Class<?> type) {
    return type.getSimpleName();
  }

  /** Lines only in the file ("-") and only in the code ("+"). */
  private static String diff(String expected, String actual) {
    List<String> was = expected.lines().collect(Collectors.toList());
    List<String> now = actual.lines().collect(Collectors.toList());
    StringBuilder out = new StringBuilder();
    was.stream().filter(l -> !now.contains(l)).forEach(l -> out.append("- ").append(l).append('\n'));
    now.stream().filter(l -> !was.contains(l)).forEach(l -> out.append("+ ").append(l).append('\n'));
    return out.length() == 0 ? "(the same lines, in another order)\n" : out.toString();
  }

  /** extensions/, whether the tests run from it (Maven) or from the repository root (an IDE). */
  private static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("src/test/java")) ? here : here.resolve("extensions");
  }
}
