package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Strength;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityTest {
  private static final PriorityReason GOAL =
      new PriorityReason(PrioritySource.GOAL, "AUDIENCE_GROWTH", 0.2);
  private static final PriorityReason GEN_Z =
      new PriorityReason(PrioritySource.GENERATION, "GEN_Z", 0.3);

  @Test
  void copiesItsReasons() {
    List<PriorityReason> reasons = new ArrayList<>(List.of(GEN_Z, GOAL));
    Priority p = new Priority(Strength.SHORT_VIDEO, 0.5, reasons);
    reasons.clear();
    assertThat(p.reasons()).containsExactly(GEN_Z, GOAL);
    assertThat(p.strength()).isEqualTo(Strength.SHORT_VIDEO);
    assertThat(p.weight()).isEqualTo(0.5);
  }

  @Test
  void refusesAPriorityWithoutReasonOrWithAnImpossibleWeight() {
    assertThatThrownBy(() -> new Priority(Strength.LIVE, 0.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reasons");
    assertThatThrownBy(() -> new Priority(Strength.LIVE, -0.1, List.of(GOAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight");
  }
}
