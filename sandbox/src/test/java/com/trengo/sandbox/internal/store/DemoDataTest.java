package com.trengo.sandbox.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  @Test
  void theSameSeedGivesTheSameAccount() {
    SandboxStore first = seeded(42);
    SandboxStore second = seeded(42);

    assertEquals(first.contacts(), second.contacts());
    assertEquals(first.tickets(), second.tickets());
    assertEquals(first.users(), second.users());
    assertEquals(first.messages(90001), second.messages(90001));
  }

  @Test
  void anotherSeedGivesAnotherAccountWithTheSameShape() {
    SandboxStore first = seeded(42);
    SandboxStore other = seeded(43);

    assertNotEquals(first.contacts(), other.contacts());
    assertNotEquals(first.tickets(), other.tickets());
    assertEquals(first.contacts().size(), other.contacts().size());
    assertEquals(first.tickets().size(), other.tickets().size());
  }

  @Test
  void seedsEnoughToPaginateAndEveryKindOfChannel() {
    SandboxStore store = seeded(1);

    assertEquals(64, store.contacts().size(), "three pages of 25");
    assertEquals(30, store.tickets().size());
    assertEquals(30, store.messages(90001).size(), "a thread of two pages");
    assertTrue(store.users().size() >= 5);
    assertEquals(5, store.labels().size());
    Set<String> types = store.channels().stream().map(Channel::type).collect(Collectors.toSet());
    assertTrue(types.containsAll(Set.of("EMAIL", "WA_BUSINESS", "CHAT", "VOIP")), types.toString());
  }

  @Test
  void messageIdsStartAboveTwoToTheThirtyOne() {
    List<Message> thread = seeded(1).messages(90001);

    assertEquals(SandboxStore.FIRST_MESSAGE_ID, thread.get(0).id());
    assertTrue(thread.get(0).id() > Integer.MAX_VALUE);
  }

  @Test
  void reseedingForgetsWhatWasAdded() {
    SandboxStore store = seeded(5);
    store.addContact("Extra", "extra@example.org", 101, null, null, Instant.EPOCH);

    DemoData.seed(store, 5);

    assertEquals(seeded(5).contacts(), store.contacts());
  }

  private static SandboxStore seeded(long seed) {
    SandboxStore store = new SandboxStore();
    DemoData.seed(store, seed);
    return store;
  }
}
