package dev.socialplan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetCategoryTest {

  @Test
  void listsTheSevenCategoriesOfTheSpecInOrder() {
    assertThat(BudgetCategory.values())
        .containsExactly(
            BudgetCategory.CONTENT_CREATION,
            BudgetCategory.PAID_PROMOTION,
            BudgetCategory.INFLUENCERS,
            BudgetCategory.TOOLS,
            BudgetCategory.PEOPLE,
            BudgetCategory.LIVE_PRODUCTION,
            BudgetCategory.AR_PRODUCTION);
  }
}
