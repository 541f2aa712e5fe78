package dev.socialplan.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.budget.Budget;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationContext;
import java.time.LocalDate;
import java.util.Locale;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PlanRulesTest {
  private static final StrategyPlan DRAFT =
      StrategyPlan.of(Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C));
  private static final StrategyPlan WITH_PARTS =
      StrategyPlan.builder()
          .from(DRAFT)
          .addPlatform(PlatformChoice.of(Platform.INSTAGRAM, "visual product"))
          .budget(
              Budget.of(
                  Money.parse("TWD 120000"),
                  LocalDateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1))))
          .build();

  @Test
  void aDraftLacksEveryPart() {
    assertThat(PlanRules.COMPLETENESS.check(DRAFT, ValidationContext.defaults()))
        .containsExactly(
            Finding.of(PlanRules.PLAN_NO_BUSINESS_OBJECTIVES, "businessObjectives"),
            Finding.of(PlanRules.PLAN_NO_GOALS, "goals"),
            Finding.of(PlanRules.PLAN_NO_AUDIENCE, "audience"),
            Finding.of(PlanRules.PLAN_NO_COMPETITORS, "competitors"),
            Finding.of(PlanRules.PLAN_NO_CONTENT_STRATEGY, "content"),
            Finding.of(PlanRules.PLAN_NO_PLATFORM, "platforms"),
            Finding.of(PlanRules.PLAN_NO_BUDGET, "budget"));
  }

  @Test
  void partsThatArePresentAreNotReported() {
    assertThat(PlanRules.COMPLETENESS.check(WITH_PARTS, ValidationContext.defaults()))
        .extracting(f -> f.code().name())
        .doesNotContain("PLAN_NO_PLATFORM", "PLAN_NO_BUDGET");
  }

  @Test
  void standardIsTheCompletenessRule() {
    assertThat(PlanRules.standard().rules()).containsExactly(PlanRules.COMPLETENESS);
    assertThat(PlanRules.standard().validate(DRAFT).codes())
        .containsExactlyInAnyOrder(
            "PLAN_NO_BUSINESS_OBJECTIVES",
            "PLAN_NO_GOALS",
            "PLAN_NO_AUDIENCE",
            "PLAN_NO_COMPETITORS",
            "PLAN_NO_CONTENT_STRATEGY",
            "PLAN_NO_PLATFORM",
            "PLAN_NO_BUDGET");
  }

  @Test
  void noPlatformIsAnErrorWithAHint() {
    Finding f = Finding.of(PlanRules.PLAN_NO_PLATFORM, "platforms");
    assertThat(f.severity().name()).isEqualTo("ERROR");
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("No platform is chosen.");
    assertThat(f.hint(Locale.TAIWAN)).startsWith("選擇受眾最常使用的平台");
  }
}
