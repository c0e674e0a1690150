package com.trengo.client.internal;

import java.io.IOException;
import okhttp3.Request;

/**
 * A request that is not safe to repeat failed after it may have reached the server: the connection
 * broke after sending, or its answer could not be read. Carries the status and a body excerpt when an
 * answer began to arrive.
 */
final class OutcomeUnknownIOException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String excerpt;

  private OutcomeUnknownIOException(String message, int status, String excerpt, IOException cause) {
    super(message, cause);
    this.status = status;
    this.excerpt = excerpt;
  }

  /** After {@code failure} of an attempt that was sent: with the answer's status when one arrived. */
  static OutcomeUnknownIOException of(Request request, IOException failure) {
    if (failure instanceof UnreadableBodyException unreadable) {
      Answer answer = unreadable.answer();
      return new OutcomeUnknownIOException(
          describe(request) + " may have been applied: " + failure.getMessage() + "." + NOT_RESENT,
          answer.status(), answer.excerpt(), failure);
    }
    return new OutcomeUnknownIOException(
        describe(request) + " may have been applied: the connection failed after the request was sent ("
            + failure + ")." + NOT_RESENT, 0, "", failure);
  }

  /** After an answer with {@code status} that does not say whether it was applied. */
  static OutcomeUnknownIOException afterAnswer(Request request, int status, String excerpt, IOException failure) {
    return new OutcomeUnknownIOException(
        describe(request) + " may have been applied: " + failure.getMessage() + "." + NOT_RESENT,
        status, excerpt, failure);
  }

  /** The status of the answer, or 0 when none arrived. */
  int status() {
    return status;
  }

  /** The start of the answer's body, or empty. */
  String excerpt() {
    return excerpt;
  }

  static final String NOT_RESENT =
      " It was not resent, to avoid a duplicate; check whether it took effect before sending it again.";

  private static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }
}
