package com.trengo.client.pagination;

import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.internal.PageGuard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
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
 * <p><b>Async.</b> {@link #forEachAsync} and {@link #toListAsync} walk the same pages without
 * blocking a thread: page n+1 is asked for when page n has arrived (and its items were handed over),
 * through the client's async calls, which wait for permits and backoffs on a scheduler.
 *
 * <pre>{@code
 * CompletableFuture<List<Contact>> first500 = client.contacts().listAll(null).toListAsync(500);
 * client.tickets().listAll(query).forEachAsync(t -> queue.add(t.getId())).join();
 * }</pre>
 *
 * <p>Immutable: {@link #startingAt} and {@link #skippingSeenIds} return new pagers, and each
 * iteration is a fresh walk. A walk, sync or async, stops with {@link TrengoPaginationException} if
 * the server repeats a page, rather than looping forever: both follow one set of rules ({@code
 * PageGuard}).
 */
public final class AutoPager<T> implements Iterable<T> {
  private final IntFunction<Page<T>> fetch;
  private final IntFunction<CompletableFuture<Page<T>>> fetchAsync; // null: this pager walks in place only
  private final Function<T, Object> idOf;
  private final int firstPage;
  private final boolean skipSeen;

  private AutoPager(IntFunction<Page<T>> fetch, IntFunction<CompletableFuture<Page<T>>> fetchAsync,
      Function<T, Object> idOf, int firstPage, boolean skipSeen) {
    this.fetch = fetch;
    this.fetchAsync = fetchAsync;
    this.idOf = idOf;
    this.firstPage = firstPage;
    this.skipSeen = skipSeen;
  }

  /**
   * A pager over {@code fetch}, which returns the page with the given number (from 1). Its async walks
   * ({@link #forEachAsync}, {@link #toListAsync}) are refused; use {@link #of(IntFunction, IntFunction,
   * Function)} for those.
   *
   * @param idOf the id of an item, for {@link #skippingSeenIds()} and repeated-page detection
   */
  public static <T> AutoPager<T> of(IntFunction<Page<T>> fetch, Function<T, Object> idOf) {
    return new AutoPager<>(Objects.requireNonNull(fetch, "fetch == null"), null,
        Objects.requireNonNull(idOf, "idOf == null"), 1, false);
  }

  /**
   * A pager that can also walk asynchronously: {@code fetchAsync} returns a future of the page with
   * the given number, without blocking.
   */
  public static <T> AutoPager<T> of(
      IntFunction<Page<T>> fetch, IntFunction<CompletableFuture<Page<T>>> fetchAsync, Function<T, Object> idOf) {
    return new AutoPager<>(Objects.requireNonNull(fetch, "fetch == null"),
        Objects.requireNonNull(fetchAsync, "fetchAsync == null"), Objects.requireNonNull(idOf, "idOf == null"), 1, false);
  }

  /** A walk that starts at {@code page} (from 1): to resume a long job where it stopped. */
  public AutoPager<T> startingAt(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, was " + page);
    }
    return new AutoPager<>(fetch, fetchAsync, idOf, page, skipSeen);
  }

  /**
   * A walk that skips items whose id it has already returned. When data changes during a walk, an
   * item can move from one page to the next and be read twice; this hides such repeats. The
   * trade-off: it remembers every id of the walk (memory grows with the list, a few dozen bytes an
   * item), and it cannot bring back an item that moved to a page already read: that one is missed
   * either way. Walk again, or filter by {@code updated_at}, when completeness matters.
   */
  public AutoPager<T> skippingSeenIds() {
    return new AutoPager<>(fetch, fetchAsync, idOf, firstPage, true);
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

  /**
   * Hands every item to {@code action}, page after page, without blocking: the next page is asked for
   * once {@code action} has taken every item of this one. The future completes when the last page is
   * done, or with the first failure (a call's typed exception, {@link TrengoPaginationException}, or
   * what {@code action} threw); no page is asked for after it. Cancelling the future stops the walk
   * (the page in flight is cancelled with it).
   *
   * @throws UnsupportedOperationException if this pager was made without an async fetch
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action == null");
    return walkAsync(item -> {
      action.accept(item);
      return true;
    });
  }

  /**
   * The first {@code maxItems} items, fetched without blocking, in order; fewer when the list is
   * shorter. No page is asked for past the one that fills it, so a long list costs at most {@code
   * maxItems} items of memory. Fails as {@link #forEachAsync} does.
   *
   * @throws IllegalArgumentException if {@code maxItems} is negative
   * @throws UnsupportedOperationException if this pager was made without an async fetch
   */
  public CompletableFuture<List<T>> toListAsync(int maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be >= 0, was " + maxItems);
    }
    List<T> items = new ArrayList<>();
    if (maxItems == 0) {
      return CompletableFuture.completedFuture(items);
    }
    return walkAsync(item -> {
      items.add(item);
      return items.size() < maxItems;
    }).thenApply(done -> Collections.unmodifiableList(items));
  }

  /**
   * The first item that {@code matches}, fetched without blocking: pages are asked for one after
   * another until one holds a match or the list ends (then empty). Fails as {@link #forEachAsync} does.
   *
   * @throws UnsupportedOperationException if this pager was made without an async fetch
   */
  public CompletableFuture<Optional<T>> findFirstAsync(Predicate<? super T> matches) {
    Objects.requireNonNull(matches, "matches == null");
    AtomicReference<T> found = new AtomicReference<>();
    return walkAsync(item -> {
      if (matches.test(item)) {
        found.set(item);
        return false;
      }
      return true;
    }).thenApply(done -> Optional.ofNullable(found.get()));
  }

  /** The async walk: one page at a time, the same {@link Walk} as the iterators. */
  private CompletableFuture<Void> walkAsync(Predicate<T> wantsMore) {
    if (fetchAsync == null) {
      throw new UnsupportedOperationException("this AutoPager was made without an async fetch: use AutoPager.of(fetch, fetchAsync, idOf)");
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    AtomicReference<CompletableFuture<Page<T>>> inFlight = new AtomicReference<>();
    done.whenComplete((v, e) -> {
      CompletableFuture<Page<T>> page = inFlight.get();
      if (page != null) {
        page.cancel(true); // no effect once it has arrived
      }
    });
    nextPageAsync(new Walk(), wantsMore, done, inFlight);
    return done;
  }

  private void nextPageAsync(
      Walk walk, Predicate<T> wantsMore, CompletableFuture<Void> done, AtomicReference<CompletableFuture<Page<T>>> inFlight) {
    if (done.isDone()) {
      return; // cancelled by the caller: nothing more is asked for
    }
    int requested = walk.nextNumber;
    CompletableFuture<Page<T>> page = fetchAsync.apply(requested);
    inFlight.set(page);
    if (done.isDone()) {
      page.cancel(true); // cancelled by the caller meanwhile: nothing more is asked for
      return;
    }
    page.whenComplete((answer, error) -> {
      if (error != null) {
        done.completeExceptionally(unwrap(error));
        return;
      }
      try {
        walk.arrived(requested, answer);
        for (T item : answer.items()) {
          if (walk.isNew(item) && !wantsMore.test(item)) {
            done.complete(null);
            return;
          }
        }
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      if (walk.done) {
        done.complete(null);
      } else if (!done.isDone()) {
        nextPageAsync(walk, wantsMore, done, inFlight);
      }
    });
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  /**
   * The state of one walk, sync or async: the page to ask for next, whether the walk ended ({@link
   * PageGuard} decides, the one check for every walk), and the ids seen when skipping repeats.
   */
  private final class Walk {
    private final PageGuard<T> guard = new PageGuard<>(idOf);
    private final Set<Object> seen = skipSeen ? new HashSet<>() : null;
    private int nextNumber = firstPage;
    private boolean done;

    /** Takes in the answer to asking for page {@code requested}. */
    void arrived(int requested, Page<T> page) {
      OptionalInt following = guard.next(requested, page);
      done = following.isEmpty();
      nextNumber = following.orElse(requested);
    }

    /** False for an item already handed over, when skipping seen ids. */
    boolean isNew(T item) {
      Object id = seen == null ? null : idOf.apply(item);
      return id == null || seen.add(id);
    }
  }

  /** Walks pages. */
  private final class PageIterator implements Iterator<Page<T>> {
    private final Walk walk;

    PageIterator() {
      this(new Walk());
    }

    PageIterator(Walk walk) {
      this.walk = walk;
    }

    @Override
    public boolean hasNext() {
      return !walk.done;
    }

    @Override
    public Page<T> next() {
      if (walk.done) {
        throw new NoSuchElementException();
      }
      int requested = walk.nextNumber;
      Page<T> page = fetch.apply(requested);
      walk.arrived(requested, page);
      return page;
    }
  }

  /** Walks items across pages, holding one page at a time. */
  private final class ItemIterator implements Iterator<T> {
    private final Walk walk = new Walk();
    private final PageIterator pages = new PageIterator(walk);
    private Iterator<T> current = Collections.emptyIterator();
    private T next;

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (current.hasNext()) {
          T candidate = current.next();
          if (walk.isNew(candidate)) {
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
