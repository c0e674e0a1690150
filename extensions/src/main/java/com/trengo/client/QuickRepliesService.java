package com.trengo.client;

import com.trengo.client.api.QuickRepliesApi;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.QuickReply;
import com.trengo.client.model.QuickReplyList;
import com.trengo.client.model.QuickReplyRequest;
import com.trengo.client.pagination.AutoPager;
import java.util.concurrent.CompletableFuture;

/**
 * Quick replies, the saved answers agents insert: list (all, or of one type), create, update, delete
 * ({@link com.trengo.client.builder.CreateQuickReply} builds the body). The API has no call that reads
 * one. Get one from {@link TrengoClient#quickReplies()}.
 */
public final class QuickRepliesService
    extends WriteService<QuickReply, QuickReplyList, QuickReplyRequest, QuickReplyRequest> {
  private final QuickRepliesApi api;

  QuickRepliesService(CallExecutor executor, QuickRepliesApi api) {
    super(executor, listing(api, null), api::createQuickReply, api::updateQuickReply, api::deleteQuickReply);
    this.api = api;
  }

  private static Listing<QuickReply, QuickReplyList> listing(QuickRepliesApi api, String type) {
    return Listing.of(page -> api.listQuickReplies(page, type), QuickReplyList::getData, QuickReplyList::getMeta,
        QuickReplyList::getLinks, QuickReply::getId);
  }

  /** One page of the quick replies of {@code type} ({@code "MESSAGING"}, {@code "EMAIL"}); every type when null. */
  public QuickReplyList list(int page, String type) {
    return listing(api, type).page(executor, page);
  }

  /** Async form of {@link #list(int, String)}. */
  public CompletableFuture<QuickReplyList> listAsync(int page, String type) {
    return listing(api, type).pageAsync(executor, page);
  }

  /** Every quick reply of {@code type}; every type when null. */
  public AutoPager<QuickReply> listAll(String type) {
    return listing(api, type).all(executor);
  }
}
