package com.trengo.sandbox.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trengo.sandbox.internal.api.ApiRequest;
import com.trengo.sandbox.internal.api.FilePart;
import com.trengo.sandbox.internal.api.QueryString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns what WireMock received into what the handlers read. */
final class WireMockRequests {

  /** Where the API lives on the sandbox, as on app.trengo.com. */
  static final String API_ROOT = "/api/v2";

  private WireMockRequests() {}

  /** The request for the handlers; {@code apiPath} is the path below {@link #API_ROOT}. */
  static ApiRequest toApiRequest(LoggedRequest request, String apiPath, Instant now) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody();
    return new ApiRequest(
        request.getMethod().getName(),
        apiPath,
        QueryString.parse(QueryString.rawQueryOf(request.getUrl())),
        body,
        parts(request),
        apiRootAsReached(request),
        now);
  }

  private static List<FilePart> parts(LoggedRequest request) {
    List<FilePart> parts = new ArrayList<>();
    if (!request.isMultipart()) {
      return parts;
    }
    try {
      for (Request.Part part : request.getParts()) {
        parts.add(new FilePart(part.getName(), part.getFileName(), part.getBody().asBytes()));
      }
    } catch (RuntimeException unparsable) {
      // A body that does not parse as multipart has no parts; the handler answers 422 for the missing file.
      parts.clear();
    }
    return parts;
  }

  /** The API root with the scheme, host and port the client used, for pagination links. */
  private static String apiRootAsReached(LoggedRequest request) {
    String absolute = request.getAbsoluteUrl();
    int root = absolute.indexOf(API_ROOT);
    return (root < 0 ? absolute : absolute.substring(0, root)) + API_ROOT;
  }
}
