package com.trengo.client;

import com.trengo.client.internal.CallExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import retrofit2.Call;

/**
 * A {@link ListService} whose items can also be read one by one, by id.
 *
 * @param <T> the item
 * @param <L> one page of the list, as the API answers it
 */
public abstract class ReadService<T, L> extends ListService<T, L> {
  private final LongFunction<Call<T>> get;

  ReadService(CallExecutor executor, Listing<T, L> listing, LongFunction<Call<T>> get) {
    super(executor, listing);
    this.get = get;
  }

  /** The item with this id; {@link com.trengo.client.error.NotFoundException} if there is none. */
  public T get(long id) {
    return executor.execute(get.apply(id));
  }

  /** Async form of {@link #get(long)}. */
  public CompletableFuture<T> getAsync(long id) {
    return executor.executeAsync(get.apply(id));
  }
}
