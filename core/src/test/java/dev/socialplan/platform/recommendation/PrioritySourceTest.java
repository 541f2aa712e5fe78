package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrioritySourceTest {
  @Test
  void fourSourcesInTheOrderReasonsAreSorted() {
    assertThat(PrioritySource.values())
        .containsExactly(
            PrioritySource.GOAL,
            PrioritySource.BUSINESS_MODEL,
            PrioritySource.PRODUCT_TRAIT,
            PrioritySource.GENERATION);
  }
}
