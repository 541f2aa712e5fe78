package dev.socialplan.benchmarks;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceColumns;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13: grouping by account × local weekday × hour on the columnar path against a hand-written
 * primitive loop, in the same run, as {@link AggregationBenchmark} does for platform.
 *
 * <ul>
 *   <li>{@link #columnar}: {@link PerformanceColumns#aggregate(Grouping)} with {@code
 *       Grouping.by(zone, ACCOUNT, TIME_OF_WEEK)}; accounts are dictionary-encoded;
 *   <li>{@link #handLoop}: {@link AggregationBenchmark#handLoop}'s loop with the account code in
 *       place of the platform (the same sums: count, every measure's sum and presence, spend).
 * </ul>
 *
 * <p>The data: {@link AggregationBenchmark}'s rows (the same generator, seed and zone), each given
 * one of {@link #ACCOUNTS} accounts. Target: columnar ≤ 2 × hand loop.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AccountGrouping -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AccountGroupingBenchmark {

  /** How many accounts the rows are spread over. */
  static final int ACCOUNTS = 40;

  static final Grouping GROUPING =
      Grouping.by(AggregationBenchmark.ZONE, Dimension.ACCOUNT, Dimension.TIME_OF_WEEK);

  /** The account of each row, the same for both states. */
  static int[] accounts(int n) {
    SplittableRandom random = new SplittableRandom(17);
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = random.nextInt(ACCOUNTS);
    }
    return a;
  }

  /** The records in columns. */
  @State(Scope.Benchmark)
  public static class Columns {
    /** How many records. */
    @Param({"5000000"})
    public int records;

    PerformanceColumns columns;

    /** Builds the columns. */
    @Setup
    public void setUp() {
      int[] account = accounts(records);
      PerformanceColumns.Builder builder = PerformanceColumns.builder(records);
      int[] row = {0};
      AggregationBenchmark.generate(records, (p, s, c, spend) -> {
        PerformanceRecord r = AggregationBenchmark.record(p, s, c, spend);
        builder.add(r.toBuilder().account("account-" + account[row[0]++]).build());
      });
      columns = builder.build();
    }
  }

  /** The records as plain arrays, the account as a code. */
  @State(Scope.Benchmark)
  public static class Arrays16 {
    /** How many records. */
    @Param({"5000000"})
    public int records;

    int[] account;
    long[] epochSecond;
    long[][] counts;
    long[] spendCents;

    /** Fills the arrays. */
    @Setup
    public void setUp() {
      account = accounts(records);
      epochSecond = new long[records];
      counts = new long[Measure.values().length][records];
      spendCents = new long[records];
      int[] row = {0};
      AggregationBenchmark.generate(records, (p, s, c, spend) -> {
        int r = row[0]++;
        epochSecond[r] = s;
        for (int m = 0; m < c.length; m++) {
          counts[m][r] = c[m];
        }
        spendCents[r] = spend;
      });
    }
  }

  /**
   * The library's columnar path.
   *
   * @param state the columns
   * @return the breakdown
   */
  @Benchmark
  public PerformanceBreakdown columnar(Columns state) {
    return state.columns.aggregate(GROUPING);
  }

  /**
   * The hand-written loop.
   *
   * @param state the arrays
   * @return the sums per account × hour of the week
   */
  @Benchmark
  public AggregationBenchmark.HandSums handLoop(Arrays16 state) {
    return handLoop(state.account, state.epochSecond, state.counts, state.spendCents);
  }

  static AggregationBenchmark.HandSums handLoop(
      int[] account, long[] epochSecond, long[][] counts, long[] spendCents) {
    return AggregationBenchmark.handLoop(account, ACCOUNTS, epochSecond, counts, spendCents);
  }
}
