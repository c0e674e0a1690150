package com.trengo.sandbox.internal.store;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One kind of record of the store, as a resource's list, get, create, update and delete need it; every
 * call holds the store's lock. It reads the store's current table each time, so it stays valid across
 * {@link SandboxStore#clear()}.
 */
public final class Records<T> {

  private final Object lock;
  private final Supplier<Table<T>> table;

  Records(Object lock, Supplier<Table<T>> table) {
    this.lock = lock;
    this.table = table;
  }

  /** Adds the record {@code create} makes from the next id. */
  public T add(LongFunction<T> create) {
    synchronized (lock) {
      return table.get().add(create);
    }
  }

  /** Replaces the record with the same id. */
  public void put(T record) {
    synchronized (lock) {
      table.get().put(record);
    }
  }

  /** Removes a record; true if it existed. */
  public boolean remove(long id) {
    synchronized (lock) {
      return table.get().remove(id);
    }
  }

  /** The record with this id, if any. */
  public Optional<T> get(long id) {
    synchronized (lock) {
      return table.get().get(id);
    }
  }

  /** All records, by id. */
  public List<T> all() {
    synchronized (lock) {
      return table.get().all();
    }
  }

  /** A record's id. */
  public long idOf(T record) {
    return table.get().idOf(record);
  }
}
