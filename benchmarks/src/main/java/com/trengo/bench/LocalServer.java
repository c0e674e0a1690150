package com.trengo.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * WireMock on 127.0.0.1 (never another address), answering every request through a supplier, stopped
 * by {@link #close()}. Not the JDK's HttpServer nor OkHttp's MockWebServer 4: both write headers and
 * body in separate packets, so each small response waited out a delayed ACK (~40 ms) and the
 * benchmark measured TCP instead of the client.
 */
final class LocalServer implements AutoCloseable {
  private final WireMockServer server;

  LocalServer(Supplier<ResponseDefinition> handler) {
    this(request -> handler.get());
  }

  LocalServer(Function<Request, ResponseDefinition> handler) {
    ResponseDefinitionTransformerV2 transformer =
        new ResponseDefinitionTransformerV2() {
          @Override
          public ResponseDefinition transform(ServeEvent serveEvent) {
            return handler.apply(serveEvent.getRequest());
          }

          @Override
          public String getName() {
            return "bench-handler";
          }
        };
    server =
        new WireMockServer(
            wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .containerThreads(16)
                .extensions(transformer));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse()));
  }

  String baseUrl() {
    return server.baseUrl() + "/api/v2/";
  }

  static ResponseDefinition json(int status, String body, String... headerPairs) {
    var b = WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    for (int i = 0; i < headerPairs.length; i += 2) {
      b = b.withHeader(headerPairs[i], headerPairs[i + 1]);
    }
    return b.build();
  }

  @Override
  public void close() {
    server.stop();
  }
}
