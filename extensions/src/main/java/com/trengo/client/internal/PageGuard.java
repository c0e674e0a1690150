package com.trengo.client.internal;

import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.pagination.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Keeps a walk over pages from looping when the server does not move forward: the one check for
 * {@link com.trengo.client.pagination.AutoPager} and any other walk (the async identifier search).
 * A walk stops with {@link TrengoPaginationException} when a page repeats the previous one (the same
 * number, or the same items), or when the page to ask for next is not past the one just asked for
 * (a next link pointing back, or a page answered as an earlier one). Page numbers asked for thus only
 * grow, so no walk can come round in a circle. One guard per walk; not thread-safe.
 */
public final class PageGuard<T> {
  private final Function<? super T, ?> idOf;
  private Page<T> previous;

  /** A guard for one walk; {@code idOf} gives an item's id, to recognise a repeated page. */
  public PageGuard(Function<? super T, ?> idOf) {
    this.idOf = Objects.requireNonNull(idOf, "idOf == null");
  }

  /**
   * The number of the page to ask for after {@code page}, the answer to asking for {@code requested};
   * empty when the walk has ended.
   *
   * @throws TrengoPaginationException when the walk does not move forward
   */
  public OptionalInt next(int requested, Page<T> page) {
    checkNotRepeated(requested, page);
    OptionalInt following = page.nextPageNumber();
    if (following.isPresent() && following.getAsInt() <= Math.max(requested, page.number())) {
      throw new TrengoPaginationException(requested,
          "asked for page " + requested + ", the server answered page " + page.number() + " pointing to page "
              + following.getAsInt() + " as next; stopped to avoid a loop");
    }
    previous = page;
    return following;
  }

  private void checkNotRepeated(int requested, Page<T> page) {
    if (previous == null || page.items().isEmpty()) {
      return;
    }
    boolean sameNumber = page.number() == previous.number();
    List<Object> ids = ids(page);
    boolean sameItems =
        !ids.contains(null) && page.items().size() == previous.items().size() && ids.equals(ids(previous));
    if (sameNumber || sameItems) {
      throw new TrengoPaginationException(requested,
          "asked for page " + requested + " but the server answered page " + previous.number()
              + " again; stopped to avoid a loop");
    }
  }

  private List<Object> ids(Page<T> page) {
    List<Object> out = new ArrayList<>(page.items().size());
    for (T item : page.items()) {
      out.add(idOf.apply(item));
    }
    return out;
  }
}
