package com.trengo.bench;

import com.trengo.client.TrengoClient;
import com.trengo.client.http.RateLimitConfig;
import com.trengo.client.http.RateLimiter;
import com.trengo.client.model.Contact;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The auto-pager holds one page at a time: walking 10,000 contacts (400 pages of 25, simple
 * pagination, as the real contacts list sends them) from a local stub keeps the heap flat. Heap used
 * after a full GC is sampled every 50 pages; the baseline is the same walk collected into a list,
 * measured in the same run.
 */
final class PagerMemoryBenchmark {
  private static final int PAGES = 400;
  private static final int PER_PAGE = 25;

  void run() throws Exception {
    try (LocalServer server = new LocalServer(request -> {
          int page = Integer.parseInt(request.queryParameter("page").firstValue());
          return LocalServer.json(200, page(page));
        });
        TrengoClient client =
            TrengoClient.builder()
                .token("bench-pager-token")
                .baseUrl(server.baseUrl())
                .rateLimiter(RateLimiter.create(RateLimitConfig.builder().limit(10_000).window(Duration.ofMillis(1)).build()))
                .build()) {
      long[] walk = sample(client, false);
      long[] collected = sample(client, true);
      System.out.printf("pager memory: %d contacts, %d pages of %d, heap used after full GC (KiB)%n", PAGES * PER_PAGE, PAGES, PER_PAGE);
      System.out.printf("  %-28s", "pages read:");
      for (int i = 0; i < walk.length; i++) {
        System.out.printf("%8d", (i + 1) * 50);
      }
      System.out.printf("%n  %-28s", "auto-pager walk:");
      for (long v : walk) {
        System.out.printf("%8d", v / 1024);
      }
      System.out.printf("%n  %-28s", "baseline: collect to a list:");
      for (long v : collected) {
        System.out.printf("%8d", v / 1024);
      }
      long walkGrowth = walk[walk.length - 1] - walk[0];
      long listGrowth = collected[collected.length - 1] - collected[0];
      System.out.printf("%n  growth from page 50 to 400: walk %+d KiB, list %+d KiB; walk/list = %.3f (flat: ~0)%n",
          walkGrowth / 1024, listGrowth / 1024, walkGrowth / (double) listGrowth);
    }
  }

  private static long[] sample(TrengoClient client, boolean keep) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Contact> kept = new ArrayList<>();
    long[] samples = new long[PAGES / 50];
    int read = 0;
    for (Contact c : client.contacts().listAll(null)) {
      if (keep) {
        kept.add(c);
      }
      read++;
      if (read % (50 * PER_PAGE) == 0) {
        System.gc();
        samples[read / (50 * PER_PAGE) - 1] = memory.getHeapMemoryUsage().getUsed();
      }
    }
    if (read != PAGES * PER_PAGE || (keep && kept.size() != read)) {
      throw new IllegalStateException("read " + read + " contacts, expected " + PAGES * PER_PAGE);
    }
    return samples;
  }

  private static String page(int page) {
    StringBuilder sb = new StringBuilder("{\"data\":[");
    for (int i = 0; i < PER_PAGE; i++) {
      long id = (page - 1L) * PER_PAGE + i + 1;
      sb.append(i == 0 ? "" : ",")
          .append("{\"id\":").append(id)
          .append(",\"name\":\"Contact ").append(id)
          .append("\",\"identifier\":\"+3161").append(1_000_000 + id)
          .append("\",\"email\":\"contact").append(id).append("@example.com\",\"created_at\":\"2024-05-01 10:15:30\"}");
    }
    String next = page < PAGES ? "\"http://127.0.0.1/api/v2/contacts?page=" + (page + 1) + "\"" : "null";
    return sb.append("],\"links\":{\"first\":null,\"last\":null,\"prev\":null,\"next\":").append(next)
        .append("},\"meta\":{\"current_page\":").append(page).append(",\"per_page\":").append(PER_PAGE).append("}}").toString();
  }
}
