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
}
