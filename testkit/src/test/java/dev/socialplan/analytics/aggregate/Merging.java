package dev.socialplan.analytics.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Splits a list at random points, aggregates each part, and merges in a random order and shape. */
final class Merging {
  private Merging() {}

  static <T> T splitAggregateMerge(
      List<PerformanceRecord> records,
      long seed,
      Function<List<PerformanceRecord>, T> aggregate,
      BinaryOperator<T> merge) {
    Random random = new Random(seed);
    int parts = 1 + random.nextInt(Math.max(1, Math.min(records.size() + 1, 12)));
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < parts - 1; i++) {
      cuts.add(random.nextInt(records.size() + 1));
    }
    cuts.add(0);
    cuts.add(records.size());
    Collections.sort(cuts);
    List<T> pool = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      pool.add(aggregate.apply(records.subList(cuts.get(i), cuts.get(i + 1))));
    }
    // Random tree: repeatedly merge two random members (either order) until one is left.
    while (pool.size() > 1) {
      T a = pool.remove(random.nextInt(pool.size()));
      T b = pool.remove(random.nextInt(pool.size()));
      pool.add(random.nextBoolean() ? merge.apply(a, b) : merge.apply(b, a));
    }
    return pool.get(0);
  }
}
