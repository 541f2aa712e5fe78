package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Performance summaries grouped by a {@link Grouping}: one {@link
 * PerformanceSummary} per {@link GroupKey} that has at least one record.
 *
 * <p>Like summaries, breakdowns of the same grouping form a commutative monoid: {@link
 * #merge(PerformanceBreakdown)} is associative and commutative with {@link #empty(Grouping)} as
 * identity, and any split of the records, broken down part by part and merged in any order, gives
 * exactly the breakdown of the whole. {@link #collector(Grouping)} works on parallel streams; {@link
 * BreakdownAccumulator} is the mutable buffer for distributed engines; {@link
 * PerformanceColumns#aggregate(Grouping)} computes the same breakdown from primitive columns.
 *
 * <p>Grouped by {@link Dimension#HASHTAG}, a post with several hashtags counts in the group of
 * each (see {@link Grouping#keysOf}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerformanceBreakdown implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How the records are grouped. */
  private final Grouping grouping;

  /** The summary of each non-empty group, in key order. */
  private final TreeMap<GroupKey, PerformanceSummary> groups;

  PerformanceBreakdown(Grouping grouping, TreeMap<GroupKey, PerformanceSummary> groups) {
    this.grouping = grouping;
    this.groups = groups;
  }

  /**
   * Returns the breakdown of no records, the identity of {@link #merge(PerformanceBreakdown)}.
   *
   * @param grouping how records are grouped
   * @return the empty breakdown
   */
  public static PerformanceBreakdown empty(Grouping grouping) {
    return new PerformanceBreakdown(Checks.notNull(grouping, "grouping"), new TreeMap<>());
  }

  /**
   * Breaks records down by a grouping.
   *
   * @param grouping how records are grouped
   * @param records the records
   * @return the breakdown
   * @throws ArithmeticException if a sum overflows a long
   */
  public static PerformanceBreakdown of(Grouping grouping, Collection<PerformanceRecord> records) {
    Checks.noNullElements(records, "records");
    BreakdownAccumulator a = new BreakdownAccumulator(grouping);
    a.addAllRecords(records);
    return a.snapshot();
  }

  /**
   * Obtains a breakdown from its groups, the state {@link #groups()} returns: for a breakdown
   * {@code b}, {@code PerformanceBreakdown.of(b.grouping(), b.groups())} equals {@code b}. Use it to
   * rebuild a stored breakdown (the JSON module reads one back through it).
   *
   * <p>Every group is checked as the grouping would have made it: its key has a part for each
   * dimension every record has (platform, format, purpose, paid status and the time-based ones),
   * possibly none for account, campaign, pillar and hashtag (the group of records without one),
   * and no part for a dimension the grouping does not use; its summary counts at least one record
   * and adds up exactly the measures and amounts of the grouping ({@link Grouping#measures()},
   * {@link Grouping#amounts()}). Summaries check their own totals when built.
   *
   * @param grouping how the records were grouped
   * @param groups the summary of each non-empty group, in any order
   * @return the breakdown, its groups in key order
   * @throws IllegalArgumentException naming the key when a key does not fit the grouping or its
   *     summary is empty or adds up other measures or amounts
   */
  public static PerformanceBreakdown of(
      Grouping grouping, Map<GroupKey, PerformanceSummary> groups) {
    Checks.notNull(grouping, "grouping");
    Checks.notNull(groups, "groups");
    TreeMap<GroupKey, PerformanceSummary> copy = new TreeMap<>();
    for (Map.Entry<GroupKey, PerformanceSummary> e : groups.entrySet()) {
      GroupKey key = Checks.notNull(e.getKey(), "groups' key");
      PerformanceSummary summary = Checks.notNull(e.getValue(), "groups[" + key + "]");
      if (!grouping.fits(key)) {
        throw new IllegalArgumentException(
            "groups' key " + key + " must be a key of " + grouping);
      }
      if (summary.count() == 0) {
        throw new IllegalArgumentException("groups[" + key + "] must not be empty");
      }
      if (!summary.measures().equals(grouping.measures())
          || !summary.amounts().equals(grouping.amounts())) {
        throw new IllegalArgumentException(
            "groups[" + key + "] must add up the measures " + grouping.measures()
                + " and amounts " + grouping.amounts() + " of its grouping, not "
                + summary.measures() + " and " + summary.amounts());
      }
      copy.put(key, summary);
    }
    return new PerformanceBreakdown(grouping, copy);
  }

  /**
   * Returns a collector that breaks a stream of records down by a grouping; safe for parallel
   * streams.
   *
   * @param grouping how records are grouped
   * @return the collector
   */
  public static Collector<PerformanceRecord, ?, PerformanceBreakdown> collector(Grouping grouping) {
    Checks.notNull(grouping, "grouping");
    return Collector.of(
        () -> new BreakdownAccumulator(grouping),
        BreakdownAccumulator::add,
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        BreakdownAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the grouping.
   *
   * @return how the records are grouped
   */
  public Grouping grouping() {
    return grouping;
  }

  /**
   * Returns the summary of every non-empty group.
   *
   * @return the summaries by key, in key order, unmodifiable
   */
  public SortedMap<GroupKey, PerformanceSummary> groups() {
    return Collections.unmodifiableSortedMap(groups);
  }

  /**
   * Returns the summary of one group.
   *
   * @param key the group's key
   * @return its summary, or empty when no record fell into that group
   */
  public Optional<PerformanceSummary> get(GroupKey key) {
    return Optional.ofNullable(groups.get(Checks.notNull(key, "key")));
  }

  /**
   * Returns the number of non-empty groups.
   *
   * @return the number of groups
   */
  public int size() {
    return groups.size();
  }

  /**
   * Returns the summary of all records, every group merged. Grouped by {@link Dimension#HASHTAG},
   * a post with several hashtags is in several groups and so counts several times here; summarise
   * the records themselves for a total that counts each post once.
   *
   * @return the total
   */
  public PerformanceSummary total() {
    PerformanceAccumulator a = new PerformanceAccumulator();
    groups.values().forEach(a::addAll);
    return a.snapshot();
  }

  /**
   * Returns this breakdown with one more record.
   *
   * @param record the record
   * @return the new breakdown
   */
  public PerformanceBreakdown plus(PerformanceRecord record) {
    Checks.notNull(record, "record");
    TreeMap<GroupKey, PerformanceSummary> out = new TreeMap<>(groups);
    // Added up as the grouping adds up its summaries, so a new group is projected like the rest.
    PerformanceAccumulator a = new PerformanceAccumulator(grouping.unmeasured());
    a.add(record);
    PerformanceSummary one = a.snapshot();
    for (GroupKey key : grouping.keysOf(record)) {
      out.merge(key, one, PerformanceSummary::merge);
    }
    return new PerformanceBreakdown(grouping, out);
  }

  /**
   * Merges two breakdowns of the same grouping. Associative and commutative, with {@link
   * #empty(Grouping)} as identity.
   *
   * @param other the other breakdown
   * @return the merged breakdown
   * @throws IllegalArgumentException if the groupings differ
   * @throws ArithmeticException if a sum overflows a long
   */
  public PerformanceBreakdown merge(PerformanceBreakdown other) {
    Checks.notNull(other, "other");
    if (!grouping.equals(other.grouping)) {
      throw new IllegalArgumentException(
          "groupings must be the same to merge: " + grouping + ", " + other.grouping);
    }
    TreeMap<GroupKey, PerformanceSummary> out = new TreeMap<>(groups);
    other.groups.forEach((key, summary) -> out.merge(key, summary, PerformanceSummary::merge));
    return new PerformanceBreakdown(grouping, out);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PerformanceBreakdown
        && grouping.equals(((PerformanceBreakdown) obj).grouping)
        && groups.equals(((PerformanceBreakdown) obj).groups);
  }

  @Override
  public int hashCode() {
    return grouping.hashCode() * 31 + groups.hashCode();
  }

  /**
   * Returns a readable form with one line per group.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PerformanceBreakdown{").append(grouping);
    groups.forEach((k, s) -> sb.append("\n  ").append(k).append(": ").append(s));
    return sb.append('}').toString();
  }

  /**
   * Rebuilds a deserialised breakdown through {@link #of(Grouping, Map)}: a grouping, and for each
   * group a key of that grouping with a summary of at least one record adding up the grouping's
   * measures (the summaries check themselves when read); the map is rebuilt in natural key order.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(() -> of(grouping, groups));
  }
}
