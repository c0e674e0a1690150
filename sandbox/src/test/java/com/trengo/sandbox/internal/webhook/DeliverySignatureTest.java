package com.trengo.sandbox.internal.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sandbox signs as Trengo documents, on the reference's vectors (computed with openssl in
 * shared/reference/trengo-real-api.md §c); extensions' SandboxDeliverySignatureTest holds it to the
 * library's WebhookVerifier too.
 */
class DeliverySignatureTest {

  @Test
  void signsTheReferenceFormVector() {
    assertEquals("1569508124;d6666466a1ca73616dc3ab61496ad408e88dd8e7f01a1e80a0122d40f35a4609",
        DeliverySignature.header("my-secret", 1569508124L, "message_id=1&ticket_id=123&message=hello".getBytes(UTF_8)));
  }

  @Test
  void signsTheReferenceJsonVector() {
    assertEquals("1700000000;9214c7aefb4ea0ba755a001560d356944ca26a898110b4bee5d73c69b694af55",
        DeliverySignature.header("super-secret-signing-key", 1700000000L,
            "{\"ticket_id\":\"123\",\"message\":\"hello\"}".getBytes(UTF_8)));
  }

  @Test
  void encodesFormValuesAsPhpDoes() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("message", "Hi there, ça va? 100% & more");
    fields.put("contact_email", "greta+news@example.com");

    assertEquals("message=Hi+there%2C+%C3%A7a+va%3F+100%25+%26+more&contact_email=greta%2Bnews%40example.com",
        FormBody.encode(fields));
  }
}
