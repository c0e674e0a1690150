package com.trengo.client.builder;

import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.ContactIdentifier;
import com.trengo.client.internal.PhoneNumbers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

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

  void throwIfFailed() {
    if (!errors.isEmpty()) {
      throw new TrengoValidationException(request, errors);
    }
  }

  /** A value that must be given, whatever its type (an enum, say). */
  void required(String field, Object given) {
    present(field, given);
  }

  void requiredId(String field, Long id) {
    if (present(field, id)) {
      optionalId(field, id);
    }
  }

  void optionalId(String field, Long id) {
    if (id != null && id <= 0) {
      fail(field, id, "must be positive");
    }
  }

  /** Each id of a list that may be absent, named by position ({@code user_ids[1]}): given and positive. */
  void requiredIds(String field, List<Long> ids) {
    if (ids != null) {
      for (int i = 0; i < ids.size(); i++) {
        requiredId(field + "[" + i + "]", ids.get(i));
      }
    }
  }

  void requiredText(String field, String text) {
    if (present(field, text)) {
      optionalText(field, text);
    }
  }

  /** Blank text is almost always a bug upstream; a caller who means "none" leaves the field unset. */
  void optionalText(String field, String text) {
    if (text != null && text.isBlank()) {
      fail(field, text, "must not be blank");
    }
  }

  /** A contact identifier that may be sent in a create: see {@link ContactIdentifier#problem}. */
  void requiredContactIdentifier(String field, String identifier) {
    if (present(field, identifier)) {
      failIf(field, identifier, ContactIdentifier.problem(identifier).orElse(null));
    }
  }

  void optionalEmail(String field, String email) {
    if (email != null && !ContactIdentifier.isEmail(email)) {
      fail(field, email, "is not a valid email address");
    }
  }

  /** A phone number: '+' or digits only, as for a phone-like contact identifier. */
  void optionalPhone(String field, String phone) {
    if (phone != null) {
      failIf(field, phone, ContactIdentifier.isPhoneLike(phone) ? PhoneNumbers.problem(phone) : PhoneNumbers.NOT_A_PHONE_NUMBER);
    }
  }

  /** A phone number in strict E.164 form: '+', country code, number, nothing else. */
  void requiredE164(String field, String phone) {
    if (present(field, phone)) {
      failIf(field, phone, PhoneNumbers.e164Problem(phone));
    }
  }

  /** A phone number that must be given: '+' or digits only, a valid number. */
  void requiredPhone(String field, String phone) {
    if (present(field, phone)) {
      optionalPhone(field, phone);
    }
  }

  /** A whole number that may be absent, at least {@code min}. */
  void optionalMinimum(String field, Integer value, int min) {
    if (value != null && value < min) {
      fail(field, value, "must be at least " + min);
    }
  }

  /**
   * A URL, given as text or a {@link URI}, that may be absent: absolute, with a host, and in a scheme
   * {@code allowed} accepts ({@code allowedText} says which, in the messages). Returns it as a URI; null
   * when it is absent or not a URL at all.
   */
  URI optionalUrl(String field, Object given, Predicate<URI> allowed, String allowedText) {
    if (given == null) {
      return null;
    }
    URI uri;
    if (given instanceof URI) {
      uri = (URI) given;
    } else {
      try {
        uri = new URI((String) given);
      } catch (URISyntaxException e) {
        fail(field, given, "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        return null;
      }
    }
    if (!uri.isAbsolute() || uri.isOpaque()) {
      fail(field, given, "must be an absolute " + allowedText + " URL");
    } else if (uri.getHost() == null) {
      fail(field, given, "must have a host");
    } else if (!allowed.test(uri)) {
      fail(field, given, "must use " + allowedText + ", not " + uri.getScheme());
    }
    return uri;
  }

  /** Whether the URI's scheme is one of {@code schemes} (lower case), ignoring case. */
  static boolean schemeIn(URI uri, String... schemes) {
    return Arrays.asList(schemes).contains(uri.getScheme().toLowerCase(Locale.ROOT));
  }

  /** Whether a required value was given; records "is required" when it was not. */
  private boolean present(String field, Object given) {
    if (given == null) {
      fail(field, null, "is required");
    }
    return given != null;
  }

  /** Records {@code problem}, the answer of a check that returns null for a good value. */
  private void failIf(String field, Object given, String problem) {
    if (problem != null) {
      fail(field, given, problem);
    }
  }
}
