package com.trengo.client.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateContactRequest;
import com.trengo.sandbox.FaultType;
import com.trengo.sandbox.TrengoSandbox;
import com.trengo.sandbox.TrengoSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxReadmeExampleTest {

  private static final long EMAIL_CHANNEL = 101; // the seeded "Support mailbox"

  // Started before the first test, reset to the seeded demo data after each one, stopped after the last.
  // A test whose requests or responses leave the contract fails with the validator's message.
  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.of(TrengoSandbox.builder().seed(42));

  private TrengoClient trengo;

  @BeforeEach
  void pointTheClientAtTheSandbox() {
    trengo = TrengoClient.builder()
        .baseUrl(sandbox.baseUrl())
        .token(sandbox.token())
        // A limiter of its own: the JVM-wide one for this token would carry its budget across tests.
        .rateLimiter(RateLimiter.create(RateLimitConfig.ofDefaults()))
        .build();
  }

  @AfterEach
  void closeTheClient() {
    trengo.close();
  }

  @Test
  void walksEverySeededContact() {
    assertEquals(64, trengo.contacts().listAll(null).stream().count());
  }

  @Test
  void deletesAContact() {
    Contact contact = trengo.contacts().create(new CreateContactRequest()
        .name("Ada Lovelace").identifier("ada@example.com").channelId(EMAIL_CHANNEL));

    trengo.contacts().delete(contact.getId());

    assertThrows(NotFoundException.class, () -> trengo.contacts().get(contact.getId()));
  }

  @Test
  void doesNotCreateTwiceWhenTheConnectionDropsAfterTheCreate() {
    sandbox.sandbox().faults().next("POST", "/contacts", FaultType.RESET_AFTER_APPLY);

    assertThrows(TrengoOutcomeUnknownException.class, () -> trengo.contacts().create(new CreateContactRequest()
        .name("Ada Lovelace").identifier("ada@example.com").channelId(EMAIL_CHANNEL)));

    assertEquals(1, sandbox.sandbox().receivedRequests().stream().filter(r -> r.is("POST", "/contacts")).count());
    assertEquals(1, trengo.contacts().list(1, "ada@example.com").getData().size());
  }
}
