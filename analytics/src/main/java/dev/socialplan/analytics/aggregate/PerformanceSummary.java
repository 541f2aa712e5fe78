package dev.socialplan.analytics.aggregate;

import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementCounts;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.analytics.metric.Exposure;
import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import dev.socialplan.metric.CountRate;
import dev.socialplan.metric.Ratio;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The totals of a set of performance records: how many records, and per measure
 * the sum of the values present and how many were present or missing; spend and revenue summed per
 * currency, exactly.
 *
 * <p>Summaries form a commutative monoid: {@link #merge(PerformanceSummary)} is associative and
 * commutative with {@link #empty()} as identity, and every split of a list of records, summarised
 * part by part and merged in any order or tree shape, equals the summary of the whole list, exactly
 * (sums are {@code long}s and {@link Money}, never floating point). That makes summaries safe as
 * the result of a parallel {@link java.util.stream.Stream} ({@link #collector()}) and as the
 * combiner of a distributed engine (a Spark {@code Aggregator}, a Flink {@code AggregateFunction},
 * a Beam {@code CombineFn}), where {@link PerformanceAccumulator} is the mutable buffer. The design
 * follows Guava's {@code Stats} and {@code StatsAccumulator}.
 *
 * <p>Rates are derived from the sums ({@link #pooledRate(Measure, Measure)}): pooled ratios, the
 * "ratio of sums" of {@link dev.socialplan.analytics.metric.Averages#pooled}. A mean of per-post
 * rates cannot be merged exactly and is not kept here.
 *
 * <p>Sums that overflow a {@code long} throw {@link ArithmeticException} rather than wrap.
 *
 * <p>The summaries of a grouping that adds up only some measures ({@link Grouping#withMeasures},
 * {@link Grouping#withAmounts}) hold only those: {@link #measures()} and {@link #amounts()} say
 * which, and asking for another one throws {@link IllegalArgumentException} instead of answering
 * zero. Merging summaries that add up different measures keeps the measures both add up.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerformanceSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final PerformanceSummary EMPTY = new PerformanceSummary(new PerformanceAccumulator());

  /** The number of records. */
  private final long count;

  /** Per measure, the sum of the present values. */
  private final long[] sums;

  /** Per measure, how many values were present. */
  private final long[] present;

  /** Spend per currency. */
  private final TreeMap<CurrencyUnit, Money> spend;

  /** Revenue per currency. */
  private final TreeMap<CurrencyUnit, Money> revenue;

  /** How many records had a spend. */
  private final long spendPresent;

  /** How many records had a revenue. */
  private final long revenuePresent;

  /**
   * The measures not added up ({@link Projection} bits), zero for every measure; a stream written
   * before projections reads as zero.
   */
  private final long unmeasured;

  PerformanceSummary(PerformanceAccumulator a) {
    this(
        a.count,
        a.sums.clone(),
        a.present.clone(),
        new TreeMap<>(a.spend),
        new TreeMap<>(a.revenue),
        a.spendPresent,
        a.revenuePresent,
        a.unmeasured);
  }

  PerformanceSummary(
      long count,
      long[] sums,
      long[] present,
      TreeMap<CurrencyUnit, Money> spend,
      TreeMap<CurrencyUnit, Money> revenue,
      long spendPresent,
      long revenuePresent,
      long unmeasured) {
    this.count = count;
    this.sums = sums;
    this.present = present;
    this.spend = spend;
    this.revenue = revenue;
    this.spendPresent = spendPresent;
    this.revenuePresent = revenuePresent;
    this.unmeasured = unmeasured;
  }

  /**
   * Returns the summary of no records, the identity of {@link #merge(PerformanceSummary)}.
   *
   * @return the empty summary
   */
  public static PerformanceSummary empty() {
    return EMPTY;
  }

  /**
   * Summarises records.
   *
   * @param records the records
   * @return their summary
   * @throws ArithmeticException if a sum overflows a long
   */
  public static PerformanceSummary of(Collection<PerformanceRecord> records) {
    Checks.noNullElements(records, "records");
    PerformanceAccumulator a = new PerformanceAccumulator();
    records.forEach(a::add);
    return a.snapshot();
  }

  /**
   * Returns a builder that rebuilds a summary from totals computed elsewhere: the output of a
   * distributed engine (the Spark module's summary struct), a database row, a stored report. The
   * builder checks that the totals could come from records ({@link Builder#build()}), so a summary
   * rebuilt from tampered or mistyped totals is refused rather than wrong.
   *
   * @return a builder holding the totals of no records
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a collector that summarises a stream of records; safe for parallel streams (its
   * combiner is {@link PerformanceAccumulator#addAll(PerformanceAccumulator)}).
   *
   * @return the collector
   */
  public static Collector<PerformanceRecord, ?, PerformanceSummary> collector() {
    return Collector.of(
        PerformanceAccumulator::new,
        PerformanceAccumulator::add,
        (a, b) -> {
          a.addAll(b);
          return a;
        },
        PerformanceAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns this summary with one more record.
   *
   * @param record the record
   * @return the new summary
   * @throws ArithmeticException if a sum overflows a long
   */
  public PerformanceSummary plus(PerformanceRecord record) {
    PerformanceAccumulator a = toAccumulator();
    a.add(record);
    return a.snapshot();
  }

  /**
   * Merges two summaries: the summary of both sets of records. Associative and commutative, with
   * {@link #empty()} as identity.
   *
   * @param other the other summary
   * @return the merged summary
   * @throws ArithmeticException if a sum overflows a long
   */
  public PerformanceSummary merge(PerformanceSummary other) {
    Checks.notNull(other, "other");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    PerformanceAccumulator a = toAccumulator();
    a.addAll(other);
    return a.snapshot();
  }

  /**
   * Returns a mutable accumulator that starts from this summary.
   *
   * @return a new accumulator holding this summary's totals
   */
  public PerformanceAccumulator toAccumulator() {
    PerformanceAccumulator a = new PerformanceAccumulator();
    a.addAll(this);
    return a;
  }

  /**
   * Returns the number of records.
   *
   * @return the record count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the sum of a measure over the records that have it.
   *
   * @param measure the measure
   * @return the sum of the present values; zero when none is present (see {@link
   *     #present(Measure)})
   * @throws IllegalArgumentException if this summary does not add the measure up ({@link
   *     #measures()})
   */
  public long sum(Measure measure) {
    return sums[index(measure)];
  }

  private int index(Measure measure) {
    int i = Checks.notNull(measure, "measure").ordinal();
    if (!Projection.measures(unmeasured, i)) {
      throw new IllegalArgumentException(
          measure.fieldName() + " was not added up: this summary adds up " + measures()
              + " (Grouping.withMeasures)");
    }
    return i;
  }

  private MoneyMeasure checked(MoneyMeasure measure) {
    Checks.notNull(measure, "measure");
    if (!Projection.measures(unmeasured, measure)) {
      throw new IllegalArgumentException(
          measure.name().toLowerCase(java.util.Locale.ROOT) + " was not added up: this summary adds"
              + " up the amounts " + amounts() + " (Grouping.withAmounts)");
    }
    return measure;
  }

  /**
   * Returns the counts this summary adds up: every measure, unless it summarises a grouping that
   * chose some ({@link Grouping#withMeasures}).
   *
   * @return the measures, unmodifiable, in declaration order
   */
  public Set<Measure> measures() {
    return Projection.measures(unmeasured);
  }

  /**
   * Returns the amounts of money this summary adds up: spend and revenue, unless it summarises a
   * grouping that chose ({@link Grouping#withAmounts}).
   *
   * @return the amounts, unmodifiable
   */
  public Set<MoneyMeasure> amounts() {
    return Projection.amounts(unmeasured);
  }

  /**
   * Returns how many records have a measure.
   *
   * @param measure the measure
   * @return the number of present values
   * @throws IllegalArgumentException if this summary does not add the measure up ({@link
   *     #measures()})
   */
  public long present(Measure measure) {
    return present[index(measure)];
  }

  /**
   * Returns how many records lack a measure.
   *
   * @param measure the measure
   * @return the number of missing values
   * @throws IllegalArgumentException if this summary does not add the measure up ({@link
   *     #measures()})
   */
  public long missing(Measure measure) {
    return count - present(measure);
  }

  /**
   * Returns the total spend per currency.
   *
   * @return the spend per currency, sorted by currency code; empty when no record had a spend
   * @throws IllegalArgumentException if this summary does not add spend up ({@link #amounts()})
   */
  public SortedMap<CurrencyUnit, Money> spend() {
    checked(MoneyMeasure.SPEND);
    return Collections.unmodifiableSortedMap(spend);
  }

  /**
   * Returns the total revenue per currency.
   *
   * @return the revenue per currency, sorted by currency code; empty when no record had a revenue
   * @throws IllegalArgumentException if this summary does not add revenue up ({@link #amounts()})
   */
  public SortedMap<CurrencyUnit, Money> revenue() {
    checked(MoneyMeasure.REVENUE);
    return Collections.unmodifiableSortedMap(revenue);
  }

  /**
   * Returns the total of an amount per currency.
   *
   * @param measure spend or revenue
   * @return the totals per currency
   * @throws IllegalArgumentException if this summary does not add the amount up ({@link
   *     #amounts()})
   */
  public SortedMap<CurrencyUnit, Money> total(MoneyMeasure measure) {
    return Checks.notNull(measure, "measure") == MoneyMeasure.SPEND ? spend() : revenue();
  }

  /**
   * Returns the total of an amount in one currency.
   *
   * @param measure spend or revenue
   * @param currency the currency
   * @return the total, zero when no record had that amount in that currency
   * @throws IllegalArgumentException if this summary does not add the amount up ({@link
   *     #amounts()})
   */
  public Money total(MoneyMeasure measure, CurrencyUnit currency) {
    Checks.notNull(currency, "currency");
    Money total = total(measure).get(currency);
    return total != null ? total : Money.zero(currency);
  }

  /**
   * Returns how many records have an amount.
   *
   * @param measure spend or revenue
   * @return the number of present amounts
   * @throws IllegalArgumentException if this summary does not add the amount up ({@link
   *     #amounts()})
   */
  public long present(MoneyMeasure measure) {
    return checked(measure) == MoneyMeasure.SPEND ? spendPresent : revenuePresent;
  }

  /**
   * Returns how many records lack an amount.
   *
   * @param measure spend or revenue
   * @return the number of missing amounts
   * @throws IllegalArgumentException if this summary does not add the amount up ({@link
   *     #amounts()})
   */
  public long missing(MoneyMeasure measure) {
    return count - present(measure);
  }

  /**
   * Returns the average of a measure per post that has it: sum ÷ present.
   *
   * @param measure the measure
   * @return the average per post, a count per post whose text says so ({@code 400 per post
   *     (1200/3)}); undefined when no record has the measure
   * @throws IllegalArgumentException if this summary does not add the measure up ({@link
   *     #measures()})
   */
  public CountRate averagePerPost(Measure measure) {
    return CountRate.perPost(sum(measure), present(measure));
  }

  /**
   * Returns a pooled rate, the ratio of sums: Σ numerator ÷ Σ denominator. Click-through rate is
   * {@code pooledRate(CLICKS, IMPRESSIONS)}.
   *
   * <p>Each sum runs over the records that have that measure; when {@link #missing(Measure)}
   * differs between the two, the rate mixes different sets of posts, so check the missing counts
   * (or filter the records) first.
   *
   * @param numerator the numerator measure
   * @param denominator the denominator measure
   * @return the pooled rate; undefined when the denominator's sum is zero
   * @throws IllegalArgumentException if this summary does not add either measure up ({@link
   *     #measures()})
   */
  public Ratio pooledRate(Measure numerator, Measure denominator) {
    return Ratio.of(sum(numerator), sum(denominator));
  }

  /**
   * Returns the pooled engagement rate by a definition: Σ engagements ÷ Σ denominator.
   *
   * <p>A component or denominator counts as measured only when every record of the summary has it,
   * so that numerator and denominator cover the same posts; one that some records lack is treated
   * as missing, and the definition decides what follows (an undefined rate by default, or the next
   * denominator in its fallback order). A measure this summary does not add up ({@link
   * #measures()}) counts as missing too. The result names what was used. To pool over the posts
   * whose own rate is defined instead, counting the others as excluded, and for the mean and median
   * of per-post rates by group, see {@link EngagementStatistics}.
   *
   * @param definition the components and denominators
   * @return the pooled engagement rate and how it was computed
   */
  public EngagementRate pooledEngagementRate(EngagementDefinition definition) {
    Checks.notNull(definition, "definition");
    EngagementCounts.Builder counts = EngagementCounts.builder();
    for (EngagementComponent component : EngagementComponent.values()) {
      Measure m = Measure.of(component);
      if (count > 0 && Projection.measures(unmeasured, m.ordinal()) && present(m) == count) {
        counts.count(component, sum(m));
      }
    }
    Exposure.Builder exposure = Exposure.builder();
    for (EngagementDenominator denominator : EngagementDenominator.values()) {
      Measure m = Measure.of(denominator);
      if (count > 0 && Projection.measures(unmeasured, m.ordinal()) && present(m) == count) {
        exposure.count(denominator, sum(m));
      }
    }
    return EngagementRate.of(definition, counts.build(), exposure.build());
  }

  long[] sums() {
    return sums;
  }

  long[] presentCounts() {
    return present;
  }

  Map<CurrencyUnit, Money> spendMap() {
    return spend;
  }

  Map<CurrencyUnit, Money> revenueMap() {
    return revenue;
  }

  long spendPresent() {
    return spendPresent;
  }

  long revenuePresent() {
    return revenuePresent;
  }

  long unmeasured() {
    return unmeasured;
  }

  /**
   * Rebuilds a {@link PerformanceSummary} from its totals. Every measure starts with sum 0 and 0
   * present; every amount with no currency and 0 present. Not thread-safe.
   */
  public static final class Builder {
    private long count;
    private final long[] sums = new long[Measure.COUNT];
    private final long[] present = new long[Measure.COUNT];
    private final TreeMap<CurrencyUnit, Money> spend = new TreeMap<>();
    private final TreeMap<CurrencyUnit, Money> revenue = new TreeMap<>();
    private long spendPresent;
    private long revenuePresent;
    private long unmeasured;

    Builder() {}

    /**
     * Sets the counts the summary adds up, for totals of a grouping that chose some ({@link
     * Grouping#withMeasures}); every measure unless set.
     *
     * @param measures the measures added up
     * @return this builder
     */
    public Builder measures(Set<Measure> measures) {
      Checks.noNullElements(measures, "measures");
      long left = Projection.MEASURE_BITS;
      for (Measure m : measures) {
        left &= ~Projection.bit(m);
      }
      unmeasured = (unmeasured & Projection.AMOUNT_BITS) | left;
      return this;
    }

    /**
     * Sets the amounts of money the summary adds up ({@link Grouping#withAmounts}); spend and
     * revenue unless set.
     *
     * @param amounts the amounts added up
     * @return this builder
     */
    public Builder amounts(Set<MoneyMeasure> amounts) {
      Checks.noNullElements(amounts, "amounts");
      long left = Projection.AMOUNT_BITS;
      for (MoneyMeasure m : amounts) {
        left &= ~Projection.bit(m);
      }
      unmeasured = (unmeasured & Projection.MEASURE_BITS) | left;
      return this;
    }

    /**
     * Sets the number of records.
     *
     * @param records the record count, not negative
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder count(long records) {
      this.count = Checks.nonNegative(records, "count");
      return this;
    }

    /**
     * Sets the totals of one measure.
     *
     * @param measure the measure
     * @param sum the sum of the present values, not negative
     * @param presentValues how many records have the measure, not negative
     * @return this builder
     * @throws IllegalArgumentException if a number is negative
     */
    public Builder measure(Measure measure, long sum, long presentValues) {
      Checks.notNull(measure, "measure");
      sums[measure.ordinal()] = Checks.nonNegative(sum, measure.fieldName() + " sum");
      present[measure.ordinal()] =
          Checks.nonNegative(presentValues, measure.fieldName() + " present");
      return this;
    }

    /**
     * Adds to the total of an amount in the amount's currency.
     *
     * @param measure spend or revenue
     * @param total the total in one currency, not negative
     * @return this builder
     * @throws IllegalArgumentException if the total is negative
     */
    public Builder amount(MoneyMeasure measure, Money total) {
      Checks.notNull(measure, "measure");
      Checks.notNull(total, "total");
      if (total.isNegative()) {
        throw new IllegalArgumentException(
            measure.name().toLowerCase(java.util.Locale.ROOT) + " must not be negative: " + total);
      }
      (measure == MoneyMeasure.SPEND ? spend : revenue)
          .merge(total.getCurrencyUnit(), total, Money::plus);
      return this;
    }

    /**
     * Sets how many records have an amount.
     *
     * @param measure spend or revenue
     * @param presentValues how many records have it, not negative
     * @return this builder
     * @throws IllegalArgumentException if the number is negative
     */
    public Builder present(MoneyMeasure measure, long presentValues) {
      Checks.notNull(measure, "measure");
      String field = measure.name().toLowerCase(java.util.Locale.ROOT) + " present";
      if (measure == MoneyMeasure.SPEND) {
        spendPresent = Checks.nonNegative(presentValues, field);
      } else {
        revenuePresent = Checks.nonNegative(presentValues, field);
      }
      return this;
    }

    /**
     * Builds the summary, checking that the totals could come from records: no measure or amount
     * present in more records than the count, and a measure or amount present in no record has a
     * zero sum and no currency; a measure or amount not added up ({@link #measures}, {@link
     * #amounts}) has no totals at all.
     *
     * @return the summary; {@link #empty()} when the count is zero
     * @throws IllegalArgumentException naming the field and its value when a check fails
     */
    public PerformanceSummary build() {
      for (int i = 0; i < Measure.COUNT; i++) {
        String name = Measure.ofIndex(i).fieldName();
        checkPresent(name, present[i]);
        if (present[i] == 0 && sums[i] != 0) {
          throw new IllegalArgumentException(
              name + " sum must be 0 when no record has it: " + sums[i]);
        }
      }
      checkPresent("spend", spendPresent);
      checkPresent("revenue", revenuePresent);
      if (spendPresent == 0 && !spend.isEmpty()) {
        throw new IllegalArgumentException("spend totals given but no record has a spend: "
            + spend.values());
      }
      if (revenuePresent == 0 && !revenue.isEmpty()) {
        throw new IllegalArgumentException("revenue totals given but no record has a revenue: "
            + revenue.values());
      }
      if (count == 0) {
        return EMPTY;
      }
      PerformanceSummary summary =
          new PerformanceSummary(
              count,
              sums.clone(),
              present.clone(),
              new TreeMap<>(spend),
              new TreeMap<>(revenue),
              spendPresent,
              revenuePresent,
              unmeasured);
      summary.checkUnmeasured();
      return summary;
    }

    private void checkPresent(String name, long presentValues) {
      if (presentValues > count) {
        throw new IllegalArgumentException(
            name + " present in " + presentValues + " records, more than the count " + count);
      }
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PerformanceSummary)) {
      return false;
    }
    PerformanceSummary o = (PerformanceSummary) obj;
    return count == o.count
        && spendPresent == o.spendPresent
        && revenuePresent == o.revenuePresent
        && unmeasured == o.unmeasured
        && Arrays.equals(sums, o.sums)
        && Arrays.equals(present, o.present)
        && spend.equals(o.spend)
        && revenue.equals(o.revenue);
  }

  @Override
  public int hashCode() {
    return ((Long.hashCode(count) * 31 + Arrays.hashCode(sums)) * 31 + Arrays.hashCode(present))
            * 31
        + spend.hashCode() * 7
        + revenue.hashCode()
        + Long.hashCode(unmeasured) * 13;
  }

  /**
   * Returns a readable form listing every measure with its sum and, when some are missing, how
   * many: {@code PerformanceSummary{count=3, impressions=1200, reach=900 (1 missing), ...}}; a
   * summary that adds up only some measures lists only those.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PerformanceSummary{count=").append(count);
    for (int i = 0; i < Measure.COUNT; i++) {
      if (!Projection.measures(unmeasured, i)) {
        continue;
      }
      if (present[i] > 0 || count == 0) {
        sb.append(", ").append(Measure.ofIndex(i).fieldName()).append('=').append(sums[i]);
      }
      if (present[i] < count) {
        sb.append(present[i] == 0 ? ", " + Measure.ofIndex(i).fieldName() + "=" : " (")
            .append(count - present[i])
            .append(" missing")
            .append(present[i] == 0 ? "" : ")");
      }
    }
    if (Projection.measures(unmeasured, MoneyMeasure.SPEND)) {
      sb.append(", spend=").append(spend.values());
      if (spendPresent < count) {
        sb.append(" (").append(count - spendPresent).append(" missing)");
      }
    }
    if (Projection.measures(unmeasured, MoneyMeasure.REVENUE)) {
      sb.append(", revenue=").append(revenue.values());
      if (revenuePresent < count) {
        sb.append(" (").append(count - revenuePresent).append(" missing)");
      }
    }
    return sb.append('}').toString();
  }

  /**
   * Checks totals as {@link PerformanceAccumulator} could have made them: a count of zero or more,
   * one sum and one present count per measure, sums not negative and zero when nothing is present,
   * present counts within the record count, amounts keyed by their own currency and not negative,
   * and as many amounts present as the record count allows.
   */
  static void checkTotals(
      long count,
      long[] sums,
      long[] present,
      Map<CurrencyUnit, Money> spend,
      Map<CurrencyUnit, Money> revenue,
      long spendPresent,
      long revenuePresent) {
    Checks.nonNegative(count, "count");
    for (long[] parts : List.of(Checks.notNull(sums, "sums"), Checks.notNull(present, "present"))) {
      if (parts.length != Measure.COUNT) {
        throw new IllegalArgumentException(
            "there must be one total per measure (" + Measure.COUNT + "): " + parts.length);
      }
    }
    for (int i = 0; i < Measure.COUNT; i++) {
      String field = Measure.ofIndex(i).fieldName();
      Checks.nonNegative(sums[i], field);
      if (present[i] < 0 || present[i] > count) {
        throw new IllegalArgumentException(
            field + " must be present in 0 to " + count + " records: " + present[i]);
      }
      if (present[i] == 0 && sums[i] != 0) {
        throw new IllegalArgumentException(field + " must be 0 when no record has it: " + sums[i]);
      }
    }
    checkAmounts(spend, spendPresent, count, "spend");
    checkAmounts(revenue, revenuePresent, count, "revenue");
  }

  private static void checkAmounts(
      Map<CurrencyUnit, Money> amounts, long present, long count, String field) {
    Checks.notNull(amounts, field);
    if (present < 0 || present > count) {
      throw new IllegalArgumentException(
          field + " must be present in 0 to " + count + " records: " + present);
    }
    if (present == 0 && !amounts.isEmpty()) {
      throw new IllegalArgumentException(field + " must be empty when no record has it: " + amounts);
    }
    for (Map.Entry<CurrencyUnit, Money> e : amounts.entrySet()) {
      Money amount = Checks.notNull(e.getValue(), field + "[" + e.getKey() + "]");
      if (!amount.getCurrencyUnit().equals(e.getKey())) {
        throw new IllegalArgumentException(
            field + " in " + e.getKey() + " must be in that currency: " + amount);
      }
      if (amount.isNegative()) {
        throw new IllegalArgumentException(field + " must not be negative: " + amount);
      }
    }
  }

  /** A measure left out has no sum, no present value and no amount. */
  private void checkUnmeasured() {
    if ((unmeasured & ~(Projection.MEASURE_BITS | Projection.AMOUNT_BITS)) != 0) {
      throw new IllegalArgumentException(
          "unmeasured names no measure: " + Long.toHexString(unmeasured));
    }
    for (int i = 0; i < Measure.COUNT; i++) {
      if (!Projection.measures(unmeasured, i) && (sums[i] != 0 || present[i] != 0)) {
        throw new IllegalArgumentException(
            Measure.ofIndex(i).fieldName() + " is not added up but has totals: " + sums[i]);
      }
    }
    if (!Projection.measures(unmeasured, MoneyMeasure.SPEND) && spendPresent != 0) {
      throw new IllegalArgumentException("spend is not added up but is present: " + spendPresent);
    }
    if (!Projection.measures(unmeasured, MoneyMeasure.REVENUE) && revenuePresent != 0) {
      throw new IllegalArgumentException(
          "revenue is not added up but is present: " + revenuePresent);
    }
  }

  private static TreeMap<CurrencyUnit, Money> copy(Map<CurrencyUnit, Money> amounts) {
    // A fresh map in natural order: a stream could carry a TreeMap with a comparator of its own.
    TreeMap<CurrencyUnit, Money> copy = new TreeMap<>();
    amounts.forEach(copy::put);
    return copy;
  }

  /**
   * Rebuilds a deserialised summary after {@link #checkTotals} (a tampered stream could carry a
   * negative count, a sum without records or an amount in the wrong currency), with its own copies
   * of the arrays and maps read.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(
        () -> {
          checkTotals(count, sums, present, spend, revenue, spendPresent, revenuePresent);
          checkUnmeasured();
          return count == 0
              ? EMPTY
              : new PerformanceSummary(
                  count,
                  sums.clone(),
                  present.clone(),
                  copy(spend),
                  copy(revenue),
                  spendPresent,
                  revenuePresent,
                  unmeasured);
        });
  }
}
