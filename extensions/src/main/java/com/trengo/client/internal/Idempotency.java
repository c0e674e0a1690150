package com.trengo.client.internal;

import java.util.Set;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * Which requests may be repeated without changing the result. Methods decide, except PATCH and POST:
 * a few operations Trengo takes as POST set a state (assign, close, a contact's custom field value),
 * so repeating one is harmless, but a PATCH or POST we do not know might create something: a message,
 * a WhatsApp session. The operation is read from Retrofit's {@link Invocation} tag, whose method name
 * is the spec's operationId, so the decision follows the operation, not the method the seed gave it.
 */
final class Idempotency {
  /**
   * POST (or PATCH) operations that set a state: sending one twice leaves what sending it once does.
   * assignTicket and closeTicket are POSTs in Trengo's API (PATCHes in the seed spec).
   */
  static final Set<String> STATE_SETTING_OPERATIONS =
      Set.of(
          "assignTicket", "closeTicket", "setContactCustomField", "reopenTicket", "markTicketAsSpam",
          "setTicketCustomField", "favoriteTicket");

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
      case "POST":
        Invocation invocation = request.tag(Invocation.class);
        return invocation != null && STATE_SETTING_OPERATIONS.contains(invocation.method().getName());
      default:
        return false;
    }
  }

  /**
   * Whether an answer with {@code status} leaves open whether the request was applied. A redirect:
   * something other than the API answered (a proxy sending it elsewhere, or an application that
   * applied it and points to the result). 500, 502, 503, 504: the server or a gateway failed, before,
   * during or after applying it. Every other status is the API's answer about this request.
   */
  static boolean leavesOutcomeOpen(int status) {
    return (status >= 300 && status < 400) || status == 500 || status == 502 || status == 503 || status == 504;
  }

  /** Whether the body can be written again: none, or one that is not one-shot. */
  static boolean isReplayable(Request request) {
    return request.body() == null || !request.body().isOneShot();
  }
}
