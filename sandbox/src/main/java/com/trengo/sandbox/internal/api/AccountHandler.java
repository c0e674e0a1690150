package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.util.List;
import java.util.Set;

/** The account's set-up: listVoiceChannels, createTeam, listUsers, createCustomField. */
public final class AccountHandler {

  private static final Set<String> CUSTOM_FIELD_TYPES = Set.of("TEXT", "NUMBER", "DATE", "DROPDOWN");

  private final SandboxStore store;
  private final Views views;

  /** Serves the account's set-up from {@code store}. */
  public AccountHandler(SandboxStore store, Views views) {
    this.store = store;
    this.views = views;
  }

  /** GET /channels/voice: the VOIP channels, full pagination form. */
  public ApiResponse listVoiceChannels(ApiRequest request) {
    List<JsonObject> channels =
        store.channels().stream().filter(Channel::isVoice).map(views::channel).toList();
    return ApiResponse.ok(Pagination.lengthAware(channels, request));
  }

  /** GET /users: the agents, full pagination form. */
  public ApiResponse listUsers(ApiRequest request) {
    return ApiResponse.ok(Pagination.lengthAware(store.users().stream().map(views::user).toList(), request));
  }

  /** POST /teams. */
  public ApiResponse createTeam(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    String name = body.requiredString("name");
    body.validate();
    return ApiResponse.created(views.team(store.addTeam(name)));
  }

  /** POST /custom_fields: a title and one of TEXT, NUMBER, DATE, DROPDOWN. */
  public ApiResponse createCustomField(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    String title = body.requiredString("title");
    String type = body.requiredOneOf("type", CUSTOM_FIELD_TYPES);
    body.validate();
    return ApiResponse.created(views.customField(store.addCustomField(title, type)));
  }
}
