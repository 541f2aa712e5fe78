package dev.socialplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessModelTest {
  @Test
  void bothSellsToEveryone() {
    assertThat(BusinessModel.B2B.sellsToBusinesses()).isTrue();
    assertThat(BusinessModel.B2B.sellsToConsumers()).isFalse();
    assertThat(BusinessModel.B2C.sellsToBusinesses()).isFalse();
    assertThat(BusinessModel.B2C.sellsToConsumers()).isTrue();
    assertThat(BusinessModel.BOTH.sellsToBusinesses()).isTrue();
    assertThat(BusinessModel.BOTH.sellsToConsumers()).isTrue();
  }
}
