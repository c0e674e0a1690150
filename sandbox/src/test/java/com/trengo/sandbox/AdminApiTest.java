package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Item 19 of issue 13: WireMock's admin API admits the sandbox's token only, and never a web page. */
class AdminApiTest {
  private static TrengoSandbox sandbox;
  private static Api api;

  @BeforeAll
  static void start() {
    sandbox = TrengoSandbox.builder().build().start();
    api = Api.of(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpRequest.Builder admin(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sandbox.port() + "/__admin/" + path));
  }

  private static final String STUB =
      "{\"priority\":1,\"request\":{\"method\":\"GET\",\"urlPath\":\"/api/v2/users\"},\"response\":{\"status\":503}}";

  @Test
  void withoutTheTokenTheAdminApiRefusesToAddAStubOrShutDown() throws IOException {
    Reply added = api.send(admin("mappings").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(STUB)));
    Reply shutdown = api.send(admin("shutdown").POST(HttpRequest.BodyPublishers.noBody()));

    assertEquals(401, added.status(), added.toString());
    assertEquals(401, shutdown.status(), shutdown.toString());
    assertTrue(sandbox.isRunning());
    assertEquals(200, api.get("users").status(), "no stub was added");
  }

  @Test
  void aRequestFromAWebPageIsRefusedEvenWithTheToken() throws IOException {
    // A cross-origin "simple" POST needs no preflight; the browser marks it with Origin.
    Reply fromPage = api.send(admin("mappings").header("Authorization", "Bearer " + sandbox.token())
        .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(STUB)));

    assertEquals(401, fromPage.status(), fromPage.toString());
    assertEquals(200, api.get("users").status());
  }

  @Test
  void theTokenOpensTheAdminApiToATestOrTool() throws IOException {
    Reply listed = api.send(admin("mappings").header("Authorization", "Bearer " + sandbox.token()).GET());

    assertEquals(200, listed.status(), listed.toString());
  }
}
