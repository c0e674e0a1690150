package com.trengo.sandbox.internal.store;

import java.util.List;

/** A saved answer agents insert: its text, its type (MESSAGING, EMAIL) and the channels it is offered on. */
public record QuickReply(long id, String title, String message, String type, List<Long> channelIds) {

  /** Copies the channel list so a quick reply cannot change under the store. */
  public QuickReply {
    channelIds = List.copyOf(channelIds);
  }
}
