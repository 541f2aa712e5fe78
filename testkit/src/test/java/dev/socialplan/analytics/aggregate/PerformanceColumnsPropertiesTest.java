package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.socialplan.testkit.generators.PerformanceGenerators;
import org.junit.jupiter.api.Test;

/** The columnar path is an exact, faster route to the record-by-record breakdown. */
class PerformanceColumnsPropertiesTest {

  @Test
  void columnarBreakdownEqualsTheRecordByRecordOracle() {
    qt().withExamples(200)
        .forAll(PerformanceGenerators.mixedRecordLists(300), PerformanceGenerators.groupings())
        .checkAssert(
            (records, grouping) ->
                assertThat(PerformanceColumns.of(records).aggregate(grouping))
                    .isEqualTo(PerformanceBreakdown.of(grouping, records)));
  }

  @Test
  void rangesMergeToTheWholeAndRowsRoundTrip() {
    qt().withExamples(200)
        .forAll(
            PerformanceGenerators.recordLists(200),
            PerformanceGenerators.groupings(),
            integers().between(0, 200))
        .checkAssert(
            (records, grouping, cutAt) -> {
              PerformanceColumns columns = PerformanceColumns.of(records);
              int cut = Math.min(cutAt, records.size());
              assertThat(
                      columns
                          .aggregate(grouping, 0, cut)
                          .merge(columns.aggregate(grouping, cut, records.size())))
                  .isEqualTo(columns.aggregate(grouping));
              for (int i = 0; i < records.size(); i++) {
                assertThat(columns.record(i)).isEqualTo(records.get(i));
              }
            });
  }
}
