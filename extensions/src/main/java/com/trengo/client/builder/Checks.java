package com.trengo.client.builder;

import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.ContactIdentifiers;
import com.trengo.client.internal.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every failed field of one request, then throws once: a caller fixing their input should
 * see all of its problems in one run, not one per attempt. Checks never change a value.
 */
final class Checks {
  private final String request;
  private final List<FieldError> errors = new ArrayList<>();

  Checks(String request) {
    this.request = request;
  }

  void fail(String field, Object given, String message) {
    errors.add(FieldError.of(field, given, message));
  }

  boolean failed() {
    return !errors.isEmpty();
  }

  void throwIfFailed() {
    if (failed()) {
      throw new TrengoValidationException(request, errors);
    }
  }

  void requiredId(String field, Long id) {
    if (id == null) {
      fail(field, null, "is required");
    } else {
      optionalId(field, id);
    }
  }

  void optionalId(String field, Long id) {
    if (id != null && id <= 0) {
      fail(field, id, "must be positive");
    }
  }

  void requiredText(String field, String text) {
    if (text == null) {
      fail(field, null, "is required");
    } else {
      optionalText(field, text);
    }
  }

  /** Blank text is almost always a bug upstream; a caller who means "none" leaves the field unset. */
  void optionalText(String field, String text) {
    if (text != null && text.isBlank()) {
      fail(field, text, "must not be blank");
    }
  }

  /** A contact identifier: see {@link ContactIdentifiers}. */
  void requiredContactIdentifier(String field, String identifier) {
    if (identifier == null) {
      fail(field, null, "is required");
      return;
    }
    String problem = ContactIdentifiers.problem(identifier);
    if (problem != null) {
      fail(field, identifier, problem);
    }
  }

  void optionalEmail(String field, String email) {
    if (email != null && !ContactIdentifiers.isEmail(email)) {
      fail(field, email, "is not a valid email address");
    }
  }

  /** A phone number: '+' or digits only, as for a phone-like contact identifier. */
  void optionalPhone(String field, String phone) {
    if (phone == null) {
      return;
    }
    String problem = ContactIdentifiers.isPhoneLike(phone)
        ? PhoneNumbers.problem(phone)
        : PhoneNumbers.NOT_A_PHONE_NUMBER;
    if (problem != null) {
      fail(field, phone, problem);
    }
  }

  /** A phone number in strict E.164 form: '+', country code, number, nothing else. */
  void requiredE164(String field, String phone) {
    if (phone == null) {
      fail(field, null, "is required");
      return;
    }
    String problem = PhoneNumbers.e164Problem(phone);
    if (problem != null) {
      fail(field, phone, problem);
    }
  }
}
