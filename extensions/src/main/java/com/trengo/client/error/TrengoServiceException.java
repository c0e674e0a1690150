package com.trengo.client.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. Carries what the server said: the status code, the response
 * headers, the raw body and, when the body had one, the server's message.
 *
 * <p>One subclass per meaning: {@link BadRequestException} (400), {@link UnauthorizedException}
 * (401), {@link PermissionDeniedException} (403), {@link NotFoundException} (404), {@link
 * UnprocessableEntityException} (422), {@link RateLimitException} (429) and {@link
 * InternalServerException} (5xx), and {@link TrengoRedirectException} for a redirect the client does not
 * follow. Any other status is this class itself.
 */
public class TrengoServiceException extends TrengoException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  private final String body;
  private final String serverMessage;

  TrengoServiceException(ErrorResponse response) {
    super(response.describe());
    this.statusCode = response.statusCode();
    this.headers = response.headers();
    this.body = response.body();
    this.serverMessage = response.parsed().message();
  }

  /**
   * Builds the exception that matches {@code statusCode}. The body is parsed leniently: Trengo's
   * Laravel shape {@code {"message": "...", "errors": {"field": ["..."]}}}, the {@code {"error":
   * "...", "message": [...]}} shape, any other JSON, HTML or an empty body all give an exception.
   *
   * @param statusCode the HTTP status, 300 or above
   * @param method the request method, for the message
   * @param path the request path without its query, for the message
   * @param headers the response headers (names as sent; never request headers)
   * @param body the raw response body, or {@code null} or empty when there was none
   * @param retryAfter the wait the server asked for, when known (used by 429)
   * @return the typed exception; never {@code null}
   */
  public static TrengoServiceException of(
      int statusCode,
      String method,
      String path,
      Map<String, List<String>> headers,
      String body,
      Duration retryAfter) {
    ErrorResponse response = new ErrorResponse(statusCode, method, path, headers, body);
    switch (statusCode) {
      case 400:
        return new BadRequestException(response);
      case 401:
        return new UnauthorizedException(response);
      case 403:
        return new PermissionDeniedException(response);
      case 404:
        return new NotFoundException(response);
      case 422:
        return new UnprocessableEntityException(response);
      case 429:
        return new RateLimitException(response, retryAfter);
      default:
        if (statusCode >= 300 && statusCode < 400) {
          return new TrengoRedirectException(response);
        }
        return statusCode >= 500
            ? new InternalServerException(response)
            : new TrengoServiceException(response);
    }
  }

  /** The HTTP status code of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers, by name as the server sent them; unmodifiable. */
  public Map<String, List<String>> headers() {
    return headers == null ? Map.of() : headers;
  }

  /** The raw response body, as received; empty when there was none. */
  public String body() {
    return body;
  }

  /**
   * The server's message, taken from the body's {@code message} (or {@code error}) when the body was
   * JSON that carried one.
   */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }
}
