package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.Gson;
import com.trengo.client.error.TrengoDecodingException;
import com.trengo.client.internal.LenientGson;
import com.trengo.client.model.Contact;
import com.trengo.client.model.CreateCustomFieldRequest;
import com.trengo.client.model.Message;
import com.trengo.client.model.Ticket;
import com.trengo.client.model.User;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Models keep working, and keep what they read, when the API sends more than the contract says. */
class ModelCompatibilityTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TrengoClient client = new TestServer().client(server).build();
  private final Gson gson = LenientGson.create();

  @AfterEach
  void close() {
    client.close();
  }

  private static void stubJson(String path, String body) {
    server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void aTicketListWithStatusesAndChannelTypesTheSpecDoesNotListReadsAndKeepsTheRawValues() {
    stubJson("/api/v2/tickets",
        "{\"data\":[{\"id\":1,\"status\":\"OPEN\",\"channel\":{\"id\":4,\"type\":\"INSTAGRAM_DM\"}},"
            + "{\"id\":2,\"status\":\"SNOOZED\",\"brand_new_field\":{\"x\":1}}],\"links\":{\"next\":null},\"meta\":{\"current_page\":1}}");
    List<Ticket> tickets = client.tickets().listAll(TicketQuery.all()).stream().collect(Collectors.toList());
    assertEquals(2, tickets.size());
    assertSame(Ticket.StatusEnum.OPEN, tickets.get(0).getStatus(), "known values stay the constants");
    assertEquals("INSTAGRAM_DM", tickets.get(0).getChannel().getType());
    Ticket.StatusEnum snoozed = tickets.get(1).getStatus();
    assertEquals("SNOOZED", snoozed.getValue());
    assertFalse(snoozed.isKnown());
    assertTrue(gson.toJson(tickets.get(1)).contains("\"status\":\"SNOOZED\""), "written back unchanged");
  }

  @Test
  void aMessageListWithTypesTheSpecDoesNotListReadsAndRoundTrips() {
    stubJson("/api/v2/tickets/9/messages",
        "{\"data\":[{\"id\":4217650721,\"type\":\"INBOUND\"},{\"id\":4217650722,\"type\":\"NOTE\"},"
            + "{\"id\":4217650723,\"type\":\"SYSTEM\"}],\"meta\":{\"current_page\":1,\"last_page\":1}}");
    List<Message> messages = client.messages().listAll(9).stream().collect(Collectors.toList());
    assertEquals(List.of("INBOUND", "NOTE", "SYSTEM"),
        messages.stream().map(m -> m.getType().getValue()).collect(Collectors.toList()));
    assertEquals(4_217_650_722L, messages.get(1).getId());
    Message back = gson.fromJson(gson.toJson(messages.get(1)), Message.class);
    assertEquals(messages.get(1).getType(), back.getType());
  }

  @Test
  void aValueTheClientSendsBackKeepsAnUnknownEnumUnchanged() {
    server.stubFor(post(urlEqualTo("/api/v2/custom_fields")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":3,\"title\":\"Likes\",\"type\":\"CHECKBOX\"}")));
    client.customFields().create(
        new CreateCustomFieldRequest().title("Likes").type(CreateCustomFieldRequest.TypeEnum.fromValue("CHECKBOX")));
    server.verify(postRequestedFor(urlEqualTo("/api/v2/custom_fields"))
        .withRequestBody(equalToJson("{\"title\":\"Likes\",\"type\":\"CHECKBOX\"}")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2024-05-01 10:15:30",
    "2024-05-01T10:15:30Z",
    "2024-05-01T10:15:30+00:00",
    "2024-05-01T12:15:30+02:00",
    "2024-05-01T10:15:30.000000Z",
    "2024-05-01T10:15:30.000Z",
  })
  void everyPublishedDateFormReadsAsTheSameInstant(String form) {
    Contact c = gson.fromJson("{\"id\":1,\"created_at\":\"" + form + "\"}", Contact.class);
    assertEquals(OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC).toInstant(), c.getCreatedAt().toInstant());
  }

  @Test
  void microsecondFractionsAreKept() {
    Contact c = gson.fromJson("{\"created_at\":\"2024-05-01T10:15:30.680017Z\"}", Contact.class);
    assertEquals(680_017_000, c.getCreatedAt().getNano());
  }

  @Test
  void anEmptyDateIsNull() {
    assertNull(gson.fromJson("{\"id\":1,\"created_at\":\"\"}", Contact.class).getCreatedAt());
  }

  @Test
  void anUnreadableDateNamesTheFieldAndTheValue() {
    stubJson("/api/v2/contacts",
        "{\"data\":[{\"id\":1},{\"id\":2,\"created_at\":\"next tuesday\"}],\"meta\":{\"current_page\":1}}");
    TrengoDecodingException e = assertThrows(TrengoDecodingException.class, () -> client.contacts().list(1, null));
    assertEquals("$.data[1].created_at", e.path());
    assertEquals("next tuesday", e.value());
    assertTrue(e.getMessage().contains("$.data[1].created_at") && e.getMessage().contains("next tuesday"), e.getMessage());
  }

  @Test
  void fieldsThatChangeJsonTypeDoNotFailThePage() {
    stubJson("/api/v2/tickets",
        "{\"data\":["
            + "{\"id\":1,\"subject\":12345,\"contact\":[],\"assignee\":{\"id\":7,\"is_admin\":\"1\"}},"
            + "{\"id\":2,\"subject\":{\"nested\":true},\"contact\":\"\",\"assignee\":{\"id\":8,\"is_admin\":\"\"}},"
            + "{\"id\":3,\"assignee\":{\"id\":9,\"is_admin\":true}}"
            + "],\"links\":{\"next\":null}}");
    List<Ticket> t = client.tickets().list(TicketQuery.all()).getData();
    assertEquals(3, t.size());
    assertEquals("12345", t.get(0).getSubject());
    assertNull(t.get(0).getContact(), "PHP's [] for an empty object reads as null");
    assertEquals("{\"nested\":true}", t.get(1).getSubject(), "an object where a string was expected is kept as JSON");
    assertNull(t.get(1).getContact());
    assertEquals(List.of(true, false, true),
        t.stream().map(Ticket::getAssignee).map(User::getIsAdmin).collect(Collectors.toList()));
  }

  @Test
  void updatedAtGtGoesOutAsAFullInstantWithSecondsAndArrayFiltersRepeat() {
    stubJson("/api/v2/tickets", "{\"data\":[],\"links\":{\"next\":null}}");
    client.tickets().list(TicketQuery.builder()
        .updatedAfter(OffsetDateTime.of(2024, 5, 1, 12, 15, 0, 0, ZoneOffset.ofHours(2)))
        .user(3).user(4).channel(5).label(6).build());
    server.verify(getRequestedFor(urlPathEqualTo("/api/v2/tickets"))
        .withQueryParam("updated_at_gt", equalTo("2024-05-01T10:15:00Z"))
        .withQueryParam("users[]", equalTo("3"))
        .withQueryParam("users[]", equalTo("4"))
        .withQueryParam("channels[]", equalTo("5"))
        .withQueryParam("labels[]", equalTo("6")));
    String url = server.getAllServeEvents().get(0).getRequest().getUrl();
    assertTrue(url.contains("users%5B%5D=3&users%5B%5D=4"), url);
  }
}
