package com.trengo.client;

import com.trengo.client.internal.PhoneNumbers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a contact identifier means, and when two are the same contact: the one rule the library's
 * lookups ({@code contacts().findByIdentifier}, {@code getOrCreate}, {@code createOnce}), its builders
 * and the command line's import all use. Trengo identifies a contact by a phone number (voice, SMS,
 * WhatsApp), an email address, or an id of the channel's own (chat, Facebook, Instagram, Telegram).
 *
 * <ul>
 *   <li><b>Phone numbers</b> are compared in E.164, whatever their formatting: {@code +31 6 74241400},
 *       {@code 0031674241400}, {@code 31674241400} (WhatsApp's form) and {@code +31674241400} are one
 *       contact. A number must carry its country code (a {@code +}, {@code 00}, or digits only read as
 *       country code and number) and have a possible length for that country; a national form such as
 *       {@code 0674241400} cannot be placed and is compared as text.
 *   <li><b>Email addresses</b> are compared without regard to case, as mail servers do in practice.
 *   <li><b>Anything else</b> (chat and social ids: {@code wa:AbC}, {@code fb_12345}) is compared
 *       exactly, case included: {@code wa:abc} is another contact.
 * </ul>
 *
 * <p>{@link #of} reads any identifier a server may hold, so a lookup never refuses one that a create
 * stored. {@link #problem} is the stricter rule for sending one in a create: a phone number must be
 * one (a known country code, a length its plan allows) in E.164 form (or digits only), an email
 * address a valid one, and nothing may carry leading or trailing whitespace. Immutable; equal when they name the same contact.
 */
public final class ContactIdentifier {

  /** What kind of identifier a value is, from its shape. */
  public enum Kind {
    /** A phone number with its country code, of a possible length for that country. */
    PHONE,
    /** An email address: an '@' after the first character. */
    EMAIL,
    /** Any other id, compared exactly. */
    OTHER
  }

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /** A '+' or '00' or a digit, then digits and the formatting people write numbers with. */
  private static final Pattern PHONE_SHAPED = Pattern.compile("\\(?(\\+|00)?[0-9][0-9 ().\\-/\\u00a0]*");

  // The HTML standard's check for <input type=email>, with non-ASCII letters allowed (SMTPUTF8) and
  // a dot required in the domain: "ada@localhost" cannot reach anyone through Trengo.
  private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern EMAIL =
      Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

  private final String value;
  private final Kind kind;
  private final String key;

  private ContactIdentifier(String value, Kind kind, String key) {
    this.value = value;
    this.kind = kind;
    this.key = key;
  }

  /**
   * Reads {@code identifier} as the server may hold it. Never refuses one a server could store: for
   * that, see {@link #problem}.
   *
   * @throws NullPointerException when it is null
   * @throws IllegalArgumentException when it is blank
   */
  public static ContactIdentifier of(String identifier) {
    Objects.requireNonNull(identifier, "identifier == null");
    if (identifier.isBlank()) {
      throw new IllegalArgumentException("identifier is blank");
    }
    String stripped = identifier.strip();
    if (PHONE_SHAPED.matcher(stripped).matches()) {
      String e164 = PhoneNumbers.e164(international(stripped));
      if (e164 != null) {
        return new ContactIdentifier(identifier, Kind.PHONE, e164);
      }
    }
    if (stripped.indexOf('@') > 0) {
      return new ContactIdentifier(identifier, Kind.EMAIL, stripped.toLowerCase(Locale.ROOT));
    }
    return new ContactIdentifier(identifier, Kind.OTHER, stripped);
  }

  /**
   * Why {@code identifier} may not be sent in a create, or empty when it may: blank, leading or
   * trailing whitespace, a phone number ('+' then digits, or digits only) that is no possible number or
   * not in E.164 form (with the E.164 form as a suggestion), or an '@' after the first character that does
   * not make a valid email address. Other ids pass as given.
   */
  public static Optional<String> problem(String identifier) {
    Objects.requireNonNull(identifier, "identifier == null");
    if (identifier.isBlank()) {
      return Optional.of("must not be blank");
    }
    if (!identifier.equals(identifier.strip())) {
      return Optional.of("has leading or trailing whitespace");
    }
    if (isPhoneLike(identifier)) {
      return Optional.ofNullable(PhoneNumbers.problem(identifier));
    }
    if (identifier.indexOf('@') > 0 && !isEmail(identifier)) {
      return Optional.of("is not a valid email address");
    }
    return Optional.empty();
  }

  /** Whether {@code value} is a valid email address by the rule of {@link #problem}. */
  public static boolean isEmail(String value) {
    int at = value.lastIndexOf('@');
    // RFC 5321 limits: 64 for the local part, 254 for the whole address.
    return value.length() <= 254 && at <= 64 && EMAIL.matcher(value).matches();
  }

  /** Whether {@code value} is read as a phone number when checked: a leading '+', or digits only. */
  public static boolean isPhoneLike(String value) {
    return value.startsWith("+") || DIGITS.matcher(value).matches();
  }

  /** The identifier as given. */
  public String value() {
    return value;
  }

  /** What kind it is. */
  public Kind kind() {
    return kind;
  }

  /**
   * The form two identifiers are compared in: E.164 for a phone number, lower case for an email
   * address, the value without surrounding whitespace for anything else.
   */
  public String matchingKey() {
    return key;
  }

  /** Whether {@code other} (as a server holds it; null for none) names the same contact. */
  public boolean matches(String other) {
    if (other == null || other.isBlank()) {
      return false;
    }
    return equals(of(other));
  }

  /**
   * What to send as the API's fuzzy {@code term} search to find this contact: a phone number as its
   * E.164 digits without the '+', which is inside every form a server holds it in with its country
   * code ({@code +31674241400} and WhatsApp's {@code 31674241400}); anything else as given.
   */
  public String searchTerm() {
    return kind == Kind.PHONE ? key.substring(1) : value.strip();
  }

  /** Equal when both name the same contact by the rule above. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ContactIdentifier other && kind == other.kind && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + key.hashCode();
  }

  /** {@code PHONE +31674241400}: the kind and the matching key. */
  @Override
  public String toString() {
    return kind + " " + key;
  }

  /** '00' as the international prefix becomes '+'; formatting is left to the phone number parser. */
  private static String international(String phone) {
    String start = phone.startsWith("(") ? phone.substring(1).replaceFirst("\\)", " ") : phone;
    return start.startsWith("00") ? "+" + start.substring(2) : start;
  }
}
