package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.model.CreateContactRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Items 17 and 20 of issue 13: where the token may go, and arguments that never reach Retrofit. */
class ClientSafetyTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TestServer test = new TestServer();

  @Test
  void plainHttpToAHostOtherThanThisMachineIsRefusedUnlessAllowed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TrengoClient.builder().token("tok").baseUrl("http://api.example.com/api/v2/").build());
    assertTrue(e.getMessage().contains("plain http to api.example.com"), e.getMessage());
    assertTrue(e.getMessage().contains("allowPlainHttp"), e.getMessage());

    for (String local : List.of("http://127.0.0.1:8089/api/v2/", "http://localhost:8089/api/v2/", "http://[::1]:8089/api/v2/")) {
      TrengoClient.builder().token("tok").baseUrl(local).build().close();
    }
    TrengoClient.builder().token("tok").baseUrl("http://api.example.com/api/v2/").allowPlainHttp(true).build().close();
    TrengoClient.builder().token("tok").baseUrl("https://api.example.com/api/v2/").build().close();
  }

  @Test
  void aBaseUrlCarryingAPasswordIsRefusedWithoutEchoingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TrengoClient.builder().token("tok").baseUrl("https://ada:hunter2@app.trengo.com/api/v2/"));

    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertFalse(e.getMessage().contains("ada:"), e.getMessage());
    assertTrue(e.getMessage().contains("must not carry a user name or password"), e.getMessage());
    IllegalArgumentException unparsable = assertThrows(IllegalArgumentException.class,
        () -> TrengoClient.builder().baseUrl("ftp://ada:hunter2@host/"));
    assertFalse(unparsable.getMessage().contains("hunter2"), unparsable.getMessage());
  }

  @Test
  void aNullArgumentIsAValidationErrorNamingTheParameterAndNothingIsSent() {
    try (TrengoClient client = test.client(server).build()) {
      TrengoValidationException body = assertThrows(TrengoValidationException.class, () -> client.contacts().create(null));
      assertEquals("body", body.errors().get(0).field());
      assertTrue(body.getMessage().contains("ContactsApi.createContact"), body.getMessage());

      TrengoValidationException async =
          assertThrows(TrengoValidationException.class, () -> client.contacts().updateAsync(5, null));
      assertEquals("is required", async.errors().get(0).message());

      TrengoValidationException path = assertThrows(TrengoValidationException.class,
          () -> client.profiles().attachContact(7, 5, null));
      assertTrue(path.getMessage().contains("is required"), path.getMessage());
    }
    assertEquals(0, server.getAllServeEvents().size());
  }

  @Test
  void aCreateWithoutIdentifierIsRefusedByCreateOnceBeforeAnythingIsSent() {
    try (TrengoClient client = test.client(server).build()) {
      assertThrows(TrengoValidationException.class,
          () -> client.contacts().createOnce(new CreateContactRequest().name("Ada").channelId(1L)));
    }
    assertEquals(0, server.getAllServeEvents().size());
  }

  @Test
  void anUnclosedClientsThreadsDoNotHoldTheJvmOpen() throws Exception {
    server.stubFor(get(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"id\":5}")));
    // The thread an attempt runs on, caught in the act: OkHttp renames its dispatcher threads while they
    // run a call ("OkHttp http://..."), so looking them up by name afterwards races the rename back.
    java.util.concurrent.atomic.AtomicReference<Thread> ranOn = new java.util.concurrent.atomic.AtomicReference<>();
    TrengoClient client = test.client(server) // deliberately not closed
        .addInterceptor(chain -> {
          ranOn.compareAndSet(null, Thread.currentThread());
          return chain.proceed(chain.request());
        })
        .build();

    client.contacts().getAsync(5).get(10, TimeUnit.SECONDS);

    Thread ran = ranOn.get();
    assertTrue(ran != null && ran != Thread.currentThread(), "an async call runs on a dispatcher thread: " + ran);
    assertTrue(ran.isDaemon(), "OkHttp's dispatcher threads idle 60 s; as non-daemons they delayed JVM exit by that");
  }
}
