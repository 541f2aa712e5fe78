package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerformanceAccumulatorTest {
  @Test
  void addsRecordsAndMergesBuffersInAnyOrder() {
    PerformanceAccumulator left = new PerformanceAccumulator();
    left.add(all().get(0));
    left.add(all().get(1));
    PerformanceAccumulator right = new PerformanceAccumulator();
    right.add(all().get(3));
    right.add(all().get(2));
    PerformanceAccumulator merged = new PerformanceAccumulator();
    merged.addAll(right);
    merged.addAll(left);
    assertThat(merged.count()).isEqualTo(4);
    assertThat(merged.snapshot()).isEqualTo(PerformanceSummary.of(all()));
    assertThat(left.count()).isEqualTo(2);
  }

  @Test
  void emptyBufferSnapshotsToTheEmptySummaryAndSurvivesSerialisation() {
    assertThat(new PerformanceAccumulator().snapshot()).isSameAs(PerformanceSummary.empty());
    PerformanceAccumulator a = new PerformanceAccumulator();
    all().forEach(a::add);
    PerformanceAccumulator copy = Serialization.roundTrip(a);
    assertThat(copy.snapshot()).isEqualTo(a.snapshot());
    copy.addAll(PerformanceSummary.of(all()));
    assertThat(copy.count()).isEqualTo(8);
  }

  @Test
  void mergingASummaryOfFewerMeasuresKeepsOnlyTheMeasuresBothAddUp() {
    java.util.List<PerformanceRecord> twice = new java.util.ArrayList<>(all());
    twice.addAll(all());
    Grouping narrow =
        Grouping.none()
            .withMeasures(java.util.EnumSet.of(Measure.IMPRESSIONS))
            .withAmounts(java.util.Set.of());
    PerformanceAccumulator a = new PerformanceAccumulator();
    all().forEach(a::add);
    a.addAll(PerformanceColumns.of(all()).aggregate(narrow).total());
    PerformanceSummary merged = a.snapshot();
    // Equal to the summary of the same measures, whose other totals are all zero.
    assertThat(merged).isEqualTo(RecordByRecord.breakdown(narrow, twice).total());
    assertThat(merged.measures()).containsExactly(Measure.IMPRESSIONS);
    assertThat(merged.amounts()).isEmpty();
    // Leaving out only revenue keeps the spend and every count.
    Grouping spendOnly = Grouping.none().withAmounts(java.util.EnumSet.of(MoneyMeasure.SPEND));
    PerformanceAccumulator b = new PerformanceAccumulator();
    all().forEach(b::add);
    b.addAll(PerformanceColumns.of(all()).aggregate(spendOnly).total());
    assertThat(b.snapshot()).isEqualTo(RecordByRecord.breakdown(spendOnly, twice).total());
    assertThat(b.snapshot().amounts()).containsExactly(MoneyMeasure.SPEND);
    // Leaving out only spend keeps the revenue.
    Grouping revenueOnly = Grouping.none().withAmounts(java.util.EnumSet.of(MoneyMeasure.REVENUE));
    PerformanceAccumulator c = new PerformanceAccumulator();
    all().forEach(c::add);
    c.addAll(PerformanceColumns.of(all()).aggregate(revenueOnly).total());
    assertThat(c.snapshot()).isEqualTo(RecordByRecord.breakdown(revenueOnly, twice).total());
  }
}
