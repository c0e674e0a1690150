package com.trengo.client;

import com.trengo.client.api.ChannelsApi;
import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.ListVoiceChannels200Response;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import com.trengo.client.model.Channel;
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

  /**
   * Every voice channel. The operation takes no page parameter; should the server ever offer a next
   * page here, the walk stops with {@link com.trengo.client.error.TrengoPaginationException} rather
   * than silently drop it.
   */
  public AutoPager<Channel> listAllVoice() {
    return AutoPager.of(
        page -> {
          if (page != 1) {
            throw new TrengoPaginationException(
                page, "the voice channel list takes no page parameter, but the server offered page " + page);
          }
          ListVoiceChannels200Response list = listVoice();
          return new Page<>(page, list.getData(), list.getMeta(), list.getLinks());
        },
        Channel::getId);
  }
}
