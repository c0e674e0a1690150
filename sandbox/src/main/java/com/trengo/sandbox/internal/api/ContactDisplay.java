package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.Contact;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The display fields Trengo derives from a contact (full_name, display_name, formatted_phone, is_phone,
 * abbr), kept
 * simple: the sandbox has no phone-number library, so a phone is shown as it was given.
 */
final class ContactDisplay {

  // A plus, digits and the separators people type; at least six digits-or-separators after the first digit.
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,}");

  private ContactDisplay() {}

  /** The name, or the identifier for a contact without one, as Trengo shows it. */
  static String fullName(Contact contact) {
    return isBlank(contact.name()) ? contact.identifier() : contact.name();
  }

  /** The name with the identifier, as Trengo lists a contact: {@code Anna de Vries (anna@example.com)}. */
  static String displayName(Contact contact) {
    return fullName(contact) + " (" + contact.identifier() + ")";
  }

  /** The phone as given (E.164 in the demo data), or null for a contact without one. */
  static String formattedPhone(Contact contact) {
    return isBlank(contact.phone()) ? null : contact.phone();
  }

  /** Whether the identifier looks like a phone number rather than an address. */
  static boolean isPhone(String identifier) {
    return identifier != null && PHONE.matcher(identifier.trim()).matches();
  }

  /** The initials of the first and last word of the name ("Anna de Vries" is "AV"); null without a name. */
  static String abbr(Contact contact) {
    if (isBlank(contact.name())) {
      return null;
    }
    String[] words = contact.name().trim().split("\\s+");
    String first = initial(words[0]);
    return words.length == 1 ? first : first + initial(words[words.length - 1]);
  }

  private static String initial(String word) {
    return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
