package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurchasingPowerTest {

  @Test
  void atLeast() {
    assertThat(PurchasingPower.HIGH.isAtLeast(PurchasingPower.MEDIUM)).isTrue();
    assertThat(PurchasingPower.MEDIUM.isAtLeast(PurchasingPower.MEDIUM)).isTrue();
    assertThat(PurchasingPower.LOW.isAtLeast(PurchasingPower.MEDIUM)).isFalse();
    assertThat(PurchasingPower.MEDIUM.isAtLeast(PurchasingPower.HIGH)).isFalse();
    assertThat(PurchasingPower.HIGH.isAtLeast(PurchasingPower.LOW)).isTrue();
  }
}
