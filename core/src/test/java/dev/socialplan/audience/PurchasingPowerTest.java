package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurchasingPowerTest {

  @Test
  void orderedFromLowToHigh() {
    assertThat(PurchasingPower.values())
        .containsExactly(PurchasingPower.LOW, PurchasingPower.MEDIUM, PurchasingPower.HIGH);
  }

  @Test
  void atLeast() {
    assertThat(PurchasingPower.HIGH.isAtLeast(PurchasingPower.MEDIUM)).isTrue();
    assertThat(PurchasingPower.MEDIUM.isAtLeast(PurchasingPower.MEDIUM)).isTrue();
    assertThat(PurchasingPower.LOW.isAtLeast(PurchasingPower.MEDIUM)).isFalse();
  }
}
