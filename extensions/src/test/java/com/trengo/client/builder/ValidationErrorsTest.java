package com.trengo.client.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoException;
import com.trengo.client.error.TrengoValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure is reported at once, by API name, with the value shown as it was given. */
class ValidationErrorsTest {

  @Test
  void everyFailedFieldIsReportedInOneException() {
    TrengoValidationException e = assertThrows(TrengoValidationException.class, () -> CreateContact.builder()
        .name("").identifier("+12").channelId(0L).email("ada@").phone("0612345678").build());

    assertEquals(List.of("name", "identifier", "channel_id", "email", "phone"),
        e.errors().stream().map(FieldError::field).toList());
    assertEquals("invalid CreateContactRequest: name=\"\" must not be blank; "
        + "identifier=\"+12\" is not a valid phone number; channel_id=0 must be positive; "
        + "email=\"ada@\" is not a valid email address; "
        + "phone=\"0612345678\" is not a valid phone number (digits only are read as country code and number)",
        e.getMessage());
  }

  @Test
  void everyFailedTemplateFieldAndParamIsReported() {
    TrengoValidationException e = assertThrows(TrengoValidationException.class, () -> SendWhatsAppTemplate.builder()
        .recipientPhoneNumber("+31 6 12345678").hsmId(-1L).param(" ", null, "").build());

    assertEquals(List.of("recipient_phone_number", "hsm_id", "params[0].type", "params[0].key",
        "params[0].value"), e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void everyFailedMediaFieldIsReported() {
    TrengoValidationException e = assertThrows(TrengoValidationException.class,
        () -> SendMedia.builder().body(" ").contentType("image").build());

    assertEquals(List.of("body", "file", "filename", "content_type"),
        e.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void missingValuesReadNullAndTextIsQuotedAndEscaped() {
    TrengoValidationException e = assertThrows(TrengoValidationException.class,
        () -> CreateContact.builder().name("null").identifier("a\"b@").build());

    assertEquals(List.of(
            FieldError.of("identifier", "a\"b@", "is not a valid email address"),
            FieldError.of("channel_id", null, "is required")),
        e.errors());
    assertEquals("a\"b@", e.errors().get(0).value());
    assertEquals("null", e.errors().get(1).value());
    assertEquals("invalid CreateContactRequest: identifier=\"a\\\"b@\" is not a valid email address; "
        + "channel_id=null is required", e.getMessage());
  }

  @Test
  void controlCharactersAreShownNotPrinted() {
    FieldError error = FieldError.of("body", "\u0007\r\n", "must not be blank");

    assertEquals("body=\"\\u0007\\r\\n\" must not be blank", error.toString());
  }

  @Test
  void isATrengoExceptionWithAnUnmodifiableList() {
    TrengoValidationException e = assertThrows(TrengoValidationException.class, () -> CreateTeam.builder().build());

    assertInstanceOf(TrengoException.class, e);
    assertThrows(UnsupportedOperationException.class, () -> e.errors().clear());
  }

  @Test
  void survivesSerialization() throws Exception {
    TrengoValidationException e = assertThrows(TrengoValidationException.class, () -> CreateTeam.builder().build());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      TrengoValidationException copy = (TrengoValidationException) in.readObject();
      assertEquals(e.errors(), copy.errors());
      assertEquals(e.getMessage(), copy.getMessage());
    }
  }

  @Test
  void anExceptionNeedsAtLeastOneError() {
    assertThrows(IllegalArgumentException.class, () -> new TrengoValidationException("X", List.of()));
  }
}
