package dev.socialplan.spark.internal;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The aggregation buffer of a performance summary in Spark: a Java bean, so Spark stores it with
 * its bean encoder (columns of longs, arrays and maps) when it spills or shuffles partial
 * aggregates, never with Java serialisation. Amounts are kept per currency in minor units
 * ({@code long}), added with {@link Math#addExact}, so sums are exact and an overflow fails the
 * job rather than wraps. Not API; not thread-safe (Spark gives each task its own).
 */
public final class SummaryBuffer {
  private static final int MEASURES = Measure.values().length;

  private long records;
  private long[] sums = new long[MEASURES];
  private long[] present = new long[MEASURES];
  private Map<String, Long> spend = new HashMap<>();
  private Map<String, Long> revenue = new HashMap<>();
  private long spendPresent;
  private long revenuePresent;

  /** Creates the buffer of no records. */
  public SummaryBuffer() {}

  /**
   * Returns the number of records.
   *
   * @return the count
   */
  public long getRecords() {
    return records;
  }

  /**
   * Sets the number of records.
   *
   * @param records the count
   */
  public void setRecords(long records) {
    this.records = records;
  }

  /**
   * Returns the sums per measure, by ordinal.
   *
   * @return the sums
   */
  public long[] getSums() {
    return sums;
  }

  /**
   * Sets the sums per measure.
   *
   * @param sums the sums, by ordinal
   */
  public void setSums(long[] sums) {
    this.sums = sums;
  }

  /**
   * Returns how many records had each measure.
   *
   * @return the present counts, by ordinal
   */
  public long[] getPresent() {
    return present;
  }

  /**
   * Sets how many records had each measure.
   *
   * @param present the present counts, by ordinal
   */
  public void setPresent(long[] present) {
    this.present = present;
  }

  /**
   * Returns the spend per currency code, in minor units.
   *
   * @return the spend
   */
  public Map<String, Long> getSpend() {
    return spend;
  }

  /**
   * Sets the spend per currency code.
   *
   * @param spend the spend in minor units
   */
  public void setSpend(Map<String, Long> spend) {
    this.spend = new HashMap<>(spend);
  }

  /**
   * Returns the revenue per currency code, in minor units.
   *
   * @return the revenue
   */
  public Map<String, Long> getRevenue() {
    return revenue;
  }

  /**
   * Sets the revenue per currency code.
   *
   * @param revenue the revenue in minor units
   */
  public void setRevenue(Map<String, Long> revenue) {
    this.revenue = new HashMap<>(revenue);
  }

  /**
   * Returns how many records had a spend.
   *
   * @return the count
   */
  public long getSpendPresent() {
    return spendPresent;
  }

  /**
   * Sets how many records had a spend.
   *
   * @param spendPresent the count
   */
  public void setSpendPresent(long spendPresent) {
    this.spendPresent = spendPresent;
  }

  /**
   * Returns how many records had a revenue.
   *
   * @return the count
   */
  public long getRevenuePresent() {
    return revenuePresent;
  }

  /**
   * Sets how many records had a revenue.
   *
   * @param revenuePresent the count
   */
  public void setRevenuePresent(long revenuePresent) {
    this.revenuePresent = revenuePresent;
  }

  /** Counts one more record. */
  void addRecord() {
    records = Math.incrementExact(records);
  }

  /** Adds a present, already checked, value of the measure at an ordinal. */
  void addCount(int ordinal, long value) {
    sums[ordinal] = Math.addExact(sums[ordinal], value);
    present[ordinal]++;
  }

  /** Adds a present amount. */
  void addAmount(MoneyMeasure measure, Money amount) {
    Map<String, Long> totals = measure == MoneyMeasure.SPEND ? spend : revenue;
    totals.merge(amount.getCurrencyUnit().getCode(), amount.getAmountMinorLong(), Math::addExact);
    if (measure == MoneyMeasure.SPEND) {
      spendPresent++;
    } else {
      revenuePresent++;
    }
  }

  /**
   * Adds a record.
   *
   * @param record the record
   * @return this buffer
   */
  public SummaryBuffer add(PerformanceRecord record) {
    addRecord();
    Measure[] measures = Measure.values();
    for (int i = 0; i < MEASURES; i++) {
      OptionalLong v = record.count(measures[i]);
      if (v.isPresent()) {
        addCount(i, v.getAsLong());
      }
    }
    record.spend().ifPresent(m -> addAmount(MoneyMeasure.SPEND, m));
    record.revenue().ifPresent(m -> addAmount(MoneyMeasure.REVENUE, m));
    return this;
  }

  /**
   * Adds everything another buffer holds.
   *
   * @param other the other buffer, unchanged
   * @return this buffer
   */
  public SummaryBuffer merge(SummaryBuffer other) {
    records = Math.addExact(records, other.records);
    for (int i = 0; i < MEASURES; i++) {
      sums[i] = Math.addExact(sums[i], other.sums[i]);
      present[i] = Math.addExact(present[i], other.present[i]);
    }
    other.spend.forEach((c, v) -> spend.merge(c, v, Math::addExact));
    other.revenue.forEach((c, v) -> revenue.merge(c, v, Math::addExact));
    spendPresent = Math.addExact(spendPresent, other.spendPresent);
    revenuePresent = Math.addExact(revenuePresent, other.revenuePresent);
    return this;
  }

  /**
   * Returns the summary this buffer holds.
   *
   * @return the summary, equal to the single-machine summary of the same records
   */
  public PerformanceSummary toSummary() {
    PerformanceSummary.Builder b = PerformanceSummary.builder().count(records);
    Measure[] measures = Measure.values();
    for (int i = 0; i < MEASURES; i++) {
      b.measure(measures[i], sums[i], present[i]);
    }
    b.present(MoneyMeasure.SPEND, spendPresent).present(MoneyMeasure.REVENUE, revenuePresent);
    spend.forEach((c, v) -> b.amount(MoneyMeasure.SPEND, Money.ofMinor(CurrencyUnit.of(c), v)));
    revenue.forEach(
        (c, v) -> b.amount(MoneyMeasure.REVENUE, Money.ofMinor(CurrencyUnit.of(c), v)));
    return b.build();
  }
}
