package dev.socialplan.benchmarks;

import dev.socialplan.analytics.aggregate.BreakdownAccumulator;
import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceColumns;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
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
 * Aggregation (docs/performance.md): aggregating performance records by platform × local weekday ×
 * hour, every way in the same run. Two tasks: every measure and the spend ("full"), and the
 * three-sum task (impressions, reach, reactions + comments + shares: five counts, no money).
 *
 * <ul>
 *   <li>{@link #columnar}, {@link #columnarThree}: {@link PerformanceColumns#aggregate(Grouping)},
 *       the library's batch path, with every measure and with {@link #THREE}'s projection;
 *   <li>{@link #handLoop}, {@link #handLoopThree}: hand-written loops over primitive arrays doing
 *       the same sums (record count, sum and present count of each measure, spend in minor units
 *       for the full task), with the same offset-table trick for local times, plain {@code +=} and
 *       no overflow checks;
 *   <li>{@link #records}, {@link #recordsThree}: {@link PerformanceBreakdown#of(Grouping,
 *       java.util.Collection)} over a {@code List<PerformanceRecord>}, the call most users make;
 *       {@link #accumulatorThree}: a {@link BreakdownAccumulator} fed one record at a time;
 *   <li>{@link #streamsFair}: the fair stream, {@code java.util.stream} over a list of a plain Java
 *       record holding only the fields the three-sum task needs, with a {@code Collector} into one
 *       {@code long[]} and local times from {@code java.time};
 *   <li>{@link #streams}: {@code java.util.stream} over a {@code List<PerformanceRecord>} with
 *       {@code Collectors.groupingBy(grouping::keyOf, PerformanceSummary.collector())}.
 * </ul>
 *
 * <p>The data: {@code records} posts (10,000,000 by default) on five platforms at random instants of
 * 2025 in America/New_York (so daylight saving changes twice), each of the 13 counts present 90 % of
 * the time, a USD spend on 30 % of the posts. Each benchmark builds only its own state; every fork
 * gets a 6 GB heap (the list of records takes about 2.5 GB). Single-threaded throughout.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Aggregation -f 1 -wi 2 -i 3 -p
 * records=1000000,10000000}; figures in {@code docs/performance.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class AggregationBenchmark {

  /** The zone of the local weekday and hour. */
  static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** The grouping measured: platform × local weekday × hour. */
  static final Grouping GROUPING = Grouping.by(ZONE, Dimension.PLATFORM, Dimension.TIME_OF_WEEK);

  /** The counts of the three-sum task: impressions, reach, and the three engagements. */
  static final List<Measure> THREE_MEASURES =
      List.of(Measure.IMPRESSIONS, Measure.REACH, Measure.REACTIONS, Measure.COMMENTS,
          Measure.SHARES);

  /** The three-sum task's grouping: {@link #GROUPING} adding up five counts and no money. */
  static final Grouping THREE =
      GROUPING.withMeasures(EnumSet.copyOf(THREE_MEASURES)).withAmounts(Set.of());

  static final List<Platform> PLATFORMS =
      List.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.LINKEDIN, Platform.TIKTOK);

  private static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR = 365L * 86_400;
  private static final long SEED = 20_251_124L;

  /** Receives generated rows. */
  interface RowSink {
    void row(int platform, long epochSecond, long[] counts, long spendCents);
  }

  /** Generates {@code n} rows, the same for every state. A missing count or spend is −1. */
  static void generate(int n, RowSink sink) {
    SplittableRandom random = new SplittableRandom(SEED);
    long[] counts = new long[Measure.values().length];
    for (int i = 0; i < n; i++) {
      int platform = random.nextInt(PLATFORMS.size());
      long second = START + random.nextLong(YEAR);
      for (int m = 0; m < counts.length; m++) {
        counts[m] = random.nextInt(10) == 0 ? -1 : random.nextInt(100_000);
      }
      long spend = random.nextInt(10) < 3 ? random.nextInt(50_000) : -1;
      sink.row(platform, second, counts, spend);
    }
  }

  static PerformanceRecord record(int platform, long epochSecond, long[] counts, long spendCents) {
    PerformanceRecord.Builder b =
        PerformanceRecord.builder()
            .platform(PLATFORMS.get(platform))
            .publishedAt(Instant.ofEpochSecond(epochSecond))
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.INFORM)
            .paid(PaidStatus.ORGANIC);
    Measure[] measures = Measure.values();
    for (int m = 0; m < counts.length; m++) {
      if (counts[m] >= 0) {
        b.count(measures[m], counts[m]);
      }
    }
    if (spendCents >= 0) {
      b.spend(Money.ofMinor(CurrencyUnit.USD, spendCents));
    }
    return b.build();
  }

  /** The records in columns, for {@link #columnar}. */
  @State(Scope.Benchmark)
  public static class Columns {
    /** How many records. */
    @Param({"10000000"})
    public int records;

    PerformanceColumns columns;

    /** Builds the columns. */
    @Setup
    public void setUp() {
      PerformanceColumns.Builder builder = PerformanceColumns.builder(records);
      generate(records, (p, s, c, spend) -> builder.add(record(p, s, c, spend)));
      columns = builder.build();
    }
  }

  /** The records as plain arrays, for {@link #handLoop}. */
  @State(Scope.Benchmark)
  public static class Arrays13 {
    /** How many records. */
    @Param({"10000000"})
    public int records;

    int[] platform;
    long[] epochSecond;
    long[][] counts;
    long[] spendCents;

    /** Fills the arrays. */
    @Setup
    public void setUp() {
      platform = new int[records];
      epochSecond = new long[records];
      counts = new long[Measure.values().length][records];
      spendCents = new long[records];
      int[] row = {0};
      generate(
          records,
          (p, s, c, spend) -> {
            int r = row[0]++;
            platform[r] = p;
            epochSecond[r] = s;
            for (int m = 0; m < c.length; m++) {
              counts[m][r] = c[m];
            }
            spendCents[r] = spend;
          });
    }
  }

  /** A plain Java record holding only what the three-sum task needs; a missing count is −1. */
  record Post(
      int platform,
      long epochSecond,
      long impressions,
      long reach,
      long reactions,
      long comments,
      long shares) {}

  /** The records as plain Java records, for {@link #streamsFair}. */
  @State(Scope.Benchmark)
  public static class Posts {
    /** How many records. */
    @Param({"10000000"})
    public int records;

    List<Post> list;

    /** Builds the list. */
    @Setup
    public void setUp() {
      list = new ArrayList<>(records);
      generate(
          records,
          (p, s, c, spend) ->
              list.add(
                  new Post(
                      p,
                      s,
                      c[Measure.IMPRESSIONS.ordinal()],
                      c[Measure.REACH.ordinal()],
                      c[Measure.REACTIONS.ordinal()],
                      c[Measure.COMMENTS.ordinal()],
                      c[Measure.SHARES.ordinal()])));
    }
  }

  /** The records as objects in a list, for {@link #streams} and the record path. */
  @State(Scope.Benchmark)
  public static class Records {
    /** How many records. */
    @Param({"10000000"})
    public int records;

    List<PerformanceRecord> list;

    /** Builds the list. */
    @Setup
    public void setUp() {
      list = new ArrayList<>(records);
      generate(records, (p, s, c, spend) -> list.add(record(p, s, c, spend)));
    }
  }

  /**
   * The library's columnar batch path.
   *
   * @param state the columns
   * @return the breakdown
   */
  @Benchmark
  public PerformanceBreakdown columnar(Columns state) {
    return state.columns.aggregate(GROUPING);
  }

  /**
   * The hand-written loop over primitive arrays.
   *
   * @param state the arrays
   * @return the sums per platform × hour of the week
   */
  @Benchmark
  public HandSums handLoop(Arrays13 state) {
    return handLoop(state.platform, state.epochSecond, state.counts, state.spendCents);
  }

  /**
   * The columnar path asked for the three-sum task's five counts only.
   *
   * @param state the columns
   * @return the breakdown
   */
  @Benchmark
  public PerformanceBreakdown columnarThree(Columns state) {
    return state.columns.aggregate(THREE);
  }

  /**
   * The hand-written loop over the five columns of the three-sum task.
   *
   * @param state the arrays
   * @return the sums per platform × hour of the week
   */
  @Benchmark
  public HandSums handLoopThree(Arrays13 state) {
    long[][] five = new long[THREE_MEASURES.size()][];
    for (int m = 0; m < five.length; m++) {
      five[m] = state.counts[THREE_MEASURES.get(m).ordinal()];
    }
    return handLoopNoMoney(state.platform, PLATFORMS.size(), state.epochSecond, five);
  }

  /**
   * The record path, every measure: {@code PerformanceBreakdown.of(grouping, records)}.
   *
   * @param state the records
   * @return the breakdown
   */
  @Benchmark
  public PerformanceBreakdown records(Records state) {
    return PerformanceBreakdown.of(GROUPING, state.list);
  }

  /**
   * The record path on the three-sum task.
   *
   * @param state the records
   * @return the breakdown
   */
  @Benchmark
  public PerformanceBreakdown recordsThree(Records state) {
    return PerformanceBreakdown.of(THREE, state.list);
  }

  /**
   * The accumulator fed one record at a time, on the three-sum task.
   *
   * @param state the records
   * @return the breakdown
   */
  @Benchmark
  public PerformanceBreakdown accumulatorThree(Records state) {
    BreakdownAccumulator accumulator = new BreakdownAccumulator(THREE);
    for (PerformanceRecord r : state.list) {
      accumulator.add(r);
    }
    return accumulator.snapshot();
  }

  /**
   * The fair stream on the three-sum task.
   *
   * @param state the plain records
   * @return per cell (platform × 168 + hour of week): count, then sum and present count of each of
   *     the five counts
   */
  @Benchmark
  public long[] streamsFair(Posts state) {
    return streamsFair(state.list);
  }

  /** Per cell: the count, then (sum, present) of impressions, reach, reactions, comments, shares. */
  static final int FAIR_WIDTH = 11;

  static long[] streamsFair(List<Post> posts) {
    ZoneRules rules = ZONE.getRules();
    return posts.stream()
        .collect(
            Collector.of(
                () -> new long[PLATFORMS.size() * 168 * FAIR_WIDTH],
                (long[] acc, Post p) -> {
                  Instant at = Instant.ofEpochSecond(p.epochSecond());
                  LocalDateTime local =
                      LocalDateTime.ofEpochSecond(p.epochSecond(), 0, rules.getOffset(at));
                  int cell =
                      p.platform() * 168
                          + (local.getDayOfWeek().getValue() - 1) * 24
                          + local.getHour();
                  int b = cell * FAIR_WIDTH;
                  acc[b]++;
                  addFair(acc, b + 1, p.impressions());
                  addFair(acc, b + 3, p.reach());
                  addFair(acc, b + 5, p.reactions());
                  addFair(acc, b + 7, p.comments());
                  addFair(acc, b + 9, p.shares());
                },
                (long[] a, long[] b) -> {
                  for (int i = 0; i < a.length; i++) {
                    a[i] += b[i];
                  }
                  return a;
                }));
  }

  private static void addFair(long[] acc, int at, long value) {
    if (value >= 0) {
      acc[at] += value;
      acc[at + 1]++;
    }
  }

  /**
   * {@code java.util.stream} with {@code groupingBy} over the list of records.
   *
   * @param state the records
   * @return the summaries by group key
   */
  @Benchmark
  public Map<GroupKey, PerformanceSummary> streams(Records state) {
    return streams(state.list);
  }

  static Map<GroupKey, PerformanceSummary> streams(List<PerformanceRecord> records) {
    return records.stream()
        .collect(Collectors.groupingBy(GROUPING::keyOf, PerformanceSummary.collector()));
  }

  /** The hand loop's output: per cell (platform × 168 + hour of week) count, sums, presence. */
  public static final class HandSums {
    final long[] count;
    final long[][] sums;
    final long[][] present;
    final long[] spend;
    final long[] spendPresent;

    HandSums(int cells, int measures) {
      count = new long[cells];
      sums = new long[measures][cells];
      present = new long[measures][cells];
      spend = new long[cells];
      spendPresent = new long[cells];
    }
  }

  /**
   * The hand loop without money: cell = key × 168 + local hour of the week, the count, and each
   * column's sum and present count.
   */
  static HandSums handLoopNoMoney(int[] key, int keys, long[] epochSecond, long[][] counts) {
    int n = epochSecond.length;
    int measures = counts.length;
    HandSums out = new HandSums(keys * 168, measures);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long s : epochSecond) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    ZoneRules rules = ZONE.getRules();
    long[] starts = {Long.MIN_VALUE};
    int[] offsets = {rules.getOffset(Instant.ofEpochSecond(min)).getTotalSeconds()};
    for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(min));
        t != null && t.toEpochSecond() <= max;
        t = rules.nextTransition(t.getInstant())) {
      starts = Arrays.copyOf(starts, starts.length + 1);
      offsets = Arrays.copyOf(offsets, offsets.length + 1);
      starts[starts.length - 1] = t.toEpochSecond();
      offsets[offsets.length - 1] = t.getOffsetAfter().getTotalSeconds();
    }
    int w = 0;
    for (int r = 0; r < n; r++) {
      long s = epochSecond[r];
      if (s < starts[w] || (w + 1 < starts.length && s >= starts[w + 1])) {
        int i = Arrays.binarySearch(starts, s);
        w = i >= 0 ? i : -i - 2;
      }
      long local = s + offsets[w];
      long day = Math.floorDiv(local, 86_400);
      int cell =
          key[r] * 168 + Math.floorMod(day + 3, 7) * 24 + (int) ((local - day * 86_400) / 3600);
      out.count[cell]++;
      for (int m = 0; m < measures; m++) {
        long v = counts[m][r];
        if (v >= 0) {
          out.sums[m][cell] += v;
          out.present[m][cell]++;
        }
      }
    }
    return out;
  }

  static HandSums handLoop(int[] platform, long[] epochSecond, long[][] counts, long[] spendCents) {
    return handLoop(platform, PLATFORMS.size(), epochSecond, counts, spendCents);
  }

  /**
   * The hand loop over any dictionary-coded key (a platform here, an account in {@link
   * AccountGroupingBenchmark}): cell = key × 168 + local hour of the week.
   */
  static HandSums handLoop(
      int[] key, int keys, long[] epochSecond, long[][] counts, long[] spendCents) {
    int n = epochSecond.length;
    int measures = counts.length;
    HandSums out = new HandSums(keys * 168, measures);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long s : epochSecond) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    // The zone's offsets over the range, as windows [start, next start).
    ZoneRules rules = ZONE.getRules();
    long[] starts = {Long.MIN_VALUE};
    int[] offsets = {rules.getOffset(Instant.ofEpochSecond(min)).getTotalSeconds()};
    for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(min));
        t != null && t.toEpochSecond() <= max;
        t = rules.nextTransition(t.getInstant())) {
      starts = Arrays.copyOf(starts, starts.length + 1);
      offsets = Arrays.copyOf(offsets, offsets.length + 1);
      starts[starts.length - 1] = t.toEpochSecond();
      offsets[offsets.length - 1] = t.getOffsetAfter().getTotalSeconds();
    }
    int w = 0;
    for (int r = 0; r < n; r++) {
      long s = epochSecond[r];
      if (s < starts[w] || (w + 1 < starts.length && s >= starts[w + 1])) {
        int i = Arrays.binarySearch(starts, s);
        w = i >= 0 ? i : -i - 2;
      }
      long local = s + offsets[w];
      long day = Math.floorDiv(local, 86_400);
      int cell =
          key[r] * 168 + Math.floorMod(day + 3, 7) * 24 + (int) ((local - day * 86_400) / 3600);
      out.count[cell]++;
      for (int m = 0; m < measures; m++) {
        long v = counts[m][r];
        if (v >= 0) {
          out.sums[m][cell] += v;
          out.present[m][cell]++;
        }
      }
      long spend = spendCents[r];
      if (spend >= 0) {
        out.spend[cell] += spend;
        out.spendPresent[cell]++;
      }
    }
    return out;
  }
}
