package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HouseholdTypeTest {

  @Test
  void householdsWithChildren() {
    assertThat(Arrays.stream(HouseholdType.values()).filter(HouseholdType::hasChildren))
        .containsExactly(HouseholdType.SINGLE_PARENT, HouseholdType.COUPLE_WITH_CHILDREN);
    assertThat(HouseholdType.values()).hasSize(7);
  }
}
