package com.trengo.client.testing;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The interfaces the generator wrote ({@code com.trengo.client.api.*Api}), found where they are: a jar or a folder. */
public final class GeneratedApis {
  private static final String FOLDER = "com/trengo/client/api/";

  private GeneratedApis() {}

  /** Every generated {@code *Api} interface. */
  public static List<Class<?>> all() throws Exception {
    Path location =
        Path.of(com.trengo.client.api.TicketsApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(FOLDER))) {
        files.map(f -> FOLDER + f.getFileName()).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(FOLDER)).forEach(names::add);
      }
    }
    List<Class<?>> apis = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith("Api.class") && name.indexOf('/', FOLDER.length()) < 0) {
        apis.add(Class.forName(name.replace('/', '.').replace(".class", "")));
      }
    }
    return apis;
  }

  /** Every generated method, one per operationId of the contract. */
  public static List<Method> operations() throws Exception {
    List<Method> methods = new ArrayList<>();
    for (Class<?> api : all()) {
      methods.addAll(List.of(api.getDeclaredMethods()));
    }
    return methods;
  }
}
