package com.trengo.specdiff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles a few small classes in memory and jars them, standing in for a generated client. */
final class TestJars {

  private TestJars() {}

  /**
   * Compiles {@code sources} (simple class name to source text, package {@code demo}) into a jar.
   *
   * @return the jar, under {@code dir}
   */
  static Path jar(Path dir, String name, Map<String, String> sources) {
    try {
      Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
      List<JavaFileObject> units = new ArrayList<>();
      sources.forEach((type, text) -> units.add(new Source(type, text)));
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      boolean compiled = compiler.getTask(null, null, null,
          List.of("-d", classes.toString(), "--release", "17"), null, units).call();
      if (!compiled) {
        throw new IllegalStateException("test sources for " + name + " did not compile");
      }
      Path jar = dir.resolve(name + ".jar");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
          Stream<Path> files = Files.walk(classes)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
          Files.copy(file, (OutputStream) out);
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String type, String text) {
      super(URI.create("string:///demo/" + type + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = "package demo;\n" + text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
