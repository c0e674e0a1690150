package com.trengo.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one identifier rule: phone numbers in E.164, emails without case, everything else exactly. */
class ContactIdentifierTest {

  @Test
  void aDutchMobileNumberIsOneContactHoweverItIsWritten() {
    ContactIdentifier held = ContactIdentifier.of("+31674241400");
    for (String written : new String[] {"+31 6 74241400", "0031674241400", "31674241400", "+31-6-7424-1400", " +31674241400 "}) {
      ContactIdentifier other = ContactIdentifier.of(written);
      assertEquals(ContactIdentifier.Kind.PHONE, other.kind(), written);
      assertEquals(held, other, written);
      assertEquals("+31674241400", other.matchingKey(), written);
      assertEquals("31674241400", other.searchTerm(), written);
    }
  }

  @Test
  void aNationalNumberWithoutCountryCodeCannotBePlacedAndIsComparedAsText() {
    ContactIdentifier national = ContactIdentifier.of("0674241400");
    assertEquals(ContactIdentifier.Kind.OTHER, national.kind());
    assertFalse(national.matches("+31674241400"));
  }

  @Test
  void emailAddressesAreComparedWithoutCaseAndChatIdsExactly() {
    assertTrue(ContactIdentifier.of("Ada@Example.COM").matches("ada@example.com"));
    assertEquals(ContactIdentifier.Kind.EMAIL, ContactIdentifier.of("ada\ud83d\ude00@example.test").kind());
    assertNotEquals(ContactIdentifier.of("wa:abc"), ContactIdentifier.of("wa:AbC"));
    assertTrue(ContactIdentifier.of("wa:AbC").matches("wa:AbC"));
    assertFalse(ContactIdentifier.of("U12345").matches("u12345"));
    assertFalse(ContactIdentifier.of("ada@example.com").matches(null));
  }

  @Test
  void theCreateRuleIsStricterThanMatching() {
    assertEquals(Optional.empty(), ContactIdentifier.problem("+31612345678"));
    assertEquals(Optional.empty(), ContactIdentifier.problem("31612345678"));
    // In a range libphonenumber does not know as assigned, but of a possible length: the one rule
    // matches it as a phone number, so a create may send it too.
    assertEquals(Optional.empty(), ContactIdentifier.problem("+31674241400"));
    assertEquals(Optional.of("is not a valid phone number"), ContactIdentifier.problem("+1234567890123456"));
    assertEquals(Optional.empty(), ContactIdentifier.problem("wa:abc"));
    assertEquals(Optional.of("is not in E.164 form (did you mean +31612345678?)"), ContactIdentifier.problem("+31 6 12345678"));
    assertEquals(Optional.of("is not in E.164 form (did you mean +31612345678?)"), ContactIdentifier.problem("0031612345678"));
    assertEquals(Optional.of("is not a valid phone number"), ContactIdentifier.problem("+12"));
    assertEquals(Optional.of("is not a valid email address"), ContactIdentifier.problem("not-an-email@"));
    assertEquals(Optional.of("has leading or trailing whitespace"), ContactIdentifier.problem(" ada@example.com"));
  }

  @Test
  void aMissingOrBlankIdentifierIsRefused() {
    assertThrows(NullPointerException.class, () -> ContactIdentifier.of(null));
    assertThrows(IllegalArgumentException.class, () -> ContactIdentifier.of(" "));
  }
}
