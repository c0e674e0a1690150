package com.trengo.client.internal;

import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.pagination.Page;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Keeps a walk over pages from looping when the server does not move forward: the one check for
 * {@link com.trengo.client.pagination.AutoPager} and any other walk (the async identifier search).
 * A walk stops with {@link TrengoPaginationException} when a page repeats <em>any</em> earlier page of
 * the walk (the same items in the same order, however the server cycles: A B A, or A B C A), when a
 * page answers with a number already read, or when the page to ask for next is not past the one just
 * asked for (a next link pointing back). Page numbers asked for thus only grow, and no sequence of
 * pages can come round again.
 *
 * <p>Memory: one 128-bit digest of each page's item ids, not the items: a walk of 10,000 contacts
 * (400 pages) keeps about 40 KiB. One guard per walk; not thread-safe.
 */
public final class PageGuard<T> {
  private final Function<? super T, ?> idOf;
  private final Map<Digest, Integer> seen = new HashMap<>();
  private final Map<Integer, Integer> numbers = new HashMap<>();

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
    return following;
  }

  private void checkNotRepeated(int requested, Page<T> page) {
    if (page.items().isEmpty()) {
      return;
    }
    Integer sameNumber = numbers.putIfAbsent(page.number(), requested);
    if (sameNumber != null) {
      throw repeated(requested, page.number(), sameNumber);
    }
    Digest digest = digest(page);
    if (digest != null) {
      Integer earlier = seen.putIfAbsent(digest, requested);
      if (earlier != null) {
        throw repeated(requested, page.number(), earlier);
      }
    }
  }

  private static TrengoPaginationException repeated(int requested, int answered, int earlier) {
    return new TrengoPaginationException(requested,
        "asked for page " + requested + " but the server answered (as page " + answered + ") again what it answered"
            + " for page " + earlier + "; stopped to avoid a loop");
  }

  /** The digest of the page's ids in order; null when an item has no id (such a page is not compared). */
  private Digest digest(Page<T> page) {
    MessageDigest sha = sha256();
    for (T item : page.items()) {
      Object id = idOf.apply(item);
      if (id == null) {
        return null;
      }
      sha.update(id.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    ByteBuffer hash = ByteBuffer.wrap(sha.digest());
    return new Digest(hash.getLong(), hash.getLong());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM must support SHA-256", e);
    }
  }

  private record Digest(long high, long low) {}
}
