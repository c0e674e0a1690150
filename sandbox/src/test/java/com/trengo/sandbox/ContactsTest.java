package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
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
        rejected.firstError("channel_id"));
    assertTrue(sandbox.sandbox().violations().isEmpty(), "a valid body naming an unknown id is within the spec");
  }

  @Test
  void servesTheDisplayFieldsRealContactsCarry() throws IOException {
    JsonObject phoneContact = api.get("contacts/5001").json();
    JsonObject emailContact = api.get("contacts/5002").json();

    assertEquals("Greta Mulder", phoneContact.get("full_name").getAsString());
    assertEquals("GM", phoneContact.get("abbr").getAsString());
    assertTrue(phoneContact.get("is_phone").getAsBoolean());
    assertEquals("+31674241400", phoneContact.get("formatted_phone").getAsString());
    assertEquals(phoneContact.get("created_at"), phoneContact.get("updated_at"));
    assertFalse(emailContact.get("is_phone").getAsBoolean());
    assertTrue(emailContact.get("formatted_phone").isJsonNull(), "no phone, so null, as Trengo sends it");
    assertEquals("NM", emailContact.get("abbr").getAsString());
  }

  @Test
  void servesTheChannelsProfilesAndCustomFieldValuesOfTheSeededContacts() throws IOException {
    List<JsonObject> contacts = Pages.all(api, sandbox.sandbox(), "contacts");

    JsonObject first = contacts.get(0);
    assertEquals(List.of(102L), Pages.ids(objects(first.getAsJsonArray("channels"))), "bound where it was created");
    assertTrue(
        contacts.stream().anyMatch(c -> c.getAsJsonArray("channels").size() == 2), "some are bound to SMS too");
    assertTrue(contacts.stream().anyMatch(c -> c.getAsJsonArray("profile").size() > 0), "some are in a profile");
    assertTrue(contacts.stream().allMatch(c -> c.get("profile").isJsonArray()), "an array, empty when in none");
    assertTrue(
        contacts.stream().anyMatch(c -> c.getAsJsonObject("custom_field_data").has("Customer number")),
        "values by field title");
  }

  @Test
  void updatingAContactMovesUpdatedAtAndBindsTheNewChannel() throws IOException {
    JsonObject before = api.get("contacts/5002").json();
    api.put("contacts/5002", "{\"name\":\"Noah\",\"identifier\":\"noah@example.org\",\"channel_id\":106}");

    JsonObject after = api.get("contacts/5002").json();
    assertEquals(before.get("created_at"), after.get("created_at"));
    assertNotEquals(before.get("updated_at"), after.get("updated_at"));
    assertEquals(List.of(101L, 106L), Pages.ids(objects(after.getAsJsonArray("channels"))));
  }

  @Test
  void createsAContactOnAChannelWith201ThenAnswers200WithTheSameContactForItsIdentifier() throws IOException {
    Reply created = api.post("channels/103/contacts", "{\"identifier\":\"ada@example.org\",\"name\":\"Ada\"}");
    Reply again = api.post("channels/103/contacts", "{\"identifier\":\"ada@example.org\",\"name\":\"Other\"}");

    assertEquals(201, created.status(), created.toString());
    assertEquals(200, again.status(), again.toString());
    assertEquals(created.json().get("id"), again.json().get("id"));
    assertEquals("Ada", again.json().get("name").getAsString(), "the existing contact, unchanged");
    assertEquals(1, api.get("contacts?term=ada@example.org").data().size());
    assertEquals(List.of(103L), Pages.ids(objects(again.json().getAsJsonArray("channels"))));
  }

  @Test
  void createContactOnChannelMatchesIdentifiersIgnoringCaseAndBindsTheExistingContact() throws IOException {
    Reply existing = api.post("channels/101/contacts", "{\"identifier\":\"NOAH.MEIJER2@example.com\"}");

    assertEquals(200, existing.status(), existing.toString());
    assertEquals(5002, existing.json().get("id").getAsLong());
    assertEquals(List.of(101L), Pages.ids(objects(existing.json().getAsJsonArray("channels"))));
    Reply onChat = api.post("channels/103/contacts", "{\"identifier\":\"noah.meijer2@example.com\"}");
    assertEquals(List.of(101L, 103L), Pages.ids(objects(onChat.json().getAsJsonArray("channels"))));
    assertEquals(onChat.json().get("channels"), api.get("contacts/5002").json().get("channels"));
  }

  @Test
  void aContactCreatedOnAChannelWithoutANameIsShownByItsIdentifier() throws IOException {
    JsonObject created = api.post("channels/106/contacts", "{\"identifier\":\"+31611122233\"}").json();

    assertTrue(created.get("name").isJsonNull());
    assertEquals("+31611122233", created.get("full_name").getAsString());
    assertEquals("+31611122233", created.get("phone").getAsString());
    assertTrue(created.get("is_phone").getAsBoolean());
    assertTrue(created.get("abbr").isJsonNull());
  }

  @Test
  void createContactOnChannelAnswers404ForAnUnknownChannelAnd422WithoutAnIdentifier() throws IOException {
    Reply unknownChannel = api.post("channels/4242/contacts", "{\"identifier\":\"ada@example.org\"}");
    Reply noIdentifier = api.post("channels/101/contacts", "{\"name\":\"Ada\"}");

    assertEquals(404, unknownChannel.status());
    assertEquals("No query results for model [Channel] 4242", unknownChannel.json().get("message").getAsString());
    assertEquals(422, noIdentifier.status());
    assertEquals(
        "The identifier field is required.",
        noIdentifier.firstError("identifier"));
    assertViolation("validation.request.body.schema.required");
  }

  @Test
  void setsACustomFieldValueShownUnderTheFieldsTitle() throws IOException {
    Reply set = api.post("contacts/5002/custom_fields", "{\"custom_field_id\":502,\"value\":\"Gold\"}");
    api.post("contacts/5002/custom_fields", "{\"custom_field_id\":501,\"value\":\"C-1\"}");
    Reply replaced = api.post("contacts/5002/custom_fields", "{\"custom_field_id\":501,\"value\":\"C-2\"}");

    assertEquals(200, set.status(), set.toString());
    assertTrue(set.body().isEmpty(), "the contract declares no body");
    assertEquals(200, replaced.status());
    JsonObject values = api.get("contacts/5002").json().getAsJsonObject("custom_field_data");
    assertEquals("Gold", values.get("Loyalty tier").getAsString());
    assertEquals("C-2", values.get("Customer number").getAsString());
  }

  @Test
  void setCustomFieldAnswers422NamingAnUnknownFieldAnd404ForAnUnknownContact() throws IOException {
    Reply unknownField = api.post("contacts/5002/custom_fields", "{\"custom_field_id\":599,\"value\":\"x\"}");
    Reply noValue = api.post("contacts/5002/custom_fields", "{\"custom_field_id\":501,\"value\":\"\"}");
    Reply unknownContact = api.post("contacts/999999/custom_fields", "{\"custom_field_id\":501,\"value\":\"x\"}");

    assertEquals(422, unknownField.status());
    assertEquals(
        "The selected custom field id is invalid.",
        unknownField.firstError("custom_field_id"));
    assertEquals(422, noValue.status());
    assertEquals(
        "The value field is required.",
        noValue.firstError("value"));
    assertEquals(404, unknownContact.status());
  }

  @Test
  void addsANoteToAContactWith201() throws IOException {
    Reply first = api.post("contacts/5001/notes", "{\"note\":\"Prefers WhatsApp\"}");
    Reply second = api.post("contacts/5001/notes", "{\"note\":\"VIP since 2020\"}");

    assertEquals(201, first.status(), first.toString());
    JsonObject note = first.json();
    assertEquals("Prefers WhatsApp", note.get("body").getAsString(), "the text is in body, as Trengo answers it");
    assertEquals(201, note.getAsJsonObject("user").get("id").getAsLong(), "the token's agent wrote it");
    assertEquals(5001, note.getAsJsonObject("contact").get("id").getAsLong());
    assertTrue(note.has("created_at"));
    assertEquals(note.get("id").getAsLong() + 1, second.json().get("id").getAsLong());
  }

  @Test
  void addNoteAnswers422WithoutANoteAnd404ForAnUnknownContact() throws IOException {
    Reply blank = api.post("contacts/5001/notes", "{\"note\":\"  \"}");
    Reply unknownContact = api.post("contacts/999999/notes", "{\"note\":\"x\"}");

    assertEquals(422, blank.status());
    assertEquals(
        "The note field is required.", blank.firstError("note"));
    assertEquals(404, unknownContact.status());
  }

  @Test
  void answers401WithoutAValidBearerToken() throws IOException {
    Reply none = api.withAuthorization(null).get("contacts");
    Reply wrong = api.withAuthorization("Bearer not-the-token").get("contacts");

    assertEquals(401, none.status());
    assertEquals("Unauthenticated.", none.json().get("message").getAsString());
    assertEquals(401, wrong.status());
  }

  private static List<JsonObject> objects(JsonArray array) {
    List<JsonObject> objects = new ArrayList<>();
    array.forEach(e -> objects.add(e.getAsJsonObject()));
    return objects;
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
