package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyMeasureTest {
  @Test
  void spendAndRevenue() {
    assertThat(MoneyMeasure.values()).containsExactly(MoneyMeasure.SPEND, MoneyMeasure.REVENUE);
  }
}
