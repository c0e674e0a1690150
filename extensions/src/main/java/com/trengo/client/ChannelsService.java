package com.trengo.client;

import com.trengo.client.api.ChannelsApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.ListVoiceChannels200Response;
import java.util.concurrent.CompletableFuture;

/** Channels. Get one from {@link TrengoClient#channels()}. */
public final class ChannelsService {
  private final CallExecutor executor;
  private final ChannelsApi api;

  ChannelsService(CallExecutor executor, ChannelsApi api) {
    this.executor = executor;
    this.api = api;
  }

  /** The voice channels. */
  public ListVoiceChannels200Response listVoice() {
    return executor.execute(api.listVoiceChannels());
  }

  /** Async form of {@link #listVoice()}. */
  public CompletableFuture<ListVoiceChannels200Response> listVoiceAsync() {
    return executor.executeAsync(api.listVoiceChannels());
  }
}
