package com.trengo.client;

import com.trengo.client.internal.CallExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import retrofit2.Call;

/**
 * A {@link ListService} over one of the account's resources that can also be created, updated and
 * deleted. Creates are never resent once they may have reached the server (they may create twice);
 * updates and deletes are resent like any PUT and DELETE (see {@link com.trengo.client.http.RetryPolicy}).
 * {@link CrudService} adds reading one by id, for the resources the API lets read one.
 *
 * @param <T> the item
 * @param <L> one page of the list, as the API answers it
 * @param <C> the body that creates one (its builder in {@code com.trengo.client.builder} checks it)
 * @param <U> the body that updates one
 */
public abstract class WriteService<T, L, C, U> extends ListService<T, L> {
  private final Function<C, Call<T>> create;
  private final BiFunction<Long, U, Call<T>> update;
  private final LongFunction<Call<Void>> delete;

  WriteService(
      CallExecutor executor,
      Listing<T, L> listing,
      Function<C, Call<T>> create,
      BiFunction<Long, U, Call<T>> update,
      LongFunction<Call<Void>> delete) {
    super(executor, listing);
    this.create = create;
    this.update = update;
    this.delete = delete;
  }

  /** Creates one and returns it. Never resent once it may have reached the server. */
  public T create(C request) {
    return executor.execute(create.apply(request));
  }

  /** Async form of {@link #create}. */
  public CompletableFuture<T> createAsync(C request) {
    return executor.executeAsync(create.apply(request));
  }

  /** Changes the one with this id as the request says, and returns it. */
  public T update(long id, U request) {
    return executor.execute(update.apply(id, request));
  }

  /** Async form of {@link #update}. */
  public CompletableFuture<T> updateAsync(long id, U request) {
    return executor.executeAsync(update.apply(id, request));
  }

  /** Deletes the one with this id. */
  public void delete(long id) {
    executor.execute(delete.apply(id));
  }

  /** Async form of {@link #delete(long)}. */
  public CompletableFuture<Void> deleteAsync(long id) {
    return executor.executeAsync(delete.apply(id));
  }
}
