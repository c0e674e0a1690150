package com.trengo.client.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.trengo.client.TrengoClient;
import com.trengo.client.error.NotFoundException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Contact;
import com.trengo.client.model.Profile;
import com.trengo.client.model.ProfileList;
import com.trengo.client.model.ProfileRequest;
import com.trengo.sandbox.TrengoSandboxExtension;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profiles through TrengoClient against the sandbox: the CRUD, and contacts attached and detached. */
class ProfilesContractTest {

  @RegisterExtension static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();
  @RegisterExtension final ContractClient client = new ContractClient(sandbox);

  @Test
  @Covers({"createProfile", "getProfile", "updateProfile"})
  void createsReadsAndRenamesAProfile(TrengoClient trengo) {
    Profile created = trengo.profiles().create(new ProfileRequest().name("Acme B.V."));

    Profile renamed = trengo.profiles().update(created.getId(), new ProfileRequest().name("Acme Holding"));

    assertEquals("Acme B.V.", created.getName());
    assertEquals(created.getId(), renamed.getId());
    assertEquals("Acme Holding", trengo.profiles().get(created.getId()).getName());
  }

  @Test
  @Covers({"createProfile", "deleteProfile", "getProfile"})
  void aDeletedProfileIsNotFoundAndItsContactsStay(TrengoClient trengo) {
    Profile created = trengo.profiles().create(new ProfileRequest().name("Short-lived"));
    trengo.profiles().attachContact(created.getId(), 5001, "EMAIL");

    trengo.profiles().delete(created.getId());

    assertThrows(NotFoundException.class, () -> trengo.profiles().get(created.getId()));
    Contact kept = trengo.contacts().get(5001);
    assertFalse(profileIds(kept).contains(created.getId()), "the contact stays, without the profile");
  }

  @Test
  @Covers({"listProfiles"})
  void listsTheSeededProfilesAndSearchesByName(TrengoClient trengo) {
    ProfileList first = trengo.profiles().list(1, null);
    List<Profile> all = trengo.profiles().listAll(null).stream().toList();

    assertTrue(first.getData().size() >= 4, "the demo data seeds profiles 801 to 804");
    assertEquals(first.getMeta().getTotal(), all.size(), "the pager walks every profile, the list says how many");
    String name = all.get(0).getName();
    List<Profile> found = trengo.profiles().listAll(name.toUpperCase()).stream().toList();
    assertTrue(found.stream().anyMatch(p -> p.getId().equals(all.get(0).getId())), "term ignores case: " + found);
  }

  @Test
  @Covers({"createProfile", "attachContactToProfile", "detachContactFromProfile", "getContact"})
  void attachesAContactThenDetachesIt(TrengoClient trengo) {
    Profile profile = trengo.profiles().create(new ProfileRequest().name("Lovelace family"));

    trengo.profiles().attachContact(profile.getId(), 5002, "EMAIL");
    Set<Long> attached = profileIds(trengo.contacts().get(5002));
    trengo.profiles().detachContact(profile.getId(), 5002);
    Set<Long> detached = profileIds(trengo.contacts().get(5002));

    assertTrue(attached.contains(profile.getId()), "the contact's profile array shows it: " + attached);
    assertFalse(detached.contains(profile.getId()), "and no longer after the detach: " + detached);
  }

  @Test
  @Covers({"attachContactToProfile", "createProfile"})
  void attachingAnUnknownContactIs422NamingTheField(TrengoClient trengo) {
    Profile profile = trengo.profiles().create(new ProfileRequest().name("Nobody's"));

    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class,
            () -> trengo.profiles().attachContact(profile.getId(), 999_999, "EMAIL"));

    assertTrue(rejected.errors().containsKey("contact_id"), rejected.errors().toString());
  }

  @Test
  @Covers({"getProfile", "updateProfile"})
  void anUnknownProfileIs404(TrengoClient trengo) {
    assertThrows(NotFoundException.class, () -> trengo.profiles().get(999_999));
    assertThrows(
        NotFoundException.class,
        () -> trengo.profiles().update(999_999, new ProfileRequest().name("Ghost")));
  }

  @Test
  @Covers("createProfile")
  void aBlankNameIs422NamingTheField(TrengoClient trengo) {
    UnprocessableEntityException rejected =
        assertThrows(
            UnprocessableEntityException.class, () -> trengo.profiles().create(new ProfileRequest().name(" ")));

    assertTrue(rejected.errors().containsKey("name"), rejected.errors().toString());
  }

  private static Set<Long> profileIds(Contact contact) {
    return contact.getProfile().stream().map(Profile::getId).collect(Collectors.toSet());
  }
}
