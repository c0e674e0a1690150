package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.CustomField;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.util.Set;

/**
 * The account's resources that are served as plain lists of records (see {@link RecordRoutes}): what
 * each one's body holds and what deleting one also removes. Where the sources do not show a list's
 * pagination form, the full form is served (PyTrengo walks each of them by {@code meta.last_page}).
 */
final class AccountResources {

  /** The entities a custom field belongs to (createCustomField's {@code type}). */
  static final Set<String> CUSTOM_FIELD_ENTITIES = Set.of("CONTACT", "PROFILE", "TICKET");

  private AccountResources() {}

  /** Adds every resource's routes to {@code router}. */
  static Router addTo(Router router, SandboxStore store, Views views) {
    labels(store, views).addTo(router, "/labels");
    customFields(store, views).addTo(router, "/custom_fields");
    return router;
  }

  /** Labels: a name and an optional colour; deleting one takes it off every ticket. */
  static RecordRoutes<Label> labels(SandboxStore store, Views views) {
    return RecordRoutes.of(store.labelRecords(), "Label", "label_id")
        .view(views::label)
        .input(body -> {
          String name = body.requiredString("name");
          String color = body.optionalString("color");
          body.validate();
          return (id, replaced) -> new Label(id, name, color);
        })
        .delete(store::removeLabel)
        .build();
  }

  /**
   * Custom fields: created with a title and the entity they belong to ({@code type}), and TEXT, since no
   * source sends a kind; an update changes what it names. Deleting one removes every value of it.
   */
  static RecordRoutes<CustomField> customFields(SandboxStore store, Views views) {
    return RecordRoutes.of(store.customFieldRecords(), "CustomField", "custom_field_id")
        .view(views::customField)
        .input(body -> {
          String title = body.requiredString("title");
          String type = body.requiredOneOf("type", CUSTOM_FIELD_ENTITIES);
          body.validate();
          return (id, replaced) -> new CustomField(id, title, type, "TEXT");
        })
        .updateInput(body -> {
          String title = body.optionalString("title");
          String type = body.optionalOneOf("type", CUSTOM_FIELD_ENTITIES);
          body.validate();
          return (id, replaced) -> new CustomField(
              id, title != null ? title : replaced.title(), type != null ? type : replaced.type(), replaced.fieldType());
        })
        .delete(store::removeCustomField)
        .build();
  }
}
