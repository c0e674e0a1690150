package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContactsTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox = TrengoSandboxExtension.withDefaults();

  private final Api api = Api.of(sandbox.sandbox());

  @Test
  void listsContactsInTheShortPaginationFormWithoutLastPageOrTotal() throws IOException {
    JsonObject page = api.get("contacts").json();

    assertEquals(25, page.getAsJsonArray("data").size());
    JsonObject meta = page.getAsJsonObject("meta");
    assertEquals(Set.of("current_page", "from", "path", "per_page", "to"), meta.keySet());
    assertEquals(25, meta.get("per_page").getAsInt());
    JsonObject links = page.getAsJsonObject("links");
    assertTrue(links.get("last").isJsonNull(), "links.last is null in the short form");
    assertTrue(links.get("prev").isJsonNull());
    assertTrue(links.get("next").getAsString().endsWith("/api/v2/contacts?page=2"), links.toString());
  }

  @Test
  void walkingLinksNextVisitsEverySeededContactOnThreePages() throws IOException {
    List<Long> ids = Pages.ids(Pages.all(api, sandbox.sandbox(), "contacts"));

    assertEquals(64, ids.size());
    assertEquals(64, new HashSet<>(ids).size(), "no contact twice");
    assertEquals(3, sandbox.sandbox().receivedRequests().size(), "three pages");
    JsonObject last = api.get("contacts?page=3").json();
    assertEquals(14, last.getAsJsonArray("data").size());
    assertTrue(last.getAsJsonObject("links").get("next").isJsonNull());
  }

  @Test
  void searchesContactsByTermAndKeepsTheTermInPaginationLinks() throws IOException {
    JsonObject page = api.get("contacts?term=EXAMPLE.COM").json();

    assertEquals(25, page.getAsJsonArray("data").size());
    assertTrue(page.getAsJsonObject("links").get("next").getAsString().contains("term=EXAMPLE.COM"));
    for (JsonElement contact : page.getAsJsonArray("data")) {
      assertTrue(contact.toString().toLowerCase().contains("example.com"), contact.toString());
    }
    assertEquals(0, api.get("contacts?term=nobody-has-this").data().size());
  }

  @Test
  void createsAContactThatCanThenBeFetched() throws IOException {
    Reply created =
        api.post("contacts", "{\"name\":\"Ada Lovelace\",\"identifier\":\"ada@example.org\",\"channel_id\":101}");

    assertEquals(201, created.status(), created.toString());
    long id = created.json().get("id").getAsLong();
    Reply fetched = api.get("contacts/" + id);
    assertEquals(200, fetched.status());
    assertEquals("Ada Lovelace", fetched.json().get("name").getAsString());
    assertEquals("ada@example.org", fetched.json().get("identifier").getAsString());
  }

  @Test
  void updatesAContactWithPut() throws IOException {
    Reply updated =
        api.put(
            "contacts/5001",
            "{\"name\":\"Renamed\",\"identifier\":\"renamed@example.org\",\"channel_id\":101,\"phone\":\"+3120\"}");

    assertEquals(200, updated.status(), updated.toString());
    assertEquals("Renamed", api.get("contacts/5001").json().get("name").getAsString());
    assertEquals("+3120", api.get("contacts/5001").json().get("phone").getAsString());
  }

  @Test
  void deletesAContactWith204AndThenAnswers404ForIt() throws IOException {
    Reply deleted = api.delete("contacts/5002");

    assertEquals(204, deleted.status());
    assertTrue(deleted.body().isEmpty());
    Reply gone = api.get("contacts/5002");
    assertEquals(404, gone.status());
    assertEquals("No query results for model [Contact] 5002", gone.json().get("message").getAsString());
    assertEquals(404, api.delete("contacts/5002").status());
  }

  @Test
  void answers404ForAnUnknownContact() throws IOException {
    assertEquals(404, api.get("contacts/999999").status());
    assertEquals(
        404,
        api.put("contacts/999999", "{\"name\":\"x\",\"identifier\":\"x@example.org\",\"channel_id\":101}").status());
  }

  @Test
  void rejectsAContactWithoutRequiredFieldsWith422AndReportsTheRequestViolation() throws IOException {
    Reply rejected = api.post("contacts", "{\"name\":\"Only a name\"}");

    assertEquals(422, rejected.status());
    JsonObject body = rejected.json();
    assertEquals("The given data was invalid.", body.get("message").getAsString());
    JsonObject errors = body.getAsJsonObject("errors");
    assertEquals("The identifier field is required.", errors.getAsJsonArray("identifier").get(0).getAsString());
    assertEquals("The channel id field is required.", errors.getAsJsonArray("channel_id").get(0).getAsString());
    assertFalse(errors.has("name"));
    assertViolation("validation.request.body.schema.required");
  }

  @Test
  void rejectsAWronglyTypedFieldWith422() throws IOException {
    Reply rejected = api.post("contacts", "{\"name\":7,\"identifier\":\"x@example.org\",\"channel_id\":\"abc\"}");

    assertEquals(422, rejected.status());
    JsonObject errors = rejected.json().getAsJsonObject("errors");
    assertEquals("The name must be a string.", errors.getAsJsonArray("name").get(0).getAsString());
    assertEquals("The channel id must be an integer.", errors.getAsJsonArray("channel_id").get(0).getAsString());
    assertViolation("validation.request.body.schema.type");
  }

  @Test
  void rejectsAnUnknownChannelIdWith422() throws IOException {
    Reply rejected = api.post("contacts", "{\"name\":\"x\",\"identifier\":\"x@example.org\",\"channel_id\":4242}");

    assertEquals(422, rejected.status());
    assertEquals(
        "The selected channel id is invalid.",
        rejected.json().getAsJsonObject("errors").getAsJsonArray("channel_id").get(0).getAsString());
    assertTrue(sandbox.sandbox().violations().isEmpty(), "a valid body naming an unknown id is within the spec");
  }

  @Test
  void answers401WithoutAValidBearerToken() throws IOException {
    Reply none = api.withAuthorization(null).get("contacts");
    Reply wrong = api.withAuthorization("Bearer not-the-token").get("contacts");

    assertEquals(401, none.status());
    assertEquals("Unauthenticated.", none.json().get("message").getAsString());
    assertEquals(401, wrong.status());
  }

  /** Asserts the last request broke the contract as expected, then forgets it so the extension passes. */
  private static void assertViolation(String key) {
    List<SpecViolation> violations = sandbox.sandbox().violations();
    assertTrue(
        violations.stream().anyMatch(v -> v.key().equals(key) && v.direction() == SpecViolation.Direction.REQUEST),
        "expected a " + key + " violation, got " + violations);
    sandbox.sandbox().clearViolations();
  }
}
