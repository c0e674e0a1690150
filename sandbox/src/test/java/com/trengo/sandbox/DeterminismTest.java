package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  @Test
  void twoSandboxesWithTheSameSeedServeTheSameContactsAndTickets() throws IOException {
    assertEquals(firstPages(7), firstPages(7));
  }

  @Test
  void anotherSeedServesOtherData() throws IOException {
    assertNotEquals(firstPages(7), firstPages(8));
  }

  /** The data (not the links, which name the port) of the first pages of contacts and tickets. */
  private static String firstPages(long seed) throws IOException {
    try (TrengoSandbox sandbox = TrengoSandbox.builder().seed(seed).build().start()) {
      Api api = Api.of(sandbox);
      return api.get("contacts").data() + "\n" + api.get("tickets").data();
    }
  }
}
