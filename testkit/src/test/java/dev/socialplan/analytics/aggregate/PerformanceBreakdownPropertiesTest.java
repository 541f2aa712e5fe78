package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.testkit.generators.PerformanceGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
              // By hashtag a post counts once per hashtag (once when it has none), as documented.
              List<PerformanceRecord> counted = new ArrayList<>();
              for (PerformanceRecord r : records) {
                for (GroupKey key : grouping.keysOf(r)) {
                  counted.add(r);
                  assertThat(b.get(key)).isPresent();
                }
              }
              assertThat(b.total()).isEqualTo(PerformanceSummary.of(counted));
              assertThat(b.groups().values().stream().mapToLong(PerformanceSummary::count).sum())
                  .isEqualTo(counted.size());
              if (!grouping.uses(Dimension.HASHTAG)) {
                assertThat(counted).hasSameSizeAs(records);
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

  @Test
  void aComputedBreakdownIsRebuiltEqualFromItsGroups() {
    qt().withExamples(300)
        .forAll(PerformanceGenerators.projectedGroupings(),
            PerformanceGenerators.mixedRecordLists(150))
        .checkAssert(
            (grouping, records) -> {
              PerformanceBreakdown computed = PerformanceBreakdown.of(grouping, records);
              PerformanceBreakdown rebuilt =
                  PerformanceBreakdown.of(grouping, new HashMap<>(computed.groups()));
              assertThat(rebuilt).isEqualTo(computed).hasSameHashCodeAs(computed);
              assertThat(rebuilt.groups().keySet())
                  .containsExactlyElementsOf(computed.groups().keySet());
              assertThat(rebuilt.total()).isEqualTo(computed.total());
              // Record by record, a projected grouping's new groups are projected too.
              PerformanceBreakdown plus = PerformanceBreakdown.empty(grouping);
              for (PerformanceRecord r : records) {
                plus = plus.plus(r);
              }
              assertThat(plus).isEqualTo(computed);
              assertThat(PerformanceBreakdown.of(grouping, plus.groups())).isEqualTo(computed);
            });
  }
}
