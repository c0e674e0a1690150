package com.trengo.client.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.model.CreateCustomFieldRequest.TypeEnum;
import org.junit.jupiter.api.Test;

/** Generated enums are open (they keep values the API adds), but a builder still refuses a typo. */
class OpenEnumValidationTest {

  @Test
  void anOpenEnumValueTheContractDoesNotListIsRefusedByTheBuilder() {
    TypeEnum typo = TypeEnum.fromValue("TXET");
    TrengoValidationException e =
        assertThrows(
            TrengoValidationException.class,
            () -> CreateCustomField.builder().title("Likes").type(typo).build());
    assertEquals("type", e.errors().get(0).field());
    assertEquals("TXET", e.errors().get(0).value().replace("\"", ""));
  }

  @Test
  void aListedValueFromTheOpenEnumIsAccepted() {
    assertEquals(TypeEnum.PROFILE, CreateCustomField.builder().title("Likes").type(TypeEnum.fromValue("PROFILE")).build().getType());
  }
}
