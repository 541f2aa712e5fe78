package dev.socialplan.analytics.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakdownTest {
  @Test
  void suggestionsFollowTheBreakdown() {
    BudgetPerformance performance = BudgetPerformance.of(BudgetFixtures.BUDGET, BudgetFixtures.spend());
    assertThat(performance.suggestReallocation(Breakdown.PLATFORM).recipient()).contains("Instagram");
    assertThat(performance.suggestReallocation(Breakdown.CATEGORY).recipient()).contains("Paid promotion");
    assertThat(Breakdown.values()).containsExactly(Breakdown.PLATFORM, Breakdown.CATEGORY);
  }
}
