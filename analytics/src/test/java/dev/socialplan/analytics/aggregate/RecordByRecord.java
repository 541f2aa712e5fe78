package dev.socialplan.analytics.aggregate;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The oracle for the columnar kernel: each record's groups come from {@link Grouping#keysOf} and
 * each group adds the record with {@link PerformanceAccumulator#add}, one record at a time.
 *
 * <p>{@link PerformanceBreakdown#of} is no oracle for {@link PerformanceColumns}: it runs through
 * the same kernel (in chunks of records), so a mutant of the kernel changes both sides alike.
 */
final class RecordByRecord {
  private RecordByRecord() {}

  static PerformanceBreakdown breakdown(Grouping grouping, Collection<PerformanceRecord> records) {
    TreeMap<GroupKey, PerformanceAccumulator> groups = new TreeMap<>();
    for (PerformanceRecord record : records) {
      for (GroupKey key : grouping.keysOf(record)) {
        groups
            .computeIfAbsent(key, k -> new PerformanceAccumulator(grouping.unmeasured()))
            .add(record);
      }
    }
    TreeMap<GroupKey, PerformanceSummary> summaries = new TreeMap<>();
    for (Map.Entry<GroupKey, PerformanceAccumulator> e : groups.entrySet()) {
      summaries.put(e.getKey(), e.getValue().snapshot());
    }
    return new PerformanceBreakdown(grouping, summaries);
  }

  static PerformanceSummary summary(Collection<PerformanceRecord> records) {
    PerformanceAccumulator accumulator = new PerformanceAccumulator();
    records.forEach(accumulator::add);
    return accumulator.snapshot();
  }
}
