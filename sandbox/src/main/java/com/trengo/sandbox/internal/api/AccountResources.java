package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.CustomField;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Team;
import java.util.List;
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
    teams(store, views).addTo(router, "/teams");
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
   * Teams: created with a name; an update renames the team and sets its channels and agents (each must
   * exist; null leaves them as they are). Deleting a team takes it off its tickets.
   */
  static RecordRoutes<Team> teams(SandboxStore store, Views views) {
    return RecordRoutes.of(store.teamRecords(), "Team", "team_id")
        .view(views::team)
        .input(body -> {
          String name = body.requiredString("name");
          body.validate();
          return (id, replaced) -> new Team(id, name, List.of(), List.of());
        })
        .updateInput(body -> {
          String name = body.requiredString("name");
          List<Long> channelIds = body.optionalIds("channel_ids");
          List<Long> userIds = body.optionalIds("user_ids");
          body.requireEachExists("channel_ids", channelIds, store::channel);
          body.requireEachExists("user_ids", userIds, store::user);
          body.validate();
          return (id, replaced) -> new Team(id, name, channelIds != null ? channelIds : replaced.channelIds(),
              userIds != null ? userIds : replaced.userIds());
        })
        .delete(store::removeTeam)
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
