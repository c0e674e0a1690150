package com.trengo.specdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.specdiff.BinaryComparison.Finding;
import com.trengo.specdiff.BinaryComparison.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** japicmp on tiny jars compiled by the test: a model class and a Retrofit-like interface. */
class BinaryComparisonTest {

  private static final String API_V1 = "public interface ContactsApi { Contact getContact(long id); }";
  private static final String CONTACT_V1 = "public class Contact {"
      + " public Long getId() { return 1L; }"
      + " public String getName() { return \"Ada\"; }"
      + " public String getPhone() { return \"+31612345678\"; } }";

  @TempDir
  static Path dir;

  static Path base;
  static Path added;
  static Path phoneRemoved;
  static Path idNarrowed;

  @BeforeAll
  static void compileVersions() {
    base = TestJars.jar(dir, "base", Map.of("Contact", CONTACT_V1, "ContactsApi", API_V1));
    added = TestJars.jar(dir, "added", Map.of(
        "Contact", CONTACT_V1.replace(" } }", " } public String getFullName() { return null; } }"),
        "ContactsApi", API_V1.replace(" }", " java.util.List<String> listLabels(); }")));
    phoneRemoved = TestJars.jar(dir, "phone-removed", Map.of(
        "Contact", CONTACT_V1.replace(" public String getPhone() { return \"+31612345678\"; }", ""),
        "ContactsApi", API_V1));
    idNarrowed = TestJars.jar(dir, "id-narrowed", Map.of(
        "Contact", CONTACT_V1.replace("public Long getId() { return 1L; }",
            "public Integer getId() { return 1; }"),
        "ContactsApi", API_V1));
  }

  @Test
  void identicalJarsAreUnchanged() {
    BinaryComparison diff = compare(base, base);

    assertEquals(Verdict.UNCHANGED, diff.verdict());
    assertEquals(0, diff.changedClassCount());
    assertEquals(List.of(), diff.incompatibleChanges());
  }

  @Test
  void aMethodAddedToAClassAndToAnInterfaceIsBinaryCompatibleButNotSourceCompatible() {
    BinaryComparison diff = compare(base, added);

    assertEquals(Verdict.SOURCE_INCOMPATIBLE, diff.verdict());
    assertEquals(2, diff.changedClassCount());
    assertEquals(List.of(new Finding("demo.ContactsApi.listLabels()",
        "METHOD_ADDED_TO_INTERFACE", true, false)), diff.incompatibleChanges());
  }

  @Test
  void aRemovedGetterIsBinaryIncompatible() {
    BinaryComparison diff = compare(base, phoneRemoved);

    assertEquals(Verdict.BINARY_INCOMPATIBLE, diff.verdict());
    assertEquals(List.of(new Finding("demo.Contact.getPhone()", "METHOD_REMOVED", false, false)),
        diff.incompatibleChanges());
    assertEquals("BINARY", diff.incompatibleChanges().get(0).severity());
    assertTrue(diff.report().contains("getPhone()"), diff.report());
  }

  @Test
  void aNarrowedReturnTypeIsBinaryIncompatible() {
    BinaryComparison diff = compare(base, idNarrowed);

    assertEquals(Verdict.BINARY_INCOMPATIBLE, diff.verdict());
    assertTrue(diff.incompatibleChanges().stream()
        .anyMatch(f -> f.element().equals("demo.Contact.getId()")
            && f.change().equals("METHOD_RETURN_TYPE_CHANGED")), diff.incompatibleChanges()::toString);
  }

  @Test
  void aChangedTypeArgumentOfAReturnTypeBreaksCallers() {
    String v1 = "public interface MessagesApi { java.util.List<Contact> send(); }";
    Path before = TestJars.jar(dir, "generic-v1", Map.of("Contact", CONTACT_V1, "MessagesApi", v1));
    Path after = TestJars.jar(dir, "generic-v2", Map.of("Contact", CONTACT_V1, "Envelope", "public class Envelope {}",
        "MessagesApi", v1.replace("List<Contact>", "List<Envelope>")));

    BinaryComparison diff = compare(before, after);

    assertEquals(Verdict.CALLER_SOURCE_INCOMPATIBLE, diff.verdict(), diff.report());
    assertEquals(List.of(new Finding("demo.MessagesApi.send() (return type)",
        "METHOD_RETURN_TYPE_GENERICS_CHANGED", true, false)), diff.incompatibleChanges());
    assertTrue(ExitCode.isBreaking(ApiComparison.Verdict.NON_BREAKING, diff.verdict()),
        "a caller that reads the result no longer compiles");
  }

  @Test
  void theReportListsOnlyModifiedClasses() {
    BinaryComparison diff = compare(base, phoneRemoved);

    assertTrue(diff.report().contains("demo.Contact"), diff.report());
    assertFalse(diff.report().contains("demo.ContactsApi"), diff.report());
  }

  @Test
  void withoutAClasspathMissingClassesAreIgnoredAndSaidSo() {
    assertTrue(compare(base, added).missingClassesIgnored());
    assertFalse(BinaryComparison.compare(base, List.of(base), added, List.of(added))
        .missingClassesIgnored());
  }

  @Test
  void aMissingJarFailsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> compare(base, dir.resolve("missing.jar")));

    assertTrue(e.getMessage().contains("new jar"), e.getMessage());
  }

  private static BinaryComparison compare(Path oldJar, Path newJar) {
    return BinaryComparison.compare(oldJar, List.of(), newJar, List.of());
  }
}
