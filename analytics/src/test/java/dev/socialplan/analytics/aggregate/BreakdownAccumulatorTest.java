package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.ALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BreakdownAccumulatorTest {
  private static Grouping byPlatform() {
    return Grouping.by(Dimension.PLATFORM);
  }

  @Test
  void addsAndMergesBuffersOfTheSameGrouping() {
    BreakdownAccumulator left = new BreakdownAccumulator(byPlatform());
    left.add(ALL.get(2));
    BreakdownAccumulator right = new BreakdownAccumulator(byPlatform());
    ALL.subList(0, 2).forEach(right::add);
    right.add(ALL.get(3));
    left.addAll(right);
    PerformanceBreakdown expected = PerformanceBreakdown.of(byPlatform(), ALL);
    assertThat(left.snapshot()).isEqualTo(expected);
    assertThat(left.grouping()).isEqualTo(byPlatform());
    BreakdownAccumulator twice = Serialization.roundTrip(left);
    twice.addAll(expected);
    assertThat(twice.snapshot().total().count()).isEqualTo(8);
  }

  @Test
  void refusesAnotherGrouping() {
    BreakdownAccumulator a = new BreakdownAccumulator(byPlatform());
    assertThatThrownBy(() -> a.addAll(new BreakdownAccumulator(Grouping.by(Dimension.FORMAT))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
