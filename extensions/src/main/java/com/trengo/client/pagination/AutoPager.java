package com.trengo.client.pagination;

import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.internal.PageGuard;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, page after page, fetched lazily: page n+1 is requested only when the caller
 * has read the last item of page n, and only one page is held at a time. Each page is read whole
 * before it is handed over, so a walk abandoned midway holds no connection. Each fetch goes through
 * the client's retries and rate limiter.
 *
 * <pre>{@code
 * for (Contact c : client.contacts().listAll(null)) { ... }
 * client.tickets().listAll(query).stream().filter(...)...;
 * for (Page<Contact> page : client.contacts().listAll(null).startingAt(7).pages()) { ... }
 * }</pre>
 *
 * <p>Immutable: {@link #startingAt} and {@link #skippingSeenIds} return new pagers, and each
 * iteration is a fresh walk. A walk stops with {@link TrengoPaginationException} if the server
 * repeats a page, rather than looping forever.
 */
public final class AutoPager<T> implements Iterable<T> {
  private final IntFunction<Page<T>> fetch;
  private final Function<T, Object> idOf;
  private final int firstPage;
  private final boolean skipSeen;

  private AutoPager(IntFunction<Page<T>> fetch, Function<T, Object> idOf, int firstPage, boolean skipSeen) {
    this.fetch = fetch;
    this.idOf = idOf;
    this.firstPage = firstPage;
    this.skipSeen = skipSeen;
  }

  /**
   * A pager over {@code fetch}, which returns the page with the given number (from 1).
   *
   * @param idOf the id of an item, for {@link #skippingSeenIds()} and repeated-page detection
   */
  public static <T> AutoPager<T> of(IntFunction<Page<T>> fetch, Function<T, Object> idOf) {
    return new AutoPager<>(Objects.requireNonNull(fetch, "fetch == null"), Objects.requireNonNull(idOf, "idOf == null"), 1, false);
  }

  /** A walk that starts at {@code page} (from 1): to resume a long job where it stopped. */
  public AutoPager<T> startingAt(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, was " + page);
    }
    return new AutoPager<>(fetch, idOf, page, skipSeen);
  }

  /**
   * A walk that skips items whose id it has already returned. When data changes during a walk, an
   * item can move from one page to the next and be read twice; this hides such repeats. The
   * trade-off: it remembers every id of the walk (memory grows with the list, a few dozen bytes an
   * item), and it cannot bring back an item that moved to a page already read: that one is missed
   * either way. Walk again, or filter by {@code updated_at}, when completeness matters.
   */
  public AutoPager<T> skippingSeenIds() {
    return new AutoPager<>(fetch, idOf, firstPage, true);
  }

  /** The items, fetching pages as they are reached. */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The pages themselves, for callers that work a page at a time (or report progress by page). */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /** Walks pages; {@link PageGuard} stops a server that does not move forward. */
  private final class PageIterator implements Iterator<Page<T>> {
    private final PageGuard<T> guard = new PageGuard<>(idOf);
    private int nextNumber = firstPage;
    private boolean done;

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Page<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      int requested = nextNumber;
      Page<T> page = fetch.apply(requested);
      OptionalInt following = guard.next(requested, page);
      done = following.isEmpty();
      nextNumber = following.orElse(requested);
      return page;
    }
  }

  /** Walks items across pages, holding one page at a time. */
  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private final Set<Object> seen = skipSeen ? new HashSet<>() : null;
    private Iterator<T> current = java.util.Collections.emptyIterator();
    private T next;

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (current.hasNext()) {
          T candidate = current.next();
          Object id = seen == null ? null : idOf.apply(candidate);
          if (id == null || seen.add(id)) {
            next = candidate;
          }
        } else if (pages.hasNext()) {
          current = pages.next().items().iterator();
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T item = next;
      next = null;
      return item;
    }
  }
}
