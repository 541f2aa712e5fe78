package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DimensionTest {
  @Test
  void timeBasedDimensionsAreTheLastFour() {
    assertThat(Arrays.stream(Dimension.values()).filter(Dimension::isTimeBased))
        .containsExactly(Dimension.TIME_OF_WEEK, Dimension.DAY, Dimension.WEEK, Dimension.MONTH);
  }
}
