package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerformanceAccumulatorTest {
  @Test
  void addsRecordsAndMergesBuffersInAnyOrder() {
    PerformanceAccumulator left = new PerformanceAccumulator();
    left.add(ALL.get(0));
    left.add(ALL.get(1));
    PerformanceAccumulator right = new PerformanceAccumulator();
    right.add(ALL.get(3));
    right.add(ALL.get(2));
    PerformanceAccumulator merged = new PerformanceAccumulator();
    merged.addAll(right);
    merged.addAll(left);
    assertThat(merged.count()).isEqualTo(4);
    assertThat(merged.snapshot()).isEqualTo(PerformanceSummary.of(ALL));
    assertThat(left.count()).isEqualTo(2);
  }

  @Test
  void emptyBufferSnapshotsToTheEmptySummaryAndSurvivesSerialisation() {
    assertThat(new PerformanceAccumulator().snapshot()).isSameAs(PerformanceSummary.empty());
    PerformanceAccumulator a = new PerformanceAccumulator();
    ALL.forEach(a::add);
    PerformanceAccumulator copy = Serialization.roundTrip(a);
    assertThat(copy.snapshot()).isEqualTo(a.snapshot());
    copy.addAll(PerformanceSummary.of(ALL));
    assertThat(copy.count()).isEqualTo(8);
  }
}
