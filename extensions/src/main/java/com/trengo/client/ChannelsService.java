package com.trengo.client;

import com.trengo.client.api.ChannelsApi;
import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.Channel;
import com.trengo.client.model.ChannelList;
import com.trengo.client.model.ListVoiceChannels200Response;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Channels: every channel of the account (whose ids every create needs), found by type or by name, and
 * the voice channels. Get one from {@link TrengoClient#channels()}.
 */
public final class ChannelsService extends ListService<Channel, ChannelList> {
  private final ChannelsApi api;

  ChannelsService(CallExecutor executor, ChannelsApi api) {
    super(
        executor,
        Listing.of(api::listChannels, ChannelList::getData, ChannelList::getMeta, ChannelList::getLinks,
            Channel::getId));
    this.api = api;
  }

  /**
   * The channels of this type ({@code "EMAIL"}, {@code "WA_BUSINESS"}, {@code "VOIP"}, ...: the list is
   * open), compared ignoring case, in the order the list returns them. Walks {@link #listAll()}: the API
   * has no type filter for this list.
   *
   * @throws TrengoValidationException when {@code type} is null or blank; nothing is sent
   */
  public List<Channel> findByType(String type) {
    String wanted = ByName.wanted("findByType", "type", type);
    return listAll().stream().filter(c -> ByName.matches(wanted, c.getType())).toList();
  }

  /**
   * The channel with this name, compared ignoring case: its {@code title} (the label Trengo shows), or
   * failing that its {@code name} (often null, or a type word like {@code Wa_business}); the first the
   * list returns when several match. Walks {@link #listAll()}.
   *
   * @throws TrengoValidationException when {@code name} is null or blank; nothing is sent
   */
  public Optional<Channel> findByName(String name) {
    ByName.wanted("findByName", "name", name); // before the walk: bad input sends nothing
    List<Channel> all = listAll().stream().toList();
    return ByName.first("findByName", all.stream(), Channel::getTitle, name)
        .or(() -> ByName.first("findByName", all.stream(), Channel::getName, name));
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
        page -> page(onlyFirst(page), listVoice()),
        page -> Listing.pageOf(listVoiceAsync(), list -> page(onlyFirst(page), list)),
        Channel::getId);
  }

  private static int onlyFirst(int page) {
    if (page != 1) {
      throw new TrengoPaginationException(
          page, "the voice channel list takes no page parameter, but the server offered page " + page);
    }
    return page;
  }

  private static Page<Channel> page(int number, ListVoiceChannels200Response list) {
    return new Page<>(number, list.getData(), list.getMeta(), list.getLinks());
  }

}
