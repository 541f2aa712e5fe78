package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorityReasonTest {
  @Test
  void holdsSourceFactorAndWeight() {
    PriorityReason reason = new PriorityReason(PrioritySource.GOAL, "CUSTOMER_SERVICE", 0.5);
    assertThat(reason.source()).isEqualTo(PrioritySource.GOAL);
    assertThat(reason.factor()).isEqualTo("CUSTOMER_SERVICE");
    assertThat(reason.weight()).isEqualTo(0.5);
    assertThat(reason).isEqualTo(new PriorityReason(PrioritySource.GOAL, "CUSTOMER_SERVICE", 0.5));
  }

  @Test
  void refusesImpossibleValues() {
    assertThatThrownBy(() -> new PriorityReason(PrioritySource.GOAL, " ", 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("factor");
    assertThatThrownBy(() -> new PriorityReason(PrioritySource.GOAL, "TRAFFIC", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> new PriorityReason(null, "TRAFFIC", 0.5))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("source");
  }
}
