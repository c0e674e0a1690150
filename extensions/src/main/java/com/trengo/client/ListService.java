package com.trengo.client;

import com.trengo.client.internal.CallExecutor;
import com.trengo.client.pagination.AutoPager;
import java.util.concurrent.CompletableFuture;

/**
 * What every service over one of the API's lists offers: a page, and every item. {@code T} is the item
 * (a {@code Label}, say), {@code L} the list answer as the API sends it (a {@code LabelList}: {@code
 * data}, {@code meta}, {@code links}).
 *
 * @param <T> the item
 * @param <L> one page of the list, as the API answers it
 */
public abstract class ListService<T, L> {
  final CallExecutor executor;
  private final Listing<T, L> listing;

  // Package-private: the services of this package are the only subclasses.
  ListService(CallExecutor executor, Listing<T, L> listing) {
    this.executor = executor;
    this.listing = listing;
  }

  /** One page of the list, from 1, as the API answers it. */
  public L list(int page) {
    return listing.page(executor, page);
  }

  /** Async form of {@link #list(int)}. */
  public CompletableFuture<L> listAsync(int page) {
    return listing.pageAsync(executor, page);
  }

  /**
   * Every item, fetched page by page as the walk reaches it, following {@code links.next}: the same walk
   * whichever of Laravel's two pagination forms the list uses.
   */
  public AutoPager<T> listAll() {
    return listing.all(executor);
  }
}
