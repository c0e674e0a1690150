package com.trengo.client;

import com.trengo.client.error.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * One id filter of a query's builder (a {@link TicketQuery}'s users, channels and labels, a {@link
 * MetricsQuery}'s teams, channels and labels): ids added one at a time, sent as a list, and not sent at
 * all when none was added.
 */
final class IdList {
  private final List<Long> ids = new ArrayList<>();

  void add(long id) {
    ids.add(id);
  }

  /** Adds the ids of a query's filter, as {@link #frozen()} gave them: null adds none. */
  void addAll(List<Long> frozen) {
    if (frozen != null) {
      ids.addAll(frozen);
    }
  }

  /** The ids, unmodifiable, in the order added; null when there are none, so the filter is not sent. */
  List<Long> frozen() {
    return ids.isEmpty() ? null : List.copyOf(ids);
  }

  /** Records each id that is not positive, named by its position ({@code team_ids[1]}). */
  void checkPositive(List<FieldError> errors, String field) {
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) <= 0) {
        errors.add(FieldError.of(field + "[" + i + "]", ids.get(i), "must be positive"));
      }
    }
  }
}
