package com.trengo.client.pagination;

import com.trengo.client.model.PaginationLinks;
import com.trengo.client.model.PaginationMeta;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a list, with what the server said about the pages around it. Trengo answers with
 * Laravel pagination: {@code data}, {@code links} and {@code meta}. Its simple form (contacts,
 * tickets) has no {@code last_page} or {@code total}: only {@code links.next} says whether more
 * follows, and that is what this class trusts first.
 */
public final class Page<T> {
  private final int number;
  private final List<T> items;
  private final PaginationMeta meta;
  private final PaginationLinks links;

  /**
   * A page as the server answered it.
   *
   * @param number the page that was asked for, from 1
   * @param items its items; null is read as none
   * @param meta the server's {@code meta}, or null
   * @param links the server's {@code links}, or null
   */
  public Page(int number, List<T> items, PaginationMeta meta, PaginationLinks links) {
    this.number = number;
    this.items = items == null ? List.of() : List.copyOf(Objects.requireNonNull(items));
    this.meta = meta;
    this.links = links;
  }

  /** The page number, from 1 (the server's {@code current_page} when it sent one). */
  public int number() {
    return meta != null && meta.getCurrentPage() != null ? meta.getCurrentPage() : number;
  }

  /** The items, in the server's order; unmodifiable. */
  public List<T> items() {
    return items;
  }

  /** The last page number, when the server uses full pagination. */
  public OptionalInt lastPage() {
    return meta != null && meta.getLastPage() != null ? OptionalInt.of(meta.getLastPage()) : OptionalInt.empty();
  }

  /** How many items the whole list holds, when the server uses full pagination. */
  public Optional<Integer> total() {
    return meta == null ? Optional.empty() : Optional.ofNullable(meta.getTotal());
  }

  /**
   * The page to read after this one, or empty at the end. In order of trust: an empty page ends the
   * list; {@code links.next} (null ends it; its {@code page} parameter names the next page); {@code
   * current_page >= last_page} ends it; a page shorter than {@code per_page} ends it; with no
   * pagination data at all the list is this one page.
   */
  public OptionalInt nextPageNumber() {
    if (items.isEmpty()) {
      return OptionalInt.empty();
    }
    if (links != null) {
      String next = links.getNext();
      return next == null || next.isBlank() ? OptionalInt.empty() : OptionalInt.of(pageParameter(next, number() + 1));
    }
    if (meta == null) {
      return OptionalInt.empty();
    }
    if (meta.getLastPage() != null) {
      return number() >= meta.getLastPage() ? OptionalInt.empty() : OptionalInt.of(number() + 1);
    }
    if (meta.getPerPage() != null && items.size() < meta.getPerPage()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(number() + 1);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return nextPageNumber().isPresent();
  }

  private static int pageParameter(String url, int fallback) {
    int query = url.indexOf('?');
    if (query < 0) {
      return fallback;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      if (pair.startsWith("page=")) {
        try {
          return Integer.parseInt(pair.substring(5));
        } catch (NumberFormatException e) {
          return fallback;
        }
      }
    }
    return fallback;
  }

  @Override
  public String toString() {
    return "Page{number=" + number() + ", items=" + items.size() + ", next=" + nextPageNumber() + '}';
  }
}
