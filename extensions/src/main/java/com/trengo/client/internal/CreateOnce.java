package com.trengo.client.internal;

import com.trengo.client.Created;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one "create once" routine: everything that creates by identifier (getOrCreate, createOnce, the
 * command line's import) goes through it, so a duplicate can come from nowhere else.
 *
 * <ol>
 *   <li>Send the create. Answered: done. Any failure other than an unknown outcome is thrown as it is
 *       (a 422, a 429 the retry layer gave up on, a connection refused before sending).
 *   <li>Unknown outcome ({@link TrengoOutcomeUnknownException}: the create may have been applied):
 *       look the identifier up. Found: that is the result (the create was applied, or the contact
 *       existed). The lookup failing too: the unknown outcome is thrown, with the lookup's failure
 *       attached as suppressed, since then nothing is known.
 *   <li>Not found: the create provably was not applied, so it is sent again; that cannot make a
 *       duplicate.
 *   <li>At most {@code maxSends} sends. When the last also ends unknown and its lookup finds nothing,
 *       a {@link TrengoIoException} (not an unknown outcome: the lookup showed none was made) is thrown
 *       with each unknown outcome attached as suppressed. Calling again later is safe.
 * </ol>
 *
 * <p>"Provably" rests on the search seeing a contact as soon as its create is answered, as a
 * database-backed search does. Each request goes through the client's retries and limiter as usual.
 */
public final class CreateOnce {
  /** How many sends {@code getOrCreate} and {@code createOnce} allow by default. */
  public static final int DEFAULT_SENDS = 3;

  private CreateOnce() {}

  /**
   * Runs the routine on this thread.
   *
   * @param what the create for messages, without the customer's identifier ("creating the contact")
   */
  public static <T> Created<T> run(int maxSends, Supplier<T> send, Supplier<Optional<T>> lookup, String what) {
    checkSends(maxSends);
    List<TrengoOutcomeUnknownException> unknowns = new ArrayList<>();
    while (true) {
      try {
        return new Created<>(send.get(), unknowns.size() + 1, unknowns.size(), false);
      } catch (TrengoOutcomeUnknownException unknown) {
        Optional<T> found;
        try {
          found = lookup.get();
        } catch (RuntimeException lookupFailed) {
          unknown.addSuppressed(lookupFailed);
          throw unknown;
        }
        unknowns.add(unknown);
        if (found.isPresent()) {
          return new Created<>(found.get(), unknowns.size(), unknowns.size(), true);
        }
        if (unknowns.size() >= maxSends) {
          throw gaveUp(what, unknowns);
        }
      }
    }
  }

  /** Runs the routine with async sends and lookups; the same steps, as a chain of futures. */
  public static <T> CompletableFuture<Created<T>> runAsync(
      int maxSends, Supplier<CompletableFuture<T>> send, Supplier<CompletableFuture<Optional<T>>> lookup, String what) {
    checkSends(maxSends);
    return attempt(maxSends, send, lookup, what, new ArrayList<>());
  }

  private static <T> CompletableFuture<Created<T>> attempt(
      int maxSends, Supplier<CompletableFuture<T>> send, Supplier<CompletableFuture<Optional<T>>> lookup,
      String what, List<TrengoOutcomeUnknownException> unknowns) {
    return send.get()
        .handle((value, error) -> {
          if (error == null) {
            return CompletableFuture.completedFuture(new Created<>(value, unknowns.size() + 1, unknowns.size(), false));
          }
          Throwable cause = unwrap(error);
          if (!(cause instanceof TrengoOutcomeUnknownException unknown)) {
            return CompletableFuture.<Created<T>>failedFuture(cause);
          }
          return lookup.get()
              .handle((found, lookupError) -> {
                if (lookupError != null) {
                  unknown.addSuppressed(unwrap(lookupError));
                  return CompletableFuture.<Created<T>>failedFuture(unknown);
                }
                unknowns.add(unknown);
                if (found.isPresent()) {
                  return CompletableFuture.completedFuture(new Created<>(found.get(), unknowns.size(), unknowns.size(), true));
                }
                if (unknowns.size() >= maxSends) {
                  return CompletableFuture.<Created<T>>failedFuture(gaveUp(what, unknowns));
                }
                return attempt(maxSends, send, lookup, what, unknowns);
              })
              .thenCompose(Function.identity());
        })
        .thenCompose(Function.identity());
  }

  private static void checkSends(int maxSends) {
    if (maxSends < 1) {
      throw new IllegalArgumentException("maxSends must be at least 1, was " + maxSends);
    }
  }

  // The identifier stays out of the message: it is a customer's phone number or address.
  private static TrengoIoException gaveUp(String what, List<TrengoOutcomeUnknownException> unknowns) {
    TrengoOutcomeUnknownException last = unknowns.get(unknowns.size() - 1);
    IOException cause = last.getCause() instanceof IOException io ? io : new IOException(last.getMessage(), last);
    TrengoIoException e = new TrengoIoException(
        what + " failed " + unknowns.size() + " times in a way that may have been applied; each time a search"
            + " found no contact with the identifier afterwards, so none was created: " + last.getMessage(), cause);
    for (TrengoOutcomeUnknownException unknown : unknowns) {
      e.addSuppressed(unknown);
    }
    return e;
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
