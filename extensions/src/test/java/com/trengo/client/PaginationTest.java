package com.trengo.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trengo.client.error.TrengoPaginationException;
import com.trengo.client.model.Contact;
import com.trengo.client.model.User;
import com.trengo.client.pagination.Page;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The auto-pager against every way Trengo ends a list, and against a server that does not. */
class PaginationTest {
  @RegisterExtension static WireMockExtension server = TestServer.extension();

  private final TrengoClient client = new TestServer().client(server).build();

  @AfterEach
  void close() {
    client.close();
  }

  /** Contacts with ids from..to, as JSON objects. */
  private static String contacts(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> "{\"id\":" + i + ",\"name\":\"Contact " + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** Laravel's simple form, as the real contacts list sends it: no last_page, no total. */
  private static String simplePage(int page, String data, boolean hasNext) {
    String path = "https://app.trengo.com/api/v2/contacts";
    return "{\"data\":" + data + ",\"links\":{\"first\":\"" + path + "?page=1\",\"last\":null,\"prev\":"
        + (page > 1 ? "\"" + path + "?page=" + (page - 1) + "\"" : "null") + ",\"next\":"
        + (hasNext ? "\"" + path + "?page=" + (page + 1) + "\"" : "null") + "},\"meta\":{\"current_page\":"
        + page + ",\"from\":1,\"path\":\"" + path + "\",\"per_page\":25,\"to\":25}}";
  }

  private static void stubPage(String path, int page, String body) {
    server.stubFor(
        get(urlPathEqualTo(path))
            .withQueryParam("page", equalTo(Integer.toString(page)))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  private int requests() {
    return server.getAllServeEvents().size();
  }

  private void stubThreeContactPages() {
    stubPage("/api/v2/contacts", 1, simplePage(1, contacts(1, 25), true));
    stubPage("/api/v2/contacts", 2, simplePage(2, contacts(26, 50), true));
    stubPage("/api/v2/contacts", 3, simplePage(3, contacts(51, 60), false));
  }

  @Test
  void aThreePageWalkFetchesEachPageOnlyWhenItIsReached() {
    stubThreeContactPages();
    Iterator<Contact> it = client.contacts().listAll(null).iterator();
    assertEquals(0, requests(), "nothing is fetched before the walk starts");
    assertEquals(1L, it.next().getId());
    assertEquals(1, requests(), "reading the first item fetched one page");
    for (int i = 2; i <= 25; i++) {
      it.next();
    }
    assertEquals(1, requests(), "the whole first page was read from one request");
    assertEquals(26L, it.next().getId());
    assertEquals(2, requests());
    List<Long> rest = new ArrayList<>();
    it.forEachRemaining(c -> rest.add(c.getId()));
    assertEquals(34, rest.size());
    assertEquals(60L, rest.get(rest.size() - 1));
    assertEquals(3, requests(), "links.next null on page 3 ended the walk");
  }

  @Test
  void aStreamAbandonedEarlyFetchesNoMorePages() {
    stubThreeContactPages();
    List<Long> firstThree = client.contacts().listAll(null).stream().limit(3).map(Contact::getId).collect(Collectors.toList());
    assertEquals(List.of(1L, 2L, 3L), firstThree);
    assertEquals(1, requests());
  }

  @Test
  void aWalkCanResumeFromAGivenPage() {
    stubThreeContactPages();
    List<Long> ids = client.contacts().listAll(null).startingAt(3).stream().map(Contact::getId).collect(Collectors.toList());
    assertEquals(10, ids.size());
    assertEquals(51L, ids.get(0));
    server.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/contacts")).withQueryParam("page", equalTo("3")));
    assertEquals(1, requests());
  }

  @Test
  void pagesCanBeReadAsPages() {
    stubThreeContactPages();
    List<Integer> sizes = new ArrayList<>();
    for (Page<Contact> page : client.contacts().listAll(null).pages()) {
      sizes.add(page.items().size());
      assertFalse(page.lastPage().isPresent(), "simple pagination has no last page");
    }
    assertEquals(List.of(25, 25, 10), sizes);
  }

  @Test
  void fullPaginationWithoutLinksEndsAtTheLastPage() {
    for (int p = 1; p <= 2; p++) {
      stubPage("/api/v2/users", p,
          "{\"data\":[{\"id\":" + p + ",\"name\":\"Agent\"}],\"meta\":{\"current_page\":" + p
              + ",\"last_page\":2,\"per_page\":1,\"total\":2}}");
    }
    List<Long> ids = client.teamsAndUsers().listAllUsers().stream().map(User::getId).collect(Collectors.toList());
    assertEquals(List.of(1L, 2L), ids);
    assertEquals(2, requests());
  }

  @Test
  void anEmptyPageEndsTheWalkEvenIfTheServerOffersANextLink() {
    stubPage("/api/v2/contacts", 1, simplePage(1, contacts(1, 25), true));
    stubPage("/api/v2/contacts", 2, simplePage(2, "[]", true));
    assertEquals(25, client.contacts().listAll(null).stream().count());
    assertEquals(2, requests());
  }

  @Test
  void aServerThatIgnoresThePageParameterStopsTheWalkWithATypedError() {
    server.stubFor(
        get(urlPathEqualTo("/api/v2/contacts"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(simplePage(1, contacts(1, 25), true))));
    TrengoPaginationException e =
        assertThrows(TrengoPaginationException.class, () -> client.contacts().listAll(null).stream().count());
    assertEquals(2, e.page());
    assertTrue(e.getMessage().contains("again"), e.getMessage());
    assertEquals(2, requests(), "stopped at the first repeat, not in a loop");
  }

  @Test
  void aNextLinkPointingBackwardsStopsTheWalk() {
    stubPage("/api/v2/contacts", 1, simplePage(1, contacts(1, 25), true));
    stubPage("/api/v2/contacts", 2, simplePage(2, contacts(26, 50), true).replace("page=3", "page=1"));
    assertThrows(TrengoPaginationException.class, () -> client.contacts().listAll(null).stream().count());
  }

  @Test
  void aPageAnsweredAsAnEarlierOneCannotSendTheWalkRoundInACircle() {
    stubPage("/api/v2/contacts", 1, simplePage(1, contacts(1, 25), true));
    stubPage("/api/v2/contacts", 2, simplePage(2, contacts(26, 50), true));
    // Asked for page 3, the server answers "page 1, next 2" with other items: following it would loop.
    stubPage("/api/v2/contacts", 3, simplePage(1, contacts(51, 75), true));

    TrengoPaginationException e =
        assertThrows(TrengoPaginationException.class, () -> client.contacts().listAll(null).stream().count());

    assertEquals(3, e.page());
    assertEquals(3, requests(), "stopped at page 3, not sent back to page 2");
  }

  @Test
  void aServerAlternatingTwoPagesStopsTheWalkWhenTheFirstComesRound() {
    // Item 13 of issue 13: page numbers grow and each page differs from the one before, A B A B ...
    for (int page = 1; page <= 50; page++) {
      stubPage("/api/v2/contacts", page, simplePage(page, page % 2 == 1 ? contacts(1, 25) : contacts(26, 50), true));
    }

    TrengoPaginationException e =
        assertThrows(TrengoPaginationException.class, () -> client.contacts().listAll(null).stream().count());

    assertEquals(3, e.page());
    assertTrue(e.getMessage().contains("again what it answered for page 1"), e.getMessage());
    assertEquals(3, requests(), "stopped when page 1's items came round, not after 50 pages");
  }

  @Test
  void aServerCyclingThroughThreePagesStopsTheWalkToo() {
    for (int page = 1; page <= 50; page++) {
      stubPage("/api/v2/contacts", page, simplePage(page, contacts(1 + 25 * ((page - 1) % 3), 25 + 25 * ((page - 1) % 3)), true));
    }

    assertThrows(TrengoPaginationException.class, () -> client.contacts().listAll(null).stream().count());
    assertEquals(4, requests());
  }

  @Test
  void skippingSeenIdsHidesAnItemThatMovedToTheNextPage() {
    stubPage("/api/v2/contacts", 1, simplePage(1, contacts(1, 25), true));
    stubPage("/api/v2/contacts", 2, simplePage(2, contacts(25, 30), false)); // 25 shifted down a page
    assertEquals(31, client.contacts().listAll(null).stream().count(), "a plain walk reads 25 twice");
    server.resetRequests();
    List<Long> ids = client.contacts().listAll(null).skippingSeenIds().stream().map(Contact::getId).collect(Collectors.toList());
    assertEquals(30, ids.size());
    assertEquals(ids.stream().distinct().count(), ids.size());
  }

  @Test
  void termAndTicketFiltersAreSentOnEveryPage() {
    server.stubFor(
        get(urlPathEqualTo("/api/v2/tickets"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[{\"id\":1}],\"links\":{\"next\":\"https://x/api/v2/tickets?status=OPEN&page=2\"},\"meta\":{\"current_page\":1}}")));
    server.stubFor(
        get(urlPathEqualTo("/api/v2/tickets"))
            .withQueryParam("page", equalTo("2"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"data\":[{\"id\":2}],\"links\":{\"next\":null},\"meta\":{\"current_page\":2}}")));
    long n = client.tickets().listAll(TicketQuery.builder().status("OPEN").user(3).user(4).build()).stream().count();
    assertEquals(2, n);
    server.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/tickets")).withQueryParam("status", equalTo("OPEN")));
  }

  @Test
  void anAsyncWalkFetchesThePagesOneAfterAnother() throws Exception {
    stubThreeContactPages();

    List<Contact> all = client.contacts().listAll(null).toListAsync(1_000).get(20, java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(IntStream.rangeClosed(1, 60).mapToObj(i -> (long) i).toList(), all.stream().map(Contact::getId).toList());
    assertEquals(3, requests());
    List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    client.contacts().listAll(null).startingAt(2).forEachAsync(c -> seen.add(c.getId())).get(20, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(35, seen.size());
    assertEquals(26L, seen.get(0));
  }

  @Test
  void anAsyncWalkAsksForNoPagePastTheOneThatFilledIt() throws Exception {
    stubThreeContactPages();

    List<Contact> first30 = client.contacts().listAll(null).toListAsync(30).get(20, java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(30, first30.size());
    assertEquals(30L, first30.get(29).getId());
    assertEquals(2, requests());
    assertEquals(List.of(), client.contacts().listAll(null).toListAsync(0).join());
    assertEquals(2, requests(), "zero items: nothing asked for");
    assertThrows(IllegalArgumentException.class, () -> client.contacts().listAll(null).toListAsync(-1));
  }

  @Test
  void findFirstAsyncStopsAtThePageHoldingTheMatchAndIsEmptyWhenNoneMatches() throws Exception {
    stubThreeContactPages();

    Optional<Contact> found =
        client.contacts().listAll(null).findFirstAsync(c -> c.getId() == 27L).get(20, java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(27L, found.orElseThrow().getId());
    assertEquals(2, requests(), "no page asked for past the one holding the match");
    Optional<Contact> none =
        client.contacts().listAll(null).findFirstAsync(c -> c.getId() < 0).get(20, java.util.concurrent.TimeUnit.SECONDS);
    assertTrue(none.isEmpty());
    assertEquals(5, requests(), "every page read when nothing matches");
  }

  @Test
  void anAsyncWalkStopsAServerThatRepeatsPagesWithTheSameGuard() {
    for (int page = 1; page <= 50; page++) {
      stubPage("/api/v2/contacts", page, simplePage(page, page % 2 == 1 ? contacts(1, 25) : contacts(26, 50), true));
    }

    java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> client.contacts().listAll(null).toListAsync(10_000).get(20, java.util.concurrent.TimeUnit.SECONDS));

    TrengoPaginationException stop = (TrengoPaginationException) e.getCause();
    assertEquals(3, stop.page());
    assertTrue(stop.getMessage().contains("again what it answered for page 1"), stop.getMessage());
    assertEquals(3, requests(), "stopped when page 1's items came round, as the sync walk does");
  }

  @Test
  void anAsyncWalkOverEveryListShapeWorksAndOneMadeWithoutAnAsyncFetchSaysSo() throws Exception {
    stubPage("/api/v2/users", 1, simplePage(1, contacts(1, 3), false).replace("contacts", "users"));
    assertEquals(3, client.teamsAndUsers().listAllUsers().toListAsync(10).get(20, java.util.concurrent.TimeUnit.SECONDS).size());

    com.trengo.client.pagination.AutoPager<Contact> syncOnly =
        com.trengo.client.pagination.AutoPager.of(n -> client.contacts().listAll(null).pages().iterator().next(), Contact::getId);
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> syncOnly.forEachAsync(c -> { }));
    assertTrue(e.getMessage().contains("AutoPager.of(fetch, fetchAsync, idOf)"), e.getMessage());
  }
}
