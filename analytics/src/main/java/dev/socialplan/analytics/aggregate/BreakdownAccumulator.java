package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.Checks;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mutable, serialisable buffer that adds up performance records into a {@link
 * PerformanceBreakdown}, one {@link PerformanceAccumulator} per group (SPEC AGG-2).
 *
 * <p>The buffer of a distributed engine's grouped aggregation: {@code new
 * BreakdownAccumulator(grouping)} is the zero, {@link #add(PerformanceRecord)} folds in a record,
 * {@link #addAll(BreakdownAccumulator)} merges two buffers of the same grouping, {@link #snapshot()}
 * finishes. Not thread-safe: give each thread its own and merge them.
 */
public final class BreakdownAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How records are grouped. */
  private final Grouping grouping;

  /** The accumulator of each group seen so far. */
  private final HashMap<GroupKey, PerformanceAccumulator> groups = new HashMap<>();

  /**
   * Creates an empty accumulator.
   *
   * @param grouping how records are grouped
   */
  public BreakdownAccumulator(Grouping grouping) {
    this.grouping = Checks.notNull(grouping, "grouping");
  }

  /**
   * Returns the grouping.
   *
   * @return how records are grouped
   */
  public Grouping grouping() {
    return grouping;
  }

  /**
   * Adds a record to its group (to the group of each of its hashtags, when grouped by hashtag).
   *
   * @param record the record
   * @throws ArithmeticException if a sum overflows a long
   */
  public void add(PerformanceRecord record) {
    if (record.hashtags().size() > 1 && grouping.uses(Dimension.HASHTAG)) {
      for (GroupKey key : grouping.keysOf(record)) {
        groups.computeIfAbsent(key, k -> new PerformanceAccumulator()).add(record);
      }
    } else {
      groups.computeIfAbsent(grouping.keyOf(record), k -> new PerformanceAccumulator()).add(record);
    }
  }

  /**
   * Adds everything another accumulator of the same grouping holds.
   *
   * @param other the other accumulator, unchanged
   * @throws IllegalArgumentException if the groupings differ
   * @throws ArithmeticException if a sum overflows a long
   */
  public void addAll(BreakdownAccumulator other) {
    Checks.notNull(other, "other");
    sameGrouping(other.grouping);
    other.groups.forEach(
        (key, acc) -> groups.computeIfAbsent(key, k -> new PerformanceAccumulator()).addAll(acc));
  }

  /**
   * Adds everything a breakdown of the same grouping holds.
   *
   * @param breakdown the breakdown
   * @throws IllegalArgumentException if the groupings differ
   * @throws ArithmeticException if a sum overflows a long
   */
  public void addAll(PerformanceBreakdown breakdown) {
    Checks.notNull(breakdown, "breakdown");
    sameGrouping(breakdown.grouping());
    breakdown
        .groups()
        .forEach(
            (key, summary) ->
                groups.computeIfAbsent(key, k -> new PerformanceAccumulator()).addAll(summary));
  }

  void addAll(GroupKey key, PerformanceSummary summary) {
    groups.computeIfAbsent(key, k -> new PerformanceAccumulator()).addAll(summary);
  }

  private void sameGrouping(Grouping other) {
    if (!grouping.equals(other)) {
      throw new IllegalArgumentException(
          "groupings must be the same to merge: " + grouping + ", " + other);
    }
  }

  /**
   * Returns an immutable breakdown of what was added so far.
   *
   * @return the breakdown
   */
  public PerformanceBreakdown snapshot() {
    TreeMap<GroupKey, PerformanceSummary> out = new TreeMap<>();
    for (Map.Entry<GroupKey, PerformanceAccumulator> e : groups.entrySet()) {
      out.put(e.getKey(), e.getValue().snapshot());
    }
    return new PerformanceBreakdown(grouping, out);
  }
}
