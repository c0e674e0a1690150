package com.trengo.cli;

import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.Contact;
import com.trengo.sandbox.TrengoSandbox;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and empties a sandbox account through the API, as the tests' own view of it. */
final class Accounts {

  private Accounts() {}

  static TrengoClient client(TrengoSandbox sandbox) {
    return TrengoClient.builder()
        .token(sandbox.token())
        .baseUrl(sandbox.baseUrl())
        .rateLimiter(RateLimiter.create(RateLimitConfig.builder().limit(10_000).window(Duration.ofSeconds(1)).build()))
        .build();
  }

  static List<Contact> contacts(TrengoSandbox sandbox) {
    try (TrengoClient client = client(sandbox)) {
      return client.contacts().listAll(null).stream().collect(Collectors.toList());
    }
  }

  /** The contacts as identifier|name|email|phone lines, sorted: what a round trip must keep. */
  static List<String> fingerprints(TrengoSandbox sandbox) {
    return contacts(sandbox).stream()
        .map(c -> c.getIdentifier() + "|" + c.getName() + "|" + c.getEmail() + "|" + c.getPhone())
        .sorted()
        .toList();
  }

  static void deleteAllContacts(TrengoSandbox sandbox) {
    try (TrengoClient client = client(sandbox)) {
      for (Contact contact : client.contacts().listAll(null).stream().toList()) {
        client.contacts().delete(contact.getId());
      }
    }
  }
}
