package com.trengo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the benchmarks and prints their figures as ratios against a baseline measured in the same run
 * (absolute times on a shared machine mean little). Arguments: any of {@code overhead}, {@code
 * budget}, {@code pager-memory}, {@code async}, {@code fleet} (default: all but fleet, which needs Redis
 * at {@code REDIS_URL}); {@code --budget-seconds N} (default 20), {@code --fleet-seconds N} (default 30).
 */
public final class Benchmarks {
  private Benchmarks() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    List<String> names = new ArrayList<>();
    int budgetSeconds = 20;
    int fleetSeconds = 30;
    // -Dbench.args="fleet --fleet-seconds 30" arrives as one argument: split it.
    List<String> list = new ArrayList<>();
    for (String arg : args) {
      list.addAll(Arrays.asList(arg.trim().split("\\s+")));
    }
    list.removeIf(String::isBlank);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).equals("--budget-seconds")) {
        budgetSeconds = Integer.parseInt(list.get(++i));
      } else if (list.get(i).equals("--fleet-seconds")) {
        fleetSeconds = Integer.parseInt(list.get(++i));
      } else {
        names.add(list.get(i));
      }
    }
    if (names.isEmpty()) {
      names = List.of("overhead", "budget", "pager-memory", "async");
    }
    for (String name : names) {
      switch (name) {
        case "overhead":
          new OverheadBenchmark(41, 500).run();
          break;
        case "budget":
          new BudgetBenchmark(20, Duration.ofSeconds(2), Duration.ofSeconds(budgetSeconds), 8).run();
          break;
        case "fleet":
          new FleetBenchmark(20, Duration.ofSeconds(2), Duration.ofSeconds(fleetSeconds), 3, 8).run();
          break;
        case "pager-memory":
          new PagerMemoryBenchmark().run();
          break;
        case "async":
          new AsyncBenchmark(1_000, 100, Duration.ofSeconds(1)).run();
          break;
        default:
          throw new IllegalArgumentException("unknown benchmark \"" + name + "\"; known: overhead, budget, pager-memory, async, fleet");
      }
    }
  }
}
