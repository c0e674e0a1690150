package com.trengo.sandbox.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * One kind of record, by id, with the sequence that numbers new ones. Not thread-safe: only the store,
 * under its lock, touches one.
 */
final class Table<T> {

  private final Map<Long, T> rows = new TreeMap<>();
  private final ToLongFunction<T> idOf;
  private long nextId;

  /** A table whose first record gets {@code firstId}; {@code idOf} reads a record's id. */
  Table(long firstId, ToLongFunction<T> idOf) {
    this.nextId = firstId;
    this.idOf = idOf;
  }

  /** Adds the record {@code create} makes from the next id. */
  T add(LongFunction<T> create) {
    T row = create.apply(nextId++);
    put(row);
    return row;
  }

  /** Replaces the record with the same id. */
  void put(T row) {
    rows.put(idOf.applyAsLong(row), row);
  }

  /** Removes a record; true if it existed. */
  boolean remove(long id) {
    return rows.remove(id) != null;
  }

  /** The record with this id, if any. */
  Optional<T> get(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  /** All records, by id. */
  List<T> all() {
    return List.copyOf(rows.values());
  }

  /** A record's id. */
  long idOf(T row) {
    return idOf.applyAsLong(row);
  }
}
