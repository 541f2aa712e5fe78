package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A mutable, serialisable buffer that adds up performance records into a {@link
 * PerformanceBreakdown}, one {@link PerformanceAccumulator} per group.
 *
 * <p>The buffer of a distributed engine's grouped aggregation: {@code new
 * BreakdownAccumulator(grouping)} is the zero, {@link #add(PerformanceRecord)} folds in a record,
 * {@link #addAll(BreakdownAccumulator)} merges two buffers of the same grouping, {@link #snapshot()}
 * finishes. Not thread-safe: give each thread its own and merge them.
 *
 * <p>Records are not keyed one by one: {@link #add} copies them into a chunk of primitive columns,
 * which is summed by the same kernel as {@link PerformanceColumns#aggregate(Grouping)} when it
 * fills up or when the accumulator is read, so a sum that overflows may be reported by a later
 * {@code add}, a merge or {@link #snapshot()} rather than by the {@code add} of the record that
 * overflowed it.
 */
public final class BreakdownAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The rows of the first chunk. */
  private static final int FIRST_CHUNK = 64;

  /** How records are grouped. */
  private final Grouping grouping;

  /** The accumulator of each group seen so far. */
  private final HashMap<GroupKey, PerformanceAccumulator> groups = new HashMap<>();

  /** Records added but not yet summed; created on the first add and grown up to its full size. */
  private transient PerformanceColumns.@Nullable RecordChunk pending;

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
    Checks.notNull(record, "record");
    PerformanceColumns.RecordChunk chunk = pending;
    if (chunk == null) {
      chunk = new PerformanceColumns.RecordChunk(grouping, FIRST_CHUNK);
      pending = chunk;
    } else if (chunk.isFull()) {
      chunk.flushInto(this);
      if (chunk.capacity < PerformanceColumns.RecordChunk.ROWS) {
        // Small first chunks keep a collector of a few records cheap; busy ones grow.
        chunk =
            new PerformanceColumns.RecordChunk(
                grouping, Math.min(PerformanceColumns.RecordChunk.ROWS, chunk.capacity * 8));
        pending = chunk;
      }
    }
    chunk.add(record);
  }

  /** Adds records through chunks of the size the number of records calls for. */
  void addAllRecords(java.util.Collection<PerformanceRecord> records) {
    PerformanceColumns.RecordChunk chunk =
        new PerformanceColumns.RecordChunk(
            grouping, Math.max(1, Math.min(records.size(), PerformanceColumns.RecordChunk.ROWS)));
    if (records instanceof java.util.List && records instanceof java.util.RandomAccess) {
      // By index: a chunk copies from the list and keeps it rather than each record.
      java.util.List<PerformanceRecord> list = (java.util.List<PerformanceRecord>) records;
      for (int i = 0, n = list.size(); i < n; ) {
        i += chunk.addAll(list, i);
        chunk.flushInto(this);
      }
    } else {
      for (PerformanceRecord record : records) {
        if (chunk.isFull()) {
          chunk.flushInto(this);
        }
        chunk.add(record);
      }
    }
    chunk.flushInto(this);
  }

  /** Adds a record to its groups at once, the way the kernel's fallback does. */
  void addNow(PerformanceRecord record) {
    if (record.hashtags().size() > 1 && grouping.uses(Dimension.HASHTAG)) {
      for (GroupKey key : grouping.keysOf(record)) {
        group(key).add(record);
      }
    } else {
      group(grouping.keyOf(record)).add(record);
    }
  }

  /** The accumulator of a group, created empty when first asked for. */
  PerformanceAccumulator group(GroupKey key) {
    return groups.computeIfAbsent(key, k -> new PerformanceAccumulator(grouping.unmeasured()));
  }

  private void flush() {
    if (pending != null) {
      pending.flushInto(this);
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
    other.groups.forEach((key, acc) -> group(key).addAll(acc));
    PerformanceColumns.RecordChunk theirs = other.pending;
    if (theirs != null) {
      for (int r = 0; r < theirs.size; r++) {
        add(theirs.record(r));
      }
    }
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
        .forEach((key, summary) -> group(key).addAll(summary));
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
    flush();
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
