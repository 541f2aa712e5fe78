package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.testkit.generators.PerformanceGenerators;
import org.junit.jupiter.api.Test;

/** Grouped breakdowns merge exactly for every split, order and grouping. */
class PerformanceBreakdownPropertiesTest {

  @Test
  void anySplitMergedInAnyOrderAndShapeEqualsTheWholeExactly() {
    qt().withExamples(300)
        .forAll(
            PerformanceGenerators.mixedRecordLists(150),
            PerformanceGenerators.groupings(),
            longs().all())
        .checkAssert(
            (records, grouping, seed) ->
                assertThat(
                        Merging.splitAggregateMerge(
                            records,
                            seed,
                            part -> PerformanceBreakdown.of(grouping, part),
                            PerformanceBreakdown::merge))
                    .isEqualTo(PerformanceBreakdown.of(grouping, records)));
  }

  @Test
  void groupsPartitionTheRecordsAndTheTotalIsTheSummary() {
    qt().withExamples(300)
        .forAll(PerformanceGenerators.recordLists(150), PerformanceGenerators.groupings())
        .checkAssert(
            (records, grouping) -> {
              PerformanceBreakdown b = PerformanceBreakdown.of(grouping, records);
              assertThat(b.total()).isEqualTo(PerformanceSummary.of(records));
              assertThat(b.groups().values().stream().mapToLong(PerformanceSummary::count).sum())
                  .isEqualTo(records.size());
              for (PerformanceRecord r : records) {
                assertThat(b.get(grouping.keyOf(r))).isPresent();
              }
              assertThat(records.parallelStream().collect(PerformanceBreakdown.collector(grouping)))
                  .isEqualTo(b);
              assertThat(PerformanceSummaryPropertiesTest.roundTrip(b)).isEqualTo(b);
            });
  }

  @Test
  void emptyIsTheIdentity() {
    qt().forAll(PerformanceGenerators.recordLists(50), PerformanceGenerators.groupings())
        .checkAssert(
            (records, grouping) -> {
              PerformanceBreakdown b = PerformanceBreakdown.of(grouping, records);
              assertThat(b.merge(PerformanceBreakdown.empty(grouping))).isEqualTo(b);
              assertThat(PerformanceBreakdown.empty(grouping).merge(b)).isEqualTo(b);
            });
  }
}
