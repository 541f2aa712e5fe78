package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mutable, serialisable buffer that adds up performance records into a {@link
 * PerformanceBreakdown}, one {@link PerformanceAccumulator} per group.
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

  /**
   * Serialises the accumulator as its breakdown, which checks itself when read; the accumulator is
   * rebuilt from it (Effective Java, 3rd ed., item 90).
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(snapshot());
  }

  /**
   * Refuses a stream that carries the accumulator's fields instead of its serial form.
   *
   * @param in the stream
   * @throws java.io.InvalidObjectException always: the serial form is read instead
   */
  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException(
        "a BreakdownAccumulator is read from its serial form, never from raw fields");
  }

  /** The serial form: the groups' totals as a checked breakdown. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The totals per group. */
    private final PerformanceBreakdown totals;

    SerialForm(PerformanceBreakdown totals) {
      this.totals = totals;
    }

    private Object readResolve() throws ObjectStreamException {
      return SerialChecks.rebuild(
          () -> {
            BreakdownAccumulator a = new BreakdownAccumulator(totals.grouping());
            a.addAll(totals);
            return a;
          });
    }
  }
}
