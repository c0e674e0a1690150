package com.trengo.client;

import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.PaginationLinks;
import com.trengo.client.model.PaginationMeta;
import com.trengo.client.pagination.AutoPager;
import com.trengo.client.pagination.Page;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import retrofit2.Call;

/**
 * One list of the API as a service walks it: the call for page n, and how its answer {@code L} holds
 * the items, {@code meta} and {@code links}. The one place a generated list answer becomes a {@link
 * Page} and an {@link AutoPager}, so every list is walked the same way: by {@code links.next}, whatever
 * the pagination form (see {@link Page#nextPageNumber()}).
 */
final class Listing<T, L> {
  private final IntFunction<Call<L>> call;
  private final Function<L, List<T>> items;
  private final Function<L, PaginationMeta> meta;
  private final Function<L, PaginationLinks> links;
  private final Function<T, Object> idOf;

  private Listing(
      IntFunction<Call<L>> call,
      Function<L, List<T>> items,
      Function<L, PaginationMeta> meta,
      Function<L, PaginationLinks> links,
      Function<T, Object> idOf) {
    this.call = call;
    this.items = items;
    this.meta = meta;
    this.links = links;
    this.idOf = idOf;
  }

  /**
   * The list whose page n {@code call} asks for; {@code items}, {@code meta} and {@code links} read its
   * answer, {@code idOf} an item's id (for {@link AutoPager}'s repeated-page check).
   */
  static <T, L> Listing<T, L> of(
      IntFunction<Call<L>> call,
      Function<L, List<T>> items,
      Function<L, PaginationMeta> meta,
      Function<L, PaginationLinks> links,
      Function<T, Object> idOf) {
    return new Listing<>(call, items, meta, links, idOf);
  }

  /** Page {@code number} (from 1), as the API answers it. */
  L page(CallExecutor executor, int number) {
    return executor.execute(call.apply(number));
  }

  /** Async form of {@link #page}. */
  CompletableFuture<L> pageAsync(CallExecutor executor, int number) {
    return executor.executeAsync(call.apply(number));
  }

  /** Every item, page by page as the walk reaches it, in place or asynchronously. */
  AutoPager<T> all(CallExecutor executor) {
    return AutoPager.of(
        number -> toPage(number, page(executor, number)),
        number -> pageOf(pageAsync(executor, number), answer -> toPage(number, answer)),
        idOf);
  }

  private Page<T> toPage(int number, L answer) {
    return new Page<>(number, items.apply(answer), meta.apply(answer), links.apply(answer));
  }

  /**
   * {@code answer} as a page; cancelling the page cancels the call (a walk stopped midway sends
   * nothing more). For the pagers of the services that build their pages themselves.
   */
  static <L, T> CompletableFuture<Page<T>> pageOf(CompletableFuture<L> answer, Function<L, Page<T>> toPage) {
    CompletableFuture<Page<T>> page = answer.thenApply(toPage);
    page.whenComplete((p, e) -> {
      if (page.isCancelled()) {
        answer.cancel(true);
      }
    });
    return page;
  }
}
