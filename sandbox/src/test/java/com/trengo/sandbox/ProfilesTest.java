package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfilesTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void listsTheSeededProfilesInTheFullPaginationForm() throws IOException {
    JsonObject page = api.get("profiles").json();

    assertEquals(List.of(801L, 802L, 803L, 804L), Pages.ids(objects(page)));
    JsonObject meta = page.getAsJsonObject("meta");
    assertEquals(4, meta.get("total").getAsInt());
    assertEquals(1, meta.get("last_page").getAsInt());
    assertTrue(page.getAsJsonObject("links").get("last").getAsString().endsWith("/api/v2/profiles?page=1"));
    JsonObject profile = page.getAsJsonArray("data").get(0).getAsJsonObject();
    assertEquals(Set.of("id", "name", "created_at", "updated_at"), profile.keySet());
  }

  @Test
  void paginatesProfilesTwentyFiveToAPageKeepingTheTerm() throws IOException {
    for (int i = 1; i <= 26; i++) {
      assertEquals(201, api.post("profiles", "{\"name\":\"Customer " + i + "\"}").status());
    }

    JsonObject first = api.get("profiles?term=customer").json();
    JsonObject second = api.get("profiles?term=customer&page=2").json();

    assertEquals(25, first.getAsJsonArray("data").size());
    assertEquals(26, first.getAsJsonObject("meta").get("total").getAsInt());
    assertEquals(2, first.getAsJsonObject("meta").get("last_page").getAsInt());
    assertTrue(first.getAsJsonObject("links").get("next").getAsString().contains("term=customer"));
    assertEquals(1, second.getAsJsonArray("data").size());
    assertTrue(second.getAsJsonObject("links").get("next").isJsonNull());
    assertEquals(30, Pages.all(api, sandbox.sandbox(), "profiles").size(), "the four seeded and 26 new");
  }

  @Test
  void searchesProfilesByNameIgnoringCase() throws IOException {
    List<JsonObject> found = objects(api.get("profiles?term=GLOBEX").json());

    assertEquals(1, found.size());
    assertEquals("Globex Benelux", found.get(0).get("name").getAsString());
    assertEquals(0, api.get("profiles?term=nobody-has-this").data().size());
  }

  @Test
  void createsGetsAndRenamesAProfile() throws IOException {
    Reply created = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}");
    long id = created.json().get("id").getAsLong();
    Reply renamed = api.put("profiles/" + id, "{\"name\":\"Lovelace & Babbage\"}");
    Reply fetched = api.get("profiles/" + id);

    assertEquals(201, created.status(), created.toString());
    assertEquals(805, id, "after the four seeded ones");
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals("Lovelace & Babbage", fetched.json().get("name").getAsString());
    assertEquals(created.json().get("created_at"), fetched.json().get("created_at"));
  }

  @Test
  void rejectsAProfileWithoutANameWith422() throws IOException {
    Reply missing = api.post("profiles", "{}");
    Reply blank = api.put("profiles/801", "{\"name\":\"   \"}");

    assertEquals(422, missing.status());
    assertEquals("The given data was invalid.", missing.json().get("message").getAsString());
    assertEquals("The name field is required.", missing.firstError("name"));
    assertEquals(422, blank.status());
    assertEquals("The name field is required.", blank.firstError("name"));
    assertViolation("validation.request.body.schema.required");
  }

  @Test
  void answers404ForAnUnknownProfile() throws IOException {
    Reply get = api.get("profiles/999");

    assertEquals(404, get.status());
    assertEquals("No query results for model [Profile] 999", get.json().get("message").getAsString());
    assertEquals(404, api.put("profiles/999", "{\"name\":\"x\"}").status());
    assertEquals(404, api.delete("profiles/999").status());
    assertEquals(404, api.post("profiles/999/contacts", "{\"contact_id\":5001,\"type\":\"EMAIL\"}").status());
    assertEquals(404, api.delete("profiles/999/contacts/5001").status());
  }

  @Test
  void attachesAContactWhoseProfileArrayThenListsIt() throws IOException {
    long id = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}").json().get("id").getAsLong();

    Reply attached = api.post("profiles/" + id + "/contacts", "{\"contact_id\":5002,\"type\":\"EMAIL\"}");
    Reply again = api.post("profiles/" + id + "/contacts", "{\"contact_id\":5002,\"type\":\"EMAIL\"}");

    assertEquals(200, attached.status(), attached.toString());
    assertTrue(attached.body().isEmpty(), "the contract declares no body");
    assertEquals(200, again.status(), "attaching twice is harmless");
    assertEquals(List.of(id), profileIdsOf(5002));
  }

  @Test
  void detachesAContactWith204() throws IOException {
    long id = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}").json().get("id").getAsLong();
    api.post("profiles/" + id + "/contacts", "{\"contact_id\":5002,\"type\":\"EMAIL\"}");

    Reply detached = api.delete("profiles/" + id + "/contacts/5002?type=EMAIL");

    assertEquals(204, detached.status());
    assertTrue(detached.body().isEmpty());
    assertEquals(List.of(), profileIdsOf(5002));
    assertEquals(204, api.delete("profiles/" + id + "/contacts/5002").status(), "detaching again is harmless");
    assertEquals(404, api.delete("profiles/" + id + "/contacts/999999").status(), "an unknown contact is not");
  }

  @Test
  void detachingAsOneTypeKeepsTheContactAttachedAsAnother() throws IOException {
    long id = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}").json().get("id").getAsLong();
    api.post("profiles/" + id + "/contacts", "{\"contact_id\":5003,\"type\":\"EMAIL\"}");
    api.post("profiles/" + id + "/contacts", "{\"contact_id\":5003,\"type\":\"SMS\"}");

    api.delete("profiles/" + id + "/contacts/5003?type=SMS");
    assertEquals(List.of(id), profileIdsOf(5003));
    api.delete("profiles/" + id + "/contacts/5003");
    assertEquals(List.of(), profileIdsOf(5003), "without a type, every attachment goes");
  }

  @Test
  void attachingAnUnknownContactOrWithoutATypeIs422() throws IOException {
    Reply unknown = api.post("profiles/801/contacts", "{\"contact_id\":999999,\"type\":\"EMAIL\"}");
    Reply incomplete = api.post("profiles/801/contacts", "{\"contact_id\":5001}");

    assertEquals(422, unknown.status());
    assertEquals("The selected contact id is invalid.", unknown.firstError("contact_id"));
    assertEquals(422, incomplete.status());
    assertEquals("The type field is required.", incomplete.firstError("type"));
    assertViolation("validation.request.body.schema.required");
  }

  @Test
  void deletingAProfileKeepsItsContacts() throws IOException {
    long id = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}").json().get("id").getAsLong();
    api.post("profiles/" + id + "/contacts", "{\"contact_id\":5002,\"type\":\"EMAIL\"}");

    Reply deleted = api.delete("profiles/" + id);

    assertEquals(204, deleted.status());
    assertEquals(404, api.get("profiles/" + id).status());
    assertEquals(200, api.get("contacts/5002").status());
    assertEquals(List.of(), profileIdsOf(5002));
  }

  @Test
  void deletingAContactTakesItOutOfItsProfiles() throws IOException {
    long id = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}").json().get("id").getAsLong();
    long contact = api.post("channels/101/contacts", "{\"identifier\":\"ada@example.org\"}").json().get("id").getAsLong();
    api.post("profiles/" + id + "/contacts", "{\"contact_id\":" + contact + ",\"type\":\"EMAIL\"}");

    api.delete("contacts/" + contact);

    assertEquals(404, api.delete("profiles/" + id + "/contacts/" + contact).status());
    long again = api.post("channels/101/contacts", "{\"identifier\":\"ada@example.org\"}").json().get("id").getAsLong();
    assertEquals(List.of(), profileIdsOf(again), "a new contact with the same identifier starts in no profile");
  }

  @Test
  void everyProfileOperationStaysWithinTheContract() throws IOException {
    long id = api.post("profiles", "{\"name\":\"Lovelace Ltd\"}").json().get("id").getAsLong();
    api.get("profiles?term=love&page=1");
    api.get("profiles/" + id);
    api.put("profiles/" + id, "{\"name\":\"Lovelace & Babbage\"}");
    api.post("profiles/" + id + "/contacts", "{\"contact_id\":5001,\"type\":\"WA_BUSINESS\"}");
    api.get("contacts/5001");
    api.delete("profiles/" + id + "/contacts/5001?type=WA_BUSINESS");
    api.delete("profiles/" + id);

    assertEquals(8, sandbox.sandbox().receivedRequests().size());
    assertEquals(List.of(), sandbox.sandbox().violations());
  }

  private List<Long> profileIdsOf(long contactId) throws IOException {
    List<Long> ids = new ArrayList<>();
    for (JsonElement profile : api.get("contacts/" + contactId).json().getAsJsonArray("profile")) {
      ids.add(profile.getAsJsonObject().get("id").getAsLong());
    }
    return ids;
  }

  private static List<JsonObject> objects(JsonObject page) {
    List<JsonObject> objects = new ArrayList<>();
    page.getAsJsonArray("data").forEach(e -> objects.add(e.getAsJsonObject()));
    return objects;
  }

  /** Asserts a request broke the contract as expected, then forgets it so the extension passes. */
  private static void assertViolation(String key) {
    List<SpecViolation> violations = sandbox.sandbox().violations();
    assertTrue(
        violations.stream().anyMatch(v -> v.key().equals(key) && v.direction() == SpecViolation.Direction.REQUEST),
        "expected a " + key + " violation, got " + violations);
    sandbox.sandbox().clearViolations();
  }
}
