package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Both ways of {@link AccountGroupingBenchmark} compute the same sums (on 20,000 records). */
class AccountGroupingBenchmarkTest {
  private static final int RECORDS = 20_000;

  @Test
  void columnarAndHandLoopAgree() {
    AccountGroupingBenchmark benchmark = new AccountGroupingBenchmark();
    AccountGroupingBenchmark.Columns columns = new AccountGroupingBenchmark.Columns();
    columns.records = RECORDS;
    columns.setUp();
    AccountGroupingBenchmark.Arrays16 arrays = new AccountGroupingBenchmark.Arrays16();
    arrays.records = RECORDS;
    arrays.setUp();
    PerformanceBreakdown columnar = benchmark.columnar(columns);
    AggregationBenchmark.HandSums hand = benchmark.handLoop(arrays);
    long cellsWithPosts = java.util.Arrays.stream(hand.count).filter(c -> c > 0).count();
    assertThat(columnar.size()).isEqualTo((int) cellsWithPosts);
    columnar.groups().forEach((key, summary) -> {
      int account = Integer.parseInt(key.account().orElseThrow().substring("account-".length()));
      int cell = account * 168 + key.timeOfWeek().orElseThrow().index();
      assertThat(hand.count[cell]).isEqualTo(summary.count());
      for (Measure m : Measure.values()) {
        assertThat(hand.sums[m.ordinal()][cell]).isEqualTo(summary.sum(m));
        assertThat(hand.present[m.ordinal()][cell]).isEqualTo(summary.present(m));
      }
      assertThat(hand.spend[cell])
          .isEqualTo(summary.total(MoneyMeasure.SPEND, CurrencyUnit.USD).getAmountMinorLong());
    });
  }
}
