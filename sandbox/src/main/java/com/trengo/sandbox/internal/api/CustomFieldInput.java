package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.SandboxStore;

/**
 * The body of setContactCustomField and setTicketCustomField: a {@code custom_field_id} that must exist
 * (Laravel's {@code exists}, 422) and a text {@code value}.
 */
record CustomFieldInput(long fieldId, String value) {

  /** The validated body; the 422 names every failed field. */
  static CustomFieldInput read(ApiRequest request, SandboxStore store) {
    BodyReader body = new BodyReader(request.jsonBody());
    Long fieldId = body.requiredId("custom_field_id");
    String value = body.requiredString("value");
    body.requireExists("custom_field_id", fieldId, store::customField);
    body.validate();
    return new CustomFieldInput(fieldId, value);
  }
}
