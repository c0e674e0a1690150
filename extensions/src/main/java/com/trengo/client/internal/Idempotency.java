package com.trengo.client.internal;

import java.util.Set;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * Which requests may be repeated without changing the result. Methods decide, except PATCH: the two
 * PATCH operations of the API set a state (assign, close), so repeating one is harmless, but a PATCH
 * we do not know might not be. The operation is read from Retrofit's {@link Invocation} tag, whose
 * method name is the spec's operationId.
 */
final class Idempotency {
  static final Set<String> IDEMPOTENT_PATCH_OPERATIONS = Set.of("assignTicket", "closeTicket");

  private Idempotency() {}

  static boolean isIdempotent(Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "PUT":
      case "DELETE":
        return true;
      case "PATCH":
        Invocation invocation = request.tag(Invocation.class);
        return invocation != null && IDEMPOTENT_PATCH_OPERATIONS.contains(invocation.method().getName());
      default:
        return false;
    }
  }

  /** Whether the body can be written again: none, or one that is not one-shot. */
  static boolean isReplayable(Request request) {
    return request.body() == null || !request.body().isOneShot();
  }
}
