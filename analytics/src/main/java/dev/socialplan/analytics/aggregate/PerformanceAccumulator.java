package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A mutable, serialisable buffer that adds up performance records into a {@link
 * PerformanceSummary}, in the style of Guava's {@code StatsAccumulator}.
 *
 * <p>Use it as the accumulation buffer of a distributed engine: {@code new
 * PerformanceAccumulator()} is the zero, {@link #add(PerformanceRecord)} folds in a record, {@link
 * #addAll(PerformanceAccumulator)} merges two buffers, {@link #snapshot()} finishes. Whatever the
 * order of adds and merges, the snapshot is the same.
 *
 * <p>Not thread-safe: give each thread its own and merge them, as {@link
 * PerformanceSummary#collector()} does.
 */
public final class PerformanceAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The number of records. */
  long count;

  /** Per measure, the sum of the present values. */
  final long[] sums = new long[Measure.COUNT];

  /** Per measure, how many values were present. */
  final long[] present = new long[Measure.COUNT];

  /** Spend per currency. */
  final TreeMap<CurrencyUnit, Money> spend = new TreeMap<>();

  /** Revenue per currency. */
  final TreeMap<CurrencyUnit, Money> revenue = new TreeMap<>();

  /** How many records had a spend. */
  long spendPresent;

  /** How many records had a revenue. */
  long revenuePresent;

  /**
   * The measures left out ({@link Projection} bits): their sums, present counts and amounts stay
   * zero and empty. Zero for an accumulator of every measure.
   */
  long unmeasured;

  /** Creates an empty accumulator of every measure. */
  public PerformanceAccumulator() {}

  /** Creates an empty accumulator of the measures a grouping adds up. */
  PerformanceAccumulator(long unmeasured) {
    this.unmeasured = unmeasured;
  }

  /**
   * Adds a record.
   *
   * @param record the record
   * @throws ArithmeticException if a sum overflows a long
   */
  public void add(PerformanceRecord record) {
    Checks.notNull(record, "record");
    count = Math.incrementExact(count);
    long skip = unmeasured;
    for (int i = 0; i < Measure.COUNT; i++) {
      long v = record.rawCount(i);
      if (v != PerformanceRecord.MISSING && (skip >>> i & 1) == 0) {
        sums[i] = Math.addExact(sums[i], v);
        present[i]++;
      }
    }
    Money s = record.rawSpend();
    if (s != null && Projection.measures(skip, MoneyMeasure.SPEND)) {
      spend.merge(s.getCurrencyUnit(), s, Money::plus);
      spendPresent++;
    }
    Money r = record.rawRevenue();
    if (r != null && Projection.measures(skip, MoneyMeasure.REVENUE)) {
      revenue.merge(r.getCurrencyUnit(), r, Money::plus);
      revenuePresent++;
    }
  }

  /**
   * Adds everything another accumulator holds. When the two add up different measures ({@link
   * Grouping#withMeasures}), this one keeps only the measures both add up.
   *
   * @param other the other accumulator, unchanged
   * @throws ArithmeticException if a sum overflows a long
   */
  public void addAll(PerformanceAccumulator other) {
    Checks.notNull(other, "other");
    add(other.count, other.sums, other.present, other.spend, other.revenue, other.spendPresent,
        other.revenuePresent, other.unmeasured);
  }

  /**
   * Adds everything a summary holds. When the summary adds up fewer measures than this accumulator
   * ({@link PerformanceSummary#measures()}), this one keeps only the measures both add up.
   *
   * @param summary the summary
   * @throws ArithmeticException if a sum overflows a long
   */
  public void addAll(PerformanceSummary summary) {
    Checks.notNull(summary, "summary");
    add(
        summary.count(),
        summary.sums(),
        summary.presentCounts(),
        summary.spendMap(),
        summary.revenueMap(),
        summary.spendPresent(),
        summary.revenuePresent(),
        summary.unmeasured());
  }

  private void add(
      long otherCount,
      long[] otherSums,
      long[] otherPresent,
      Map<CurrencyUnit, Money> otherSpend,
      Map<CurrencyUnit, Money> otherRevenue,
      long otherSpendPresent,
      long otherRevenuePresent,
      long otherUnmeasured) {
    count = Math.addExact(count, otherCount);
    for (int i = 0; i < Measure.COUNT; i++) {
      sums[i] = Math.addExact(sums[i], otherSums[i]);
      present[i] += otherPresent[i];
    }
    otherSpend.forEach((c, m) -> spend.merge(c, m, Money::plus));
    otherRevenue.forEach((c, m) -> revenue.merge(c, m, Money::plus));
    spendPresent += otherSpendPresent;
    revenuePresent += otherRevenuePresent;
    leaveOut(otherUnmeasured);
  }

  /** Leaves out more measures: what is known of them is dropped, so they read as not added up. */
  private void leaveOut(long more) {
    unmeasured |= more;
    if (unmeasured == 0) {
      return;
    }
    for (int i = 0; i < Measure.COUNT; i++) {
      if (!Projection.measures(unmeasured, i)) {
        sums[i] = 0;
        present[i] = 0;
      }
    }
    if (!Projection.measures(unmeasured, MoneyMeasure.SPEND)) {
      spend.clear();
      spendPresent = 0;
    }
    if (!Projection.measures(unmeasured, MoneyMeasure.REVENUE)) {
      revenue.clear();
      revenuePresent = 0;
    }
  }

  /**
   * Returns the number of records added so far.
   *
   * @return the record count
   */
  public long count() {
    return count;
  }

  /**
   * Returns an immutable summary of what was added so far.
   *
   * @return the summary
   */
  public PerformanceSummary snapshot() {
    return count == 0 ? PerformanceSummary.empty() : new PerformanceSummary(this);
  }

  /**
   * Serialises the accumulator as its totals, a {@link PerformanceSummary}, which checks itself when
   * read; the accumulator is rebuilt from them (Effective Java, 3rd ed., item 90).
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
        "a PerformanceAccumulator is read from its serial form, never from raw fields");
  }

  /** The serial form: the totals as a checked summary. */
  private static final class SerialForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The totals. */
    private final PerformanceSummary totals;

    SerialForm(PerformanceSummary totals) {
      this.totals = totals;
    }

    private Object readResolve() throws ObjectStreamException {
      return SerialChecks.rebuild(
          () -> {
            PerformanceAccumulator a = new PerformanceAccumulator();
            a.addAll(Checks.notNull(totals, "totals"));
            return a;
          });
    }
  }
}
