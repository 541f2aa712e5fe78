package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** The three ways of {@link AggregationBenchmark} compute the same sums (on 20,000 records). */
class AggregationBenchmarkTest {
  private static final int RECORDS = 20_000;

  @Test
  void columnarHandLoopAndStreamsAgree() {
    AggregationBenchmark benchmark = new AggregationBenchmark();
    AggregationBenchmark.Columns columns = new AggregationBenchmark.Columns();
    columns.records = RECORDS;
    columns.setUp();
    AggregationBenchmark.Arrays13 arrays = new AggregationBenchmark.Arrays13();
    arrays.records = RECORDS;
    arrays.setUp();
    AggregationBenchmark.Records records = new AggregationBenchmark.Records();
    records.records = RECORDS;
    records.setUp();

    PerformanceBreakdown columnar = benchmark.columnar(columns);
    assertThat(columnar)
        .isEqualTo(PerformanceBreakdown.of(AggregationBenchmark.GROUPING, records.list));
    Map<GroupKey, PerformanceSummary> streams = benchmark.streams(records);
    assertThat(streams).isEqualTo(columnar.groups());

    AggregationBenchmark.HandSums hand = benchmark.handLoop(arrays);
    long cellsWithPosts = java.util.Arrays.stream(hand.count).filter(c -> c > 0).count();
    assertThat(columnar.size()).isEqualTo((int) cellsWithPosts);
    columnar
        .groups()
        .forEach(
            (key, summary) -> {
              int cell =
                  AggregationBenchmark.PLATFORMS.indexOf(key.platform().orElseThrow()) * 168
                      + key.timeOfWeek().orElseThrow().index();
              assertThat(hand.count[cell]).isEqualTo(summary.count());
              for (Measure m : Measure.values()) {
                assertThat(hand.sums[m.ordinal()][cell]).isEqualTo(summary.sum(m));
                assertThat(hand.present[m.ordinal()][cell]).isEqualTo(summary.present(m));
              }
              assertThat(hand.spend[cell])
                  .isEqualTo(summary.total(MoneyMeasure.SPEND, CurrencyUnit.USD).getAmountMinorLong());
              assertThat(hand.spendPresent[cell]).isEqualTo(summary.present(MoneyMeasure.SPEND));
            });
  }

  @Test
  void threeSumWaysAgree() {
    AggregationBenchmark benchmark = new AggregationBenchmark();
    AggregationBenchmark.Columns columns = new AggregationBenchmark.Columns();
    columns.records = RECORDS;
    columns.setUp();
    AggregationBenchmark.Arrays13 arrays = new AggregationBenchmark.Arrays13();
    arrays.records = RECORDS;
    arrays.setUp();
    AggregationBenchmark.Records records = new AggregationBenchmark.Records();
    records.records = RECORDS;
    records.setUp();
    AggregationBenchmark.Posts posts = new AggregationBenchmark.Posts();
    posts.records = RECORDS;
    posts.setUp();

    PerformanceBreakdown columnar = benchmark.columnarThree(columns);
    assertThat(benchmark.recordsThree(records)).isEqualTo(columnar);
    assertThat(benchmark.accumulatorThree(records)).isEqualTo(columnar);
    assertThat(benchmark.records(records)).isEqualTo(benchmark.columnar(columns));
    AggregationBenchmark.HandSums hand = benchmark.handLoopThree(arrays);
    long[] fair = benchmark.streamsFair(posts);
    assertThat(columnar.size())
        .isEqualTo((int) java.util.Arrays.stream(hand.count).filter(c -> c > 0).count());
    columnar
        .groups()
        .forEach(
            (key, summary) -> {
              int cell =
                  AggregationBenchmark.PLATFORMS.indexOf(key.platform().orElseThrow()) * 168
                      + key.timeOfWeek().orElseThrow().index();
              assertThat(hand.count[cell]).isEqualTo(summary.count());
              assertThat(fair[cell * AggregationBenchmark.FAIR_WIDTH]).isEqualTo(summary.count());
              for (int m = 0; m < AggregationBenchmark.THREE_MEASURES.size(); m++) {
                Measure measure = AggregationBenchmark.THREE_MEASURES.get(m);
                assertThat(hand.sums[m][cell]).isEqualTo(summary.sum(measure));
                assertThat(hand.present[m][cell]).isEqualTo(summary.present(measure));
                int at = cell * AggregationBenchmark.FAIR_WIDTH + 1 + 2 * m;
                assertThat(fair[at]).isEqualTo(summary.sum(measure));
                assertThat(fair[at + 1]).isEqualTo(summary.present(measure));
              }
              assertThat(summary.measures())
                  .containsExactlyInAnyOrderElementsOf(AggregationBenchmark.THREE_MEASURES);
            });
  }
}
