package com.trengo.specdiff;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.config.Options;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiField;
import japicmp.model.JApiImplementedInterface;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import japicmp.output.stdout.StdoutOutputGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Java binary and source compatibility of a regenerated client jar with the previous one, as
 * japicmp computes it.
 *
 * <p>This is the half openapi-diff cannot see: a change that is harmless on the wire can still break
 * code compiled against the generated client (a new optional query parameter changes the signature
 * of the generated Retrofit method), and the reverse holds too.
 */
final class BinaryComparison {

  /** What the regenerated jar means for code compiled against the previous one. */
  enum Verdict {
    /** No public or protected class, method, field or constructor changed. */
    UNCHANGED,
    /** Only additions that compiled code and its sources can ignore. */
    COMPATIBLE,
    /**
     * Compiled code keeps working, but some sources would not compile unchanged: only sources that
     * implement or extend a generated type (a method added to a generated Retrofit interface breaks a
     * hand-written implementation of it, nothing else).
     */
    SOURCE_INCOMPATIBLE,
    /**
     * Compiled code keeps working, but code that calls the client would not compile unchanged: a
     * changed type argument ({@code Call<Message>} becoming {@code Call<MessageEnvelope>} has the same
     * erasure, so it links, and every caller reading the result fails to compile).
     */
    CALLER_SOURCE_INCOMPATIBLE,
    /** Code compiled against the previous jar can fail at run time (a removed method, say). */
    BINARY_INCOMPATIBLE
  }

  /**
   * One incompatible change: where it is and japicmp's name for it.
   *
   * @param element the class, or the class and member, as {@code a.b.Type.method(java.lang.String)}
   * @param change japicmp's change type, such as {@code METHOD_REMOVED}
   * @param binaryCompatible whether code compiled against the previous jar still links and runs
   * @param sourceCompatible whether sources written against the previous jar still compile
   */
  record Finding(String element, String change, boolean binaryCompatible, boolean sourceCompatible) {

    /** {@code BINARY} when compiled code breaks, else {@code SOURCE}. */
    String severity() {
      return binaryCompatible ? "SOURCE" : "BINARY";
    }
  }

  private final List<JApiClass> classes;
  private final List<Finding> findings;
  private final Verdict verdict;
  private final String report;
  private final boolean missingClassesIgnored;

  private BinaryComparison(List<JApiClass> classes, String report, boolean missingClassesIgnored) {
    this.classes = classes;
    this.findings = List.copyOf(findings(classes));
    this.verdict = verdictOf(classes, findings);
    this.report = report;
    this.missingClassesIgnored = missingClassesIgnored;
  }

  /**
   * Compares the public and protected API of two jars.
   *
   * @param oldJar the client generated from the committed contract
   * @param oldClasspath what {@code oldJar} needs to resolve supertypes (Retrofit, Gson); may be empty
   * @param newJar the client generated from the proposed contract
   * @param newClasspath what {@code newJar} needs; may be empty
   * @return the changes; when both classpaths are empty, classes japicmp cannot find are ignored, so
   *     a change inherited from a library class would go unseen
   * @throws IllegalArgumentException if a jar is not a file
   */
  static BinaryComparison compare(
      Path oldJar, List<Path> oldClasspath, Path newJar, List<Path> newClasspath) {
    Objects.requireNonNull(oldJar, "oldJar == null");
    Objects.requireNonNull(oldClasspath, "oldClasspath == null");
    Objects.requireNonNull(newJar, "newJar == null");
    Objects.requireNonNull(newClasspath, "newClasspath == null");
    requireFile(oldJar, "old jar");
    requireFile(newJar, "new jar");

    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    // Each side is resolved against its own dependencies: a contract change can come with a
    // generator or library change.
    options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.TWO_SEPARATE_CLASSPATHS);
    options.setOldClassPath(asStrings(oldClasspath));
    options.setNewClassPath(asStrings(newClasspath));
    boolean ignoreMissing = oldClasspath.isEmpty() && newClasspath.isEmpty();
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(ignoreMissing);

    JApiCmpArchive oldArchive = new JApiCmpArchive(oldJar.toFile(), "old");
    JApiCmpArchive newArchive = new JApiCmpArchive(newJar.toFile(), "new");
    List<JApiClass> classes = new JarArchiveComparator(options).compare(oldArchive, newArchive);
    return new BinaryComparison(classes, render(classes, oldArchive, newArchive), ignoreMissing);
  }

  /**
   * The verdict for a set of compared classes and their {@code findings}: the worst of them, by
   * japicmp's own judgement of each class with its members.
   */
  private static Verdict verdictOf(List<JApiClass> classes, List<Finding> findings) {
    boolean changed = false;
    boolean sourceIncompatible = false;
    for (JApiClass c : classes) {
      if (!c.isBinaryCompatible()) {
        return Verdict.BINARY_INCOMPATIBLE;
      }
      sourceIncompatible |= !c.isSourceCompatible();
      changed |= c.getChangeStatus() != JApiChangeStatus.UNCHANGED;
    }
    if (findings.stream().anyMatch(f -> !f.sourceCompatible() && !IMPLEMENTERS_ONLY.contains(f.change()))) {
      return Verdict.CALLER_SOURCE_INCOMPATIBLE;
    }
    if (sourceIncompatible || !findings.isEmpty()) {
      return Verdict.SOURCE_INCOMPATIBLE;
    }
    return changed ? Verdict.COMPATIBLE : Verdict.UNCHANGED;
  }

  /**
   * Source-incompatible changes that only code implementing or extending a generated type notices:
   * nobody implements a Retrofit interface or extends a generated model by hand on the common path.
   */
  private static final Set<String> IMPLEMENTERS_ONLY =
      Set.of(
          "METHOD_ADDED_TO_INTERFACE",
          "METHOD_ABSTRACT_ADDED_TO_CLASS",
          "METHOD_ABSTRACT_ADDED_IN_SUPERCLASS",
          "METHOD_ABSTRACT_ADDED_IN_IMPLEMENTED_INTERFACE");

  /** The verdict for code compiled against the previous jar. */
  Verdict verdict() {
    return verdict;
  }

  /** Every change that breaks compiled code or sources, class by class, in japicmp's order. */
  List<Finding> incompatibleChanges() {
    return findings;
  }

  private static List<Finding> findings(List<JApiClass> classes) {
    List<Finding> findings = new ArrayList<>();
    for (JApiClass c : classes) {
      String name = c.getFullyQualifiedName();
      collect(findings, name, c);
      if (c.getSuperclass() != null) {
        collect(findings, name + " (superclass)", c.getSuperclass());
      }
      for (JApiImplementedInterface i : c.getInterfaces()) {
        collect(findings, name + " (implements " + i.getFullyQualifiedName() + ")", i);
      }
      c.getConstructors().forEach(k -> collect(findings, name + signature("", k), k));
      for (JApiMethod m : c.getMethods()) {
        String method = name + signature(".", m);
        collect(findings, method, m);
        // Changes of type arguments are recorded on the return type and the parameters, not the method.
        collect(findings, method + " (return type)", m.getReturnType());
        for (JApiParameter p : m.getParameters()) {
          collect(findings, method + " (parameter " + p.getType() + ")", p);
        }
      }
      for (JApiField f : c.getFields()) {
        collect(findings, name + "." + f.getName(), f);
      }
    }
    return findings;
  }

  /** The number of classes added, removed or modified. */
  long changedClassCount() {
    return classes.stream().filter(c -> c.getChangeStatus() != JApiChangeStatus.UNCHANGED).count();
  }

  /** Whether classes missing from the classpath were ignored, because none was given. */
  boolean missingClassesIgnored() {
    return missingClassesIgnored;
  }

  /** japicmp's plain-text report of the modified classes and members only. */
  String report() {
    return report;
  }

  private static void collect(List<Finding> findings, String element, JApiCompatibility item) {
    for (JApiCompatibilityChange change : item.getCompatibilityChanges()) {
      if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
        findings.add(new Finding(element, change.getType().name(),
            change.isBinaryCompatible(), change.isSourceCompatible()));
      }
    }
  }

  private static String signature(String separator, JApiBehavior behavior) {
    String parameters = behavior.getParameters().stream()
        .map(JApiParameter::getType)
        .collect(Collectors.joining(", "));
    String name = separator.isEmpty() ? "" : separator + behavior.getName();
    return name + "(" + parameters + ")";
  }

  private static String render(List<JApiClass> classes, JApiCmpArchive oldArchive,
      JApiCmpArchive newArchive) {
    Options options = Options.newDefault();
    options.setOldArchives(List.of(oldArchive));
    options.setNewArchives(List.of(newArchive));
    options.setOutputOnlyModifications(true);
    return new StdoutOutputGenerator(options, classes).generate();
  }

  private static List<String> asStrings(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.toList());
  }

  private static void requireFile(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(what + " " + file + " is not a file");
    }
  }
}
