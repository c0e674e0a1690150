package com.trengo.sandbox.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards WireMock's admin API ({@code /__admin}: add stubs, read the journal, shut down): only a
 * request with the sandbox's own bearer token, and never one a browser sends for a web page. A page
 * open while {@code trengo sandbox} runs could otherwise inject stubs or shut it down: a cross-origin
 * "simple" POST needs no preflight, so CORS alone does not stop it; a browser marks such a request with
 * {@code Origin} (or {@code Sec-Fetch-Site}), and cannot add the token to it without a preflight the
 * admin API never answers. The sandbox's own Java API ({@code stubFor}, reset) does not go through HTTP.
 */
public final class AdminGate implements Authenticator {
  private final byte[] expected;

  /** Admits {@code Authorization: Bearer <token>} only. */
  public AdminGate(String token) {
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean authenticate(Request request) {
    if (request.getHeader("Origin") != null || request.getHeader("Sec-Fetch-Site") != null) {
      return false;
    }
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && MessageDigest.isEqual(expected, authorization.trim().getBytes(StandardCharsets.UTF_8));
  }
}
