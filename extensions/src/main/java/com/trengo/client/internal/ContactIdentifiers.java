package com.trengo.client.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a contact identifier means, from its shape. Trengo identifies a contact by a phone number
 * (voice, SMS, WhatsApp), an email address, or an id of the channel's own (chat, Facebook,
 * Instagram, Telegram...). The first two are checked; the last is accepted as given.
 *
 * <ul>
 *   <li>Phone: a leading '+', or digits only. Must be a valid number, with no spaces, dashes or
 *       brackets: identifiers are matched as strings, so "+31 6 1234 5678" and "+31612345678" would
 *       be two contacts. Digits only are read as country code and number.
 *   <li>Email: an '@' after the first character. A leading '@' is a social handle ("@ada").
 *   <li>Anything else that is not blank, e.g. "fb_12345", "wa:abc", "U12345".
 * </ul>
 *
 * <p>Leading or trailing whitespace is rejected in every form: it is never part of an identifier,
 * and it would hide a phone number from the phone check.
 *
 * <p>Used by the builders to check identifiers and by {@code contacts().findByIdentifier(..)} to
 * compare them ({@link #matchingKey}), so both read an identifier the same way.
 */
public final class ContactIdentifiers {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  // The HTML standard's check for <input type=email>, with non-ASCII letters allowed (SMTPUTF8) and
  // a dot required in the domain: "ada@localhost" cannot reach anyone through Trengo.
  private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern EMAIL =
      Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

  private ContactIdentifiers() {}

  /** Why {@code identifier} is not acceptable, or null when it is. */
  public static String problem(String identifier) {
    if (identifier.isBlank()) {
      return "must not be blank";
    }
    if (!identifier.equals(identifier.strip())) {
      return "has leading or trailing whitespace";
    }
    if (isPhoneLike(identifier)) {
      return PhoneNumbers.problem(identifier);
    }
    if (identifier.indexOf('@') > 0 && !isEmail(identifier)) {
      return "is not a valid email address";
    }
    return null;
  }

  /** Whether the value is read as a phone number: a leading '+', or digits only. */
  public static boolean isPhoneLike(String value) {
    return value.startsWith("+") || DIGITS.matcher(value).matches();
  }

  /** Whether the value is a valid email address, by the rules above. */
  public static boolean isEmail(String value) {
    int at = value.lastIndexOf('@');
    // RFC 5321 limits: 64 for the local part, 254 for the whole address.
    return value.length() <= 254 && at <= 64 && EMAIL.matcher(value).matches();
  }

  /**
   * The form in which two identifiers are compared: a valid phone number in E.164 form (so {@code
   * "31612345678"}, WhatsApp's form, and {@code "+31 6 1234 5678"} both read as {@code
   * "+31612345678"}); a valid email address in lower case (addresses are matched without regard to
   * case, as mail servers in practice do); anything else exactly as given, case included.
   */
  public static String matchingKey(String identifier) {
    if (isPhoneLike(identifier)) {
      String e164 = PhoneNumbers.e164(identifier);
      if (e164 != null) {
        return e164;
      }
    }
    if (identifier.indexOf('@') > 0 && isEmail(identifier)) {
      return identifier.toLowerCase(Locale.ROOT);
    }
    return identifier;
  }
}
