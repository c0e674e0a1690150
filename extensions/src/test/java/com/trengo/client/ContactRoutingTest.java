package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.TrengoIoException;
import com.trengo.client.error.TrengoOutcomeUnknownException;
import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.error.UnauthorizedException;
import com.trengo.client.error.UnprocessableEntityException;
import com.trengo.client.model.Contact;
import com.trengo.client.model.Ticket;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding a contact by exact identifier, getting or creating one without duplicates, opening a ticket for it. */
class ContactRoutingTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TrengoClient client = new TestServer().client(server).build();

  @AfterEach
  void close() {
    client.close();
  }

  private static final String CONTACTS = "/api/v2/contacts";
  private static final String ON_CHANNEL = "/api/v2/channels/12/contacts";
  private static final String ADA_JSON = contact(5001, "+31612345678");

  private static String contact(long id, String identifier) {
    return "{\"id\":" + id + ",\"identifier\":\"" + identifier + "\",\"name\":\"Contact " + id + "\"}";
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** One page of the contacts search in the simple form the real list sends. */
  private static void stubSearchPage(int page, boolean hasNext, String... contacts) {
    String next = hasNext ? "\"https://app.trengo.com/api/v2/contacts?page=" + (page + 1) + "\"" : "null";
    server.stubFor(get(urlPathEqualTo(CONTACTS)).withQueryParam("page", equalTo(Integer.toString(page)))
        .willReturn(json(200, "{\"data\":" + Stream.of(contacts).collect(Collectors.joining(",", "[", "]"))
            + ",\"links\":{\"next\":" + next + "},\"meta\":{\"current_page\":" + page + ",\"per_page\":25}}")));
  }

  /** The create on channel 12: the connection breaks on the first POST, {@code then} answers the rest. */
  private static void stubCreateBreaksOnceThen(ResponseDefinitionBuilder then) {
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).inScenario("create").whenScenarioStateIs(STARTED)
        .willSetStateTo("broke once").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).inScenario("create").whenScenarioStateIs("broke once")
        .willReturn(then));
  }

  private static int posts() {
    return server.findAll(postRequestedFor(urlPathEqualTo(ON_CHANNEL))).size();
  }

  private static int searches() {
    return server.findAll(getRequestedFor(urlPathEqualTo(CONTACTS))).size();
  }

  // findByIdentifier

  @Test
  void findByIdentifierIgnoresFuzzyNearMatchesAndStopsFetchingAtTheFirstExactMatch() {
    stubSearchPage(1, true, contact(1, "+316123456789"), contact(2, "+31612345670"), contact(3, "31612345678x"));
    stubSearchPage(2, true, contact(4, "+3161234567"), ADA_JSON, contact(6, "+31612345678"));
    stubSearchPage(3, false, contact(7, "+31612345678"));

    Optional<Contact> found = client.contacts().findByIdentifier("+31612345678");

    assertEquals(5001L, found.orElseThrow().getId());
    assertEquals(2, searches(), "page 3 is never fetched");
    server.verify(2, getRequestedFor(urlPathEqualTo(CONTACTS)).withQueryParam("term", equalTo("31612345678")));
  }

  @Test
  void findByIdentifierWalksEveryPageAndFindsNothingWhenOnlyNearMatchesExist() {
    stubSearchPage(1, true, contact(1, "ada@example.com.au"), contact(2, "nada@example.com"));
    stubSearchPage(2, false, contact(3, "ada@example.co"), "{\"id\":4,\"identifier\":null}");

    assertEquals(Optional.empty(), client.contacts().findByIdentifier("ada@example.com"));
    assertEquals(2, searches());
  }

  @Test
  void findByIdentifierReadsPhoneNumbersInE164AndEmailsWithoutRegardToCase() {
    stubSearchPage(1, false, contact(1, "31612345678"), contact(2, "Ada@Example.COM"), contact(3, "u12345"));

    assertEquals(1L, client.contacts().findByIdentifier("+31612345678").orElseThrow().getId());
    assertEquals(2L, client.contacts().findByIdentifier("ada@example.com").orElseThrow().getId());
    assertEquals(Optional.empty(), client.contacts().findByIdentifier("U12345"), "chat ids keep their case");
  }

  @Test
  void theAsyncSearchStopsWithATypedErrorWhenTheServerDoesNotMoveForward() {
    stubSearchPage(1, true, contact(1, "+316123456789"));
    stubSearchPage(2, true, contact(1, "+316123456789")); // page 1's items again, always with a next

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> client.contacts().findByIdentifierAsync("+31612345678").get());

    assertInstanceOf(TrengoPaginationException.class, e.getCause());
    assertEquals(2, searches(), "stopped at the repeat");
  }

  @Test
  void findByIdentifierAsyncStopsFetchingAtTheFirstExactMatch() throws Exception {
    stubSearchPage(1, true, contact(1, "+316123456789"));
    stubSearchPage(2, true, ADA_JSON);
    stubSearchPage(3, false, contact(7, "+31612345678"));

    assertEquals(5001L, client.contacts().findByIdentifierAsync("+31612345678").get().orElseThrow().getId());
    assertEquals(2, searches());

    server.resetRequests();
    assertEquals(Optional.empty(), client.contacts().findByIdentifierAsync("+31687654321").get());
    assertEquals(3, searches(), "no match: every page is read");
  }

  // getOrCreate

  @Test
  void getOrCreateSendsOneCreateAndReturnsTheContactTheServerAnswers() {
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).willReturn(json(200, ADA_JSON)));

    Contact ada = client.contacts().getOrCreate(12, "+31612345678", "Ada");

    assertEquals(5001L, ada.getId());
    server.verify(1, postRequestedFor(urlPathEqualTo(ON_CHANNEL))
        .withRequestBody(equalToJson("{\"identifier\":\"+31612345678\",\"name\":\"Ada\"}")));
    assertEquals(0, searches());
  }

  @Test
  void getOrCreateAfterAResetOnAnAppliedCreateReturnsTheContactFoundAndSendsOnePost() {
    stubCreateBreaksOnceThen(json(200, ADA_JSON));
    stubSearchPage(1, false, contact(1, "+316123456789"), ADA_JSON);

    Contact ada = client.contacts().getOrCreate(12, "+31612345678", "Ada");

    assertEquals(5001L, ada.getId());
    assertEquals(1, posts(), "the create was applied: it is not sent again");
    assertEquals(1, searches());
  }

  @Test
  void getOrCreateAfterAResetBeforeTheCreateWasAppliedSendsItAgainAndReturnsTheCreatedContact() {
    stubCreateBreaksOnceThen(json(201, ADA_JSON));
    stubSearchPage(1, false, contact(1, "+316123456789"));

    Contact ada = client.contacts().getOrCreate(12, "+31612345678", null);

    assertEquals(5001L, ada.getId());
    assertEquals(2, posts());
    assertEquals(1, searches());
    server.verify(2, postRequestedFor(urlPathEqualTo(ON_CHANNEL)).withRequestBody(equalToJson("{\"identifier\":\"+31612345678\"}")));
  }

  @Test
  void getOrCreateGivesUpAfterThreeBrokenCreatesThatASearchShowsWereNotApplied() {
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    stubSearchPage(1, false);

    TrengoIoException e =
        assertThrows(TrengoIoException.class, () -> client.contacts().getOrCreate(12, "ada@example.com", "Ada"));

    assertFalse(e instanceof TrengoOutcomeUnknownException, "a search found no contact: none was made");
    assertEquals(3, posts());
    assertEquals(3, searches());
    assertEquals(3, e.getSuppressed().length);
    assertTrue(e.getMessage().contains("failed 3 times"), e.getMessage());
    assertFalse(e.getMessage().contains("ada@example.com"), "the identifier is a customer's: " + e.getMessage());
  }

  @Test
  void getOrCreateWhoseLookupFailsThrowsTheUnknownOutcomeWithTheLookupFailureAttached() {
    stubCreateBreaksOnceThen(json(201, ADA_JSON));
    server.stubFor(get(urlPathEqualTo(CONTACTS)).willReturn(json(401, "{\"message\":\"Unauthenticated.\"}")));

    TrengoOutcomeUnknownException e = assertThrows(TrengoOutcomeUnknownException.class,
        () -> client.contacts().getOrCreate(12, "+31612345678", "Ada"));

    assertInstanceOf(UnauthorizedException.class, e.getSuppressed()[0]);
    assertEquals(1, posts(), "without knowing whether it was applied, the create is not sent again");
  }

  @Test
  void getOrCreateThrowsA422AsItIs() {
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL))
        .willReturn(json(422, "{\"message\":\"The given data was invalid.\",\"errors\":{\"identifier\":[\"taken\"]}}")));

    assertThrows(UnprocessableEntityException.class, () -> client.contacts().getOrCreate(12, "+31612345678", "Ada"));
    assertEquals(1, posts());
    assertEquals(0, searches());
  }

  @Test
  void getOrCreateAsyncAfterAResetOnAnAppliedCreateReturnsTheContactFoundAndSendsOnePost() throws Exception {
    stubCreateBreaksOnceThen(json(200, ADA_JSON));
    stubSearchPage(1, false, ADA_JSON);

    assertEquals(5001L, client.contacts().getOrCreateAsync(12, "+31612345678", "Ada").get().getId());
    assertEquals(1, posts());
    assertEquals(1, searches());
  }

  @Test
  void getOrCreateAsyncAfterAResetBeforeTheCreateWasAppliedSendsItAgain() throws Exception {
    stubCreateBreaksOnceThen(json(201, ADA_JSON));
    stubSearchPage(1, false);

    assertEquals(5001L, client.contacts().getOrCreateAsync(12, "+31612345678", "Ada").get().getId());
    assertEquals(2, posts());
    assertEquals(1, searches());
  }

  @Test
  void getOrCreateAsyncFailsWithTheSameExceptionsAsTheBlockingForm() {
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    stubSearchPage(1, false);

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.contacts().getOrCreateAsync(12, "+31612345678", "Ada").get());

    assertInstanceOf(TrengoIoException.class, e.getCause());
    assertFalse(e.getCause() instanceof TrengoOutcomeUnknownException);
    assertEquals(3, e.getCause().getSuppressed().length);
    assertEquals(3, posts());

    server.resetAll();
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).willReturn(json(422, "{\"message\":\"invalid\"}")));
    ExecutionException invalid = assertThrows(ExecutionException.class,
        () -> client.contacts().getOrCreateAsync(12, "+31612345678", "Ada").get());
    assertInstanceOf(UnprocessableEntityException.class, invalid.getCause());
  }

  @Test
  void getOrCreateLooksTheIdentifierUpAfterA502BeforeSendingAgain() {
    // Item 10 of issue 13: a gateway's 502 on a create does not say whether it was applied.
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).inScenario("create").whenScenarioStateIs(STARTED)
        .willSetStateTo("502 once").willReturn(json(502, "<html>Bad Gateway</html>")));
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).inScenario("create").whenScenarioStateIs("502 once")
        .willReturn(json(201, ADA_JSON)));
    stubSearchPage(1, false, ADA_JSON);

    Contact ada = client.contacts().getOrCreate(12, "+31612345678", "Ada");

    assertEquals(5001L, ada.getId());
    assertEquals(1, posts(), "found by the lookup: the 502's create had been applied");
    assertEquals(1, searches());
  }

  @Test
  void findByIdentifierFindsAPhoneNumberWhateverItsFormattingAndSearchesItsDigits() {
    stubSearchPage(1, false, contact(1, "31612345678x"), ADA_JSON);

    for (String written : new String[] {"+31 6 1234 5678", "0031612345678", "31612345678", "(+31) 6-1234-5678"}) {
      assertEquals(5001L, client.contacts().findByIdentifier(written).orElseThrow().getId(), written);
    }
    server.verify(4, getRequestedFor(urlPathEqualTo(CONTACTS)).withQueryParam("term", equalTo("31612345678")));
  }

  @Test
  void findByIdentifierLooksUpAnAddressACreateAcceptedThoughNoBuilderWould() {
    // Item 20 of issue 13: the server stores what create sent; a lookup must not refuse it.
    stubSearchPage(1, false, contact(9, "Ada\ud83d\ude00@Example.test"));

    assertEquals(9L, client.contacts().findByIdentifier("ada\ud83d\ude00@example.test").orElseThrow().getId());
  }

  @Test
  void aChatIdIsMatchedExactlyCaseIncluded() {
    stubSearchPage(1, false, contact(3, "wa:AbC"));

    assertEquals(Optional.empty(), client.contacts().findByIdentifier("wa:abc"));
    assertEquals(3L, client.contacts().findByIdentifier("wa:AbC").orElseThrow().getId());
  }

  // createOnce

  @Test
  void createOnceAfterAnHtml200FindsTheContactTheCreateMadeAndSendsOnce() {
    server.stubFor(post(urlPathEqualTo(CONTACTS)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>proxy</html>")));
    stubSearchPage(1, false, ADA_JSON);

    Created<Contact> created = client.contacts().createOnce(new com.trengo.client.model.CreateContactRequest()
        .name("Ada").identifier("+31612345678").channelId(12L));

    assertEquals(5001L, created.value().getId());
    assertTrue(created.foundByLookup());
    assertEquals(1, created.sends());
    assertEquals(1, created.unknownOutcomes());
    assertEquals(1, server.findAll(postRequestedFor(urlPathEqualTo(CONTACTS))).size());
  }

  @Test
  void createOnceSendsAgainOnlyWhenTheLookupShowsTheCreateWasNotApplied() throws Exception {
    server.stubFor(post(urlPathEqualTo(CONTACTS)).inScenario("c").whenScenarioStateIs(STARTED).willSetStateTo("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post(urlPathEqualTo(CONTACTS)).inScenario("c").whenScenarioStateIs("reset")
        .willReturn(json(201, ADA_JSON)));
    stubSearchPage(1, false);

    Created<Contact> created = client.contacts().createOnceAsync(new com.trengo.client.model.CreateContactRequest()
        .name("Ada").identifier("+31612345678").channelId(12L), 3).get();

    assertEquals(5001L, created.value().getId());
    assertFalse(created.foundByLookup());
    assertEquals(2, created.sends());
    assertEquals(2, server.findAll(postRequestedFor(urlPathEqualTo(CONTACTS))).size());
  }

  // openFor

  @Test
  void openForCreatesTheTicketForTheContactItFoundOrMadeById() throws Exception {
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).willReturn(json(200, contact(5001, "31612345678"))));
    server.stubFor(post(urlPathEqualTo("/api/v2/tickets")).willReturn(json(201, "{\"id\":77,\"status\":\"OPEN\"}")));

    Ticket ticket = client.tickets().openFor(12, "+31612345678", "Order 42");
    Ticket again = client.tickets().openForAsync(12, "+31612345678", null).get();

    assertEquals(77L, ticket.getId());
    assertEquals(77L, again.getId());
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/tickets")).withRequestBody(equalToJson(
        "{\"channel_id\":12,\"contact_id\":5001,\"subject\":\"Order 42\"}")));
    server.verify(postRequestedFor(urlPathEqualTo("/api/v2/tickets")).withRequestBody(equalToJson(
        "{\"channel_id\":12,\"contact_id\":5001}")));
  }

  @Test
  void openForWhoseContactCreateBrokeAfterApplyingStillOpensOneTicket() {
    stubCreateBreaksOnceThen(json(200, ADA_JSON));
    stubSearchPage(1, false, ADA_JSON);
    server.stubFor(post(urlPathEqualTo("/api/v2/tickets")).willReturn(json(201, "{\"id\":77}")));

    assertEquals(77L, client.tickets().openFor(12, "+31612345678", "Hello").getId());
    assertEquals(1, posts());
    server.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/tickets")));
  }

  @Test
  void openForNeverResendsTheTicketCreateAfterAReset() {
    server.stubFor(post(urlPathEqualTo(ON_CHANNEL)).willReturn(json(200, ADA_JSON)));
    server.stubFor(post(urlPathEqualTo("/api/v2/tickets")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThrows(TrengoOutcomeUnknownException.class, () -> client.tickets().openFor(12, "+31612345678", "Hello"));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> client.tickets().openForAsync(12, "+31612345678", "Hello").get());

    assertInstanceOf(TrengoOutcomeUnknownException.class, async.getCause());
    server.verify(2, postRequestedFor(urlPathEqualTo("/api/v2/tickets")));
    assertEquals(0, searches(), "the contact create went through; the ticket's outcome is the caller's");
  }

  @Test
  void openForReportsEveryBadArgumentAtOnceInArgumentOrderAndSendsNothing() {
    TrengoValidationException sync = assertThrows(TrengoValidationException.class,
        () -> client.tickets().openFor(0, " ada@example.org", " "));
    TrengoValidationException async = assertThrows(TrengoValidationException.class,
        () -> client.tickets().openForAsync(-3, null, "Hello"));

    assertEquals(
        "invalid openFor: channel_id=0 must be positive; identifier=\" ada@example.org\" has leading or trailing"
            + " whitespace; subject=\" \" must not be blank",
        sync.getMessage());
    assertEquals(
        "invalid openFor: channel_id=-3 must be positive; identifier=null is required", async.getMessage());
    assertEquals(0, server.getAllServeEvents().size(), "nothing is looked up or made");
  }
}
