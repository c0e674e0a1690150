package com.trengo.client.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone number checks on Google's libphonenumber rather than a regex: a regex can only check the
 * shape of E.164 ('+', up to 15 digits), so it passes an unknown country code (+999...) or a wrong
 * length for the country (+12, a digit too many or too few for the plan). libphonenumber knows each
 * region's number plan; it costs 352 KiB with no dependencies, and loads a region's metadata only
 * when a number from it is first checked.
 *
 * <p>The check is libphonenumber's "possible number" (a known country code and a length its plan
 * allows), not its "valid number" (in a range it knows as assigned): its range data lags what carriers
 * open, and refuses numbers a server holds and routes (the sandbox's own +31674241400 is one), while
 * it lets a trunk prefix through either way (+31 0 6... reads as valid). One rule serves creates and
 * matching, so a number the library matches as a phone number is one it lets a create send.
 *
 * <p>Numbers are checked, never rewritten: a number that is possible but not in E.164 form is
 * rejected with its E.164 form as a suggestion, because what the caller gave is what is sent.
 */
public final class PhoneNumbers {
  /** The message for a value that is no valid phone number. */
  public static final String NOT_A_PHONE_NUMBER = "is not a valid phone number";

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /**
   * Why a phone-like value ('+' then digits, or digits only) is not a valid number, or null when it
   * is one. Digits only are read as an international number without its '+', as WhatsApp ids are.
   */
  public static String problem(String value) {
    if (value.startsWith("+")) {
      return e164Problem(value);
    }
    if (value.startsWith("00") && e164("+" + value.substring(2)) != null) {
      return "is not in E.164 form (did you mean " + e164("+" + value.substring(2)) + "?)";
    }
    String problem = e164Problem("+" + value);
    return NOT_A_PHONE_NUMBER.equals(problem)
        ? NOT_A_PHONE_NUMBER + " (digits only are read as country code and number)"
        : problem;
  }

  /**
   * Why {@code value} is not a valid number in E.164 form, or null when it is one. A valid number in
   * another form gets its E.164 form as a suggestion.
   */
  public static String e164Problem(String value) {
    String e164 = e164(value);
    if (e164 == null) {
      return NOT_A_PHONE_NUMBER;
    }
    return e164.equals(value) ? null : "is not in E.164 form (did you mean " + e164 + "?)";
  }

  /**
   * The E.164 form of a possible number ('+' added to digits only, spaces and dashes dropped), or null
   * when {@code value} is no possible number. For comparing numbers; never used to rewrite a request.
   */
  public static String e164(String value) {
    try {
      // No default region ("ZZ"): a number must carry its country code. A missing '+' is added, so
      // digits only read as country code and number.
      PhoneNumber number = UTIL.parse(value.startsWith("+") ? value : "+" + value, "ZZ");
      return UTIL.isPossibleNumber(number) ? UTIL.format(number, PhoneNumberFormat.E164) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }
}
