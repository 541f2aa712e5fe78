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

  /** Creates an empty accumulator. */
  public PerformanceAccumulator() {}

  /**
   * Adds a record.
   *
   * @param record the record
   * @throws ArithmeticException if a sum overflows a long
   */
  public void add(PerformanceRecord record) {
    Checks.notNull(record, "record");
    count = Math.incrementExact(count);
    for (int i = 0; i < Measure.COUNT; i++) {
      long v = record.rawCount(i);
      if (v != PerformanceRecord.MISSING) {
        sums[i] = Math.addExact(sums[i], v);
        present[i]++;
      }
    }
    record.spend().ifPresent(m -> spend.merge(m.getCurrencyUnit(), m, Money::plus));
    if (record.spend().isPresent()) {
      spendPresent++;
    }
    record.revenue().ifPresent(m -> revenue.merge(m.getCurrencyUnit(), m, Money::plus));
    if (record.revenue().isPresent()) {
      revenuePresent++;
    }
  }

  /**
   * Adds everything another accumulator holds.
   *
   * @param other the other accumulator, unchanged
   * @throws ArithmeticException if a sum overflows a long
   */
  public void addAll(PerformanceAccumulator other) {
    Checks.notNull(other, "other");
    add(other.count, other.sums, other.present, other.spend, other.revenue, other.spendPresent,
        other.revenuePresent);
  }

  /**
   * Adds everything a summary holds.
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
        summary.present(MoneyMeasure.SPEND),
        summary.present(MoneyMeasure.REVENUE));
  }

  private void add(
      long otherCount,
      long[] otherSums,
      long[] otherPresent,
      Map<CurrencyUnit, Money> otherSpend,
      Map<CurrencyUnit, Money> otherRevenue,
      long otherSpendPresent,
      long otherRevenuePresent) {
    count = Math.addExact(count, otherCount);
    for (int i = 0; i < Measure.COUNT; i++) {
      sums[i] = Math.addExact(sums[i], otherSums[i]);
      present[i] += otherPresent[i];
    }
    otherSpend.forEach((c, m) -> spend.merge(c, m, Money::plus));
    otherRevenue.forEach((c, m) -> revenue.merge(c, m, Money::plus));
    spendPresent += otherSpendPresent;
    revenuePresent += otherRevenuePresent;
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
