package com.trengo.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

  @RegisterExtension
  static TrengoSandboxExtension sandbox =
      TrengoSandboxExtension.of(TrengoSandbox.builder().rateLimit(RateLimit.perMinute(10_000)));

  @Test
  void eightThreadsCreatingContactsEachGetADistinctId() throws Exception {
    Api api = Api.of(sandbox.sandbox());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Long>> ids = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        String body = "{\"name\":\"C" + i + "\",\"identifier\":\"c" + i + "@example.org\",\"channel_id\":103}";
        ids.add(pool.submit(() -> api.post("contacts", body).json().get("id").getAsLong()));
      }
      HashSet<Long> distinct = new HashSet<>();
      for (Future<Long> id : ids) {
        distinct.add(id.get());
      }

      assertEquals(80, distinct.size());
      assertEquals(64 + 80, Pages.all(api, sandbox.sandbox(), "contacts").size());
    } finally {
      pool.shutdownNow();
    }
  }
}
