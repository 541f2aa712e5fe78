package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.ALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BreakdownAccumulatorTest {
  private static final Grouping BY_PLATFORM = Grouping.by(Dimension.PLATFORM);

  @Test
  void addsAndMergesBuffersOfTheSameGrouping() {
    BreakdownAccumulator left = new BreakdownAccumulator(BY_PLATFORM);
    left.add(ALL.get(2));
    BreakdownAccumulator right = new BreakdownAccumulator(BY_PLATFORM);
    ALL.subList(0, 2).forEach(right::add);
    right.add(ALL.get(3));
    left.addAll(right);
    PerformanceBreakdown expected = PerformanceBreakdown.of(BY_PLATFORM, ALL);
    assertThat(left.snapshot()).isEqualTo(expected);
    assertThat(left.grouping()).isEqualTo(BY_PLATFORM);
    BreakdownAccumulator twice = Serialization.roundTrip(left);
    twice.addAll(expected);
    assertThat(twice.snapshot().total().count()).isEqualTo(8);
  }

  @Test
  void refusesAnotherGrouping() {
    BreakdownAccumulator a = new BreakdownAccumulator(BY_PLATFORM);
    assertThatThrownBy(() -> a.addAll(new BreakdownAccumulator(Grouping.by(Dimension.FORMAT))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
