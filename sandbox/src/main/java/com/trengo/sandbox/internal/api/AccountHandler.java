package com.trengo.sandbox.internal.api;

import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Channel;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.util.List;

/** The account's set-up: listChannels, listVoiceChannels, listUsers. */
public final class AccountHandler {

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

  /** GET /channels: every channel, in the short pagination form (the sandbox's choice: no list body is published). */
  public ApiResponse listChannels(ApiRequest request) {
    return ApiResponse.ok(Pagination.simple(store.channels().stream().map(views::channel).toList(), request));
  }
}
