package com.trengo.sandbox.internal.api;

import com.trengo.sandbox.internal.store.ContactGroup;
import com.trengo.sandbox.internal.store.CustomField;
import com.trengo.sandbox.internal.store.Label;
import com.trengo.sandbox.internal.store.QuickReply;
import com.trengo.sandbox.internal.store.SandboxStore;
import com.trengo.sandbox.internal.store.Team;
import com.trengo.sandbox.internal.store.TicketResult;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The account's resources that are served as plain lists of records (see {@link RecordRoutes}): what
 * each one's body holds and what deleting one also removes. Where the sources do not show a list's
 * pagination form, the full form is served (PyTrengo walks each of them by {@code meta.last_page}).
 */
final class AccountResources {

  /** The entities a custom field belongs to (createCustomField's {@code type}). */
  static final Set<String> CUSTOM_FIELD_ENTITIES = Set.of("CONTACT", "PROFILE", "TICKET");

  /** The types a quick reply is created with; SMS is deprecated (PyTrengo) and kept as MESSAGING. */
  static final Set<String> QUICK_REPLY_TYPES = Set.of("MESSAGING", "EMAIL", "SMS");

  private AccountResources() {}

  /** Adds every resource's routes to {@code router}. */
  static Router addTo(Router router, SandboxStore store, Views views) {
    labels(store, views).addTo(router, "/labels");
    customFields(store, views).addTo(router, "/custom_fields");
    teams(store, views).addTo(router, "/teams");
    quickReplies(store, views).addTo(router, "/quick_replies");
    ticketResults(store, views).addTo(router, "/ticket_results");
    contactGroups(store, views).addTo(router, "/contact_groups");
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
        .input(named((id, name) -> new Team(id, name, List.of(), List.of())))
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
   * Quick replies: title, message and type (MESSAGING, EMAIL, or SMS, which is kept as MESSAGING, as the
   * one real create answer did), and the channels they are offered on; listed 999 a page, as captured,
   * of one type when the request names one. No route reads one: the contract has none.
   */
  static RecordRoutes<QuickReply> quickReplies(SandboxStore store, Views views) {
    return RecordRoutes.of(store.quickReplyRecords(), "QuickReply", "quick_reply_id")
        .view(views::quickReply)
        .input(body -> {
          String title = body.requiredString("title");
          String message = body.requiredString("message");
          String type = body.requiredOneOf("type", QUICK_REPLY_TYPES);
          List<Long> channelIds = body.optionalIds("channel_ids");
          body.requireEachExists("channel_ids", channelIds, store::channel);
          body.validate();
          String kept = "SMS".equals(type) ? "MESSAGING" : type;
          return (id, replaced) -> new QuickReply(id, title, message, kept, channelIds != null ? channelIds : List.of());
        })
        .paging(Pagination.lengthAware(999))
        .filter((reply, request) -> request.queryParam("type").map(reply.type()::equals).orElse(true))
        .withoutGet()
        .build();
  }

  /** Ticket results: a name and an optional sort order. */
  static RecordRoutes<TicketResult> ticketResults(SandboxStore store, Views views) {
    return RecordRoutes.of(store.ticketResultRecords(), "TicketResult", "ticket_result_id")
        .view(views::ticketResult)
        .input(body -> {
          String name = body.requiredString("name");
          Long sortOrder = body.optionalInteger("sort_order", Integer.MIN_VALUE);
          body.validate();
          return (id, replaced) -> new TicketResult(id, name, sortOrder == null ? null : sortOrder.intValue());
        })
        .build();
  }

  /** Contact groups: a name; listed 999 a page, as captured. Deleting one takes it off its contacts. */
  static RecordRoutes<ContactGroup> contactGroups(SandboxStore store, Views views) {
    return RecordRoutes.of(store.contactGroupRecords(), "ContactGroup", "contact_group_id")
        .view(views::contactGroup)
        .input(named(ContactGroup::new))
        .paging(Pagination.lengthAware(999))
        .delete(store::removeContactGroup)
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

  /** A body of one required {@code name}, as a team's create and a contact group's are: the record made of it. */
  private static <T> RecordRoutes.Input<T> named(BiFunction<Long, String, T> make) {
    return body -> {
      String name = body.requiredString("name");
      body.validate();
      return (id, replaced) -> make.apply(id, name);
    };
  }
}
