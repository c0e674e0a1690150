package com.trengo.client;

import com.trengo.client.internal.CallExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import retrofit2.Call;

/**
 * A {@link WriteService} whose items can also be read one by one, by id: the whole of list, get,
 * create, update and delete.
 *
 * @param <T> the item
 * @param <L> one page of the list, as the API answers it
 * @param <C> the body that creates one (its builder in {@code com.trengo.client.builder} checks it)
 * @param <U> the body that updates one
 */
public abstract class CrudService<T, L, C, U> extends WriteService<T, L, C, U> {
  private final LongFunction<Call<T>> get;

  CrudService(
      CallExecutor executor,
      Listing<T, L> listing,
      LongFunction<Call<T>> get,
      Function<C, Call<T>> create,
      BiFunction<Long, U, Call<T>> update,
      LongFunction<Call<Void>> delete) {
    super(executor, listing, create, update, delete);
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
