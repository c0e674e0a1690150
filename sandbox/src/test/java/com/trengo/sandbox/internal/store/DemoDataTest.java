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
    assertEquals(first.profiles(), second.profiles());
    assertEquals(first.customFields(), second.customFields());
  }

  @Test
  void theFirstContactsAreStillTheOnesTheReadmeShows() {
    SandboxStore store = seeded(42);

    Contact first = store.contact(5001).orElseThrow();
    assertEquals("Greta Mulder", first.name());
    assertEquals("+31674241400", first.identifier());
    assertEquals(Instant.parse("2024-03-04T08:43:00Z"), first.createdAt());
    Contact second = store.contact(5002).orElseThrow();
    assertEquals("noah.meijer2@example.com", second.identifier());
    assertEquals(null, second.phone());
    assertEquals("+31650472430", store.contact(5003).orElseThrow().phone());
  }

  @Test
  void seedsProfilesChannelBindingsAndCustomFieldValues() {
    SandboxStore store = seeded(42);

    List<Profile> profiles = store.profiles();
    assertEquals(List.of(801L, 802L, 803L, 804L), profiles.stream().map(Profile::id).toList());
    for (Profile profile : profiles) {
      int size = profile.members().size();
      assertTrue(size == 2 || size == 3, profile.toString());
      assertTrue(profile.members().stream().allMatch(m -> store.contact(m.contactId()).isPresent()));
    }
    assertEquals(
        List.of("Customer number", "Loyalty tier", "Order reference"), store.customFields().stream().map(CustomField::title).toList());
    assertTrue(store.contacts().stream().anyMatch(c -> c.channelIds().size() > 1), "some are bound to SMS too");
    assertTrue(store.contacts().stream().allMatch(c -> c.channelIds().get(0) == c.channelId()));
    long withValues = store.contacts().stream().filter(c -> !c.customFieldValues().isEmpty()).count();
    assertTrue(withValues > 32 && withValues < 64, withValues + " contacts with custom field values");
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
