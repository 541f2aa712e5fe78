package dev.socialplan.analytics.budget;

import static dev.socialplan.analytics.budget.BudgetFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Reallocation suggestions at the edges their rules turn on: ties, the minimum gap, zero ROI, tiny spend. */
class ReallocationEdgesTest {
  private static Budget budget() {
    return Budget.of(usd("1000"), LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1)));
  }

  private static SpendLine promotion(Platform platform, String spent, String revenue) {
    return SpendLine.of(platform, BudgetCategory.PAID_PROMOTION, usd(spent), usd(revenue));
  }

  @Test
  void tiedLinesGiveAndReceiveInTheOrderListed() {
    BudgetPerformance performance =
        BudgetPerformance.of(
            budget(),
            List.of(
                promotion(Platform.FACEBOOK, "100", "100"),
                promotion(Platform.INSTAGRAM, "100", "100"),
                promotion(Platform.TIKTOK, "100", "200"),
                promotion(Platform.X, "100", "200")));
    Reallocation move = performance.suggestReallocation(Breakdown.PLATFORM);
    assertThat(move.donor()).contains("Facebook");
    assertThat(move.recipient()).contains("TikTok");
    assertThat(move.amount()).isEqualTo(usd("20.00"));
    // An ROI of exactly zero neither gains nor loses money.
    assertThat(move.reasoning()).doesNotContain("loses money");
  }

  @Test
  void aGapEqualToTheMinimumIsNotActedOn() {
    ReallocationPolicy quarter = new ReallocationPolicy(0.2, 0.25);
    BudgetPerformance equalToGap =
        BudgetPerformance.of(
            budget(),
            List.of(promotion(Platform.FACEBOOK, "100", "150"), promotion(Platform.INSTAGRAM, "100", "175")));
    Reallocation none = equalToGap.suggestReallocation(Breakdown.PLATFORM, quarter);
    assertThat(none.isMove()).isFalse();
    assertThat(none.reasoning())
        .isEqualTo(
            "No move suggested: the returns per platform are too close to act on (ROI from 50% on"
                + " Facebook to 75% on Instagram; a gap above 25 points is required).");
    BudgetPerformance aboveGap =
        BudgetPerformance.of(
            budget(),
            List.of(promotion(Platform.FACEBOOK, "100", "150"), promotion(Platform.INSTAGRAM, "100", "176")));
    assertThat(aboveGap.suggestReallocation(Breakdown.PLATFORM, quarter).isMove()).isTrue();
  }

  @Test
  void theGapIsTheDifferenceBetweenALossAndAGain() {
    // ROI −50 % and +50 %: a gap of 100 points, above the 50 required.
    BudgetPerformance performance =
        BudgetPerformance.of(
            budget(),
            List.of(promotion(Platform.FACEBOOK, "100", "50"), promotion(Platform.INSTAGRAM, "100", "150")));
    Reallocation move = performance.suggestReallocation(Breakdown.PLATFORM, new ReallocationPolicy(0.2, 0.5));
    assertThat(move.isMove()).isTrue();
    assertThat(move.donor()).contains("Facebook");
    assertThat(move.reasoning()).contains("Spending on Facebook loses money");
  }

  @Test
  void aShareOfTooSmallASpendIsNotMoved() {
    // 20 % of USD 0.04 is USD 0.008, below a cent.
    BudgetPerformance performance =
        BudgetPerformance.of(
            budget(),
            List.of(promotion(Platform.FACEBOOK, "0.04", "0.01"), promotion(Platform.INSTAGRAM, "100", "300")));
    Reallocation none = performance.suggestReallocation(Breakdown.PLATFORM);
    assertThat(none.isMove()).isFalse();
    assertThat(none.amount()).isEqualTo(usd("0.00"));
    assertThat(none.reasoning())
        .isEqualTo("No move suggested: Facebook spent too little (USD 0.04) for a share of it to be moved.");
  }

  @Test
  void categoriesPlannedButNotSpentOnAndSpentOnButNotPlannedAreBothListed() {
    Budget planned =
        budget().plusAllocation(Allocation.of(Platform.FACEBOOK, BudgetCategory.CONTENT_CREATION, usd("300")));
    BudgetPerformance performance =
        BudgetPerformance.of(planned, List.of(promotion(Platform.FACEBOOK, "100", "150")));
    assertThat(performance.byCategory())
        .extracting(l -> l.category().orElseThrow())
        .containsExactlyInAnyOrder(BudgetCategory.PAID_PROMOTION, BudgetCategory.CONTENT_CREATION);
    PerformanceLine content =
        performance.byCategory().stream()
            .filter(l -> l.category().orElseThrow() == BudgetCategory.CONTENT_CREATION)
            .findFirst()
            .orElseThrow();
    assertThat(content.planned()).isEqualTo(usd("300"));
    assertThat(content.spent()).isEqualTo(usd("0"));
  }
}
