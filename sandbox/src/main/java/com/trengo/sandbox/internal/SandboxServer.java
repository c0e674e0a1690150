package com.trengo.sandbox.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import java.time.Duration;

/** The WireMock server behind a sandbox: one catch-all stub, answered by the transformer. */
public final class SandboxServer {

  // Stubs a test adds get WireMock's default priority (5) and so win over this one.
  private static final int CATCH_ALL_PRIORITY = 100;

  private SandboxServer() {}

  /**
   * A started server on {@code bindAddress}:{@code port} (0 for a free port) that answers everything with
   * {@code transformer} and validates everything with {@code listener}; its admin API admits only
   * {@code token}, never from a web page, and {@code adminRoutes} add the sandbox's own test API
   * (webhook triggers) to it; an idle connection is closed after {@code idleTimeout}.
   */
  public static WireMockServer start(String bindAddress, int port, SandboxTransformer transformer,
      ValidatingListener listener, String token, AdminApiExtension adminRoutes, Duration idleTimeout) {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .bindAddress(bindAddress)
                .port(port)
                .adminAuthenticator(new AdminGate(token))
                .jettyIdleTimeout(idleTimeout.toMillis())
                // One acceptor is plenty for a test server, and Jetty warns when there are more than CPUs.
                .jettyAcceptors(1)
                .extensions(transformer, listener, adminRoutes)
                // The sandbox journals requests itself, without the token; WireMock's would grow forever.
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                // Honest Content-Length, and a truncated body stays truncated.
                .gzipDisabled(true));
    server.start();
    installCatchAll(server);
    return server;
  }

  /** Drops every stub a test added (through the admin API, say) and puts the sandbox's own back. */
  public static void resetStubs(WireMockServer server) {
    server.resetMappings();
    installCatchAll(server);
  }

  private static void installCatchAll(WireMockServer server) {
    server.stubFor(
        any(anyUrl()).atPriority(CATCH_ALL_PRIORITY).willReturn(aResponse().withTransformers(SandboxTransformer.NAME)));
  }
}
