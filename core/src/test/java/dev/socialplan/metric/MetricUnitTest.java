package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricUnitTest {

  @Test
  void everyUnitMeasuresSomeWellKnownMetric() {
    for (MetricUnit unit : MetricUnit.values()) {
      assertThat(MetricKind.wellKnown()).as(unit.name()).anyMatch(m -> m.unit() == unit);
    }
  }
}
