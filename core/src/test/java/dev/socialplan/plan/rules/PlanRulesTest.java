package dev.socialplan.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.audience.rules.AudienceRules;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.rules.BudgetRules;
import dev.socialplan.competition.rules.CompetitionRules;
import dev.socialplan.content.rules.ContentRules;
import dev.socialplan.goal.rules.GoalRules;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.tactic.rules.TacticRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
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
    assertThat(PlanRules.COMPLETENESS.check(DRAFT, ValidationContext.standard()))
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
    assertThat(PlanRules.COMPLETENESS.check(WITH_PARTS, ValidationContext.standard()))
        .extracting(f -> f.code().name())
        .doesNotContain("PLAN_NO_PLATFORM", "PLAN_NO_BUDGET");
  }

  @Test
  void standardStartsWithCompletenessAndHoldsEveryConceptsRules() {
    assertThat(PlanRules.standard().rules().get(0)).isEqualTo(PlanRules.COMPLETENESS);
    assertThat(PlanRules.standard().codes())
        .containsAll(GoalRules.standard().codes())
        .containsAll(AudienceRules.standard().codes())
        .containsAll(CompetitionRules.standard().codes())
        .containsAll(PlatformRules.standard().codes())
        .containsAll(ContentRules.standard().codes())
        .containsAll(TacticRules.standard().codes())
        .containsAll(BudgetRules.standard().codes());
  }

  @Test
  void standardReportsWhatADraftLacks() {
    ValidationReport report = PlanRules.standard().validate(DRAFT);
    assertThat(report.isValid()).isFalse();
    assertThat(report.codes())
        .contains(
            "PLAN_NO_BUSINESS_OBJECTIVES",
            "PLAN_NO_GOALS",
            "PLAN_NO_AUDIENCE",
            "PLAN_NO_COMPETITORS",
            "PLAN_NO_CONTENT_STRATEGY",
            "PLAN_NO_PLATFORM",
            "PLAN_NO_BUDGET");
    assertThat(report.whatToDoNext().get(0).code().name()).isEqualTo("PLAN_NO_PLATFORM");
  }

  @Test
  void standardIsOneSharedImmutableSet() {
    assertThat(PlanRules.standard()).isSameAs(PlanRules.standard());
    PlanRules.standard().without("PLAN_NO_BUDGET");
    assertThat(PlanRules.standard().codes())
        .extracting(FindingCode::name)
        .contains("PLAN_NO_BUDGET");
  }

  @Test
  void standardTakesCustomRulesWrittenWithThePublicApi() {
    FindingCode noMission =
        FindingCode.literal(
            "ACME_NO_MISSION",
            Severity.INFO,
            MethodStep.CONTENT,
            "{brand} has no mission statement.",
            "Write one sentence on why the brand exists.");
    Rule<StrategyPlan> mission =
        Rule.of(
            "acme.mission",
            List.of(noMission),
            (plan, context) ->
                plan.brand().missionStatement().isPresent()
                    ? List.of()
                    : List.of(
                        Finding.of(
                            noMission,
                            "brand.missionStatement",
                            FindingArgument.text("brand", plan.brand().name()))));
    ValidationReport report = PlanRules.standard().with(mission).validate(DRAFT);
    assertThat(report.onlyCode("ACME_NO_MISSION").findings())
        .containsExactly(
            Finding.of(
                noMission,
                "brand.missionStatement",
                FindingArgument.text("brand", "Glow Cosmetics")));
  }

  @Test
  void noPlatformIsAnErrorWithAHint() {
    Finding f = Finding.of(PlanRules.PLAN_NO_PLATFORM, "platforms");
    assertThat(f.severity().name()).isEqualTo("ERROR");
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("No platform is chosen.");
    assertThat(f.hint(Locale.TAIWAN)).startsWith("選擇受眾最常使用的平台");
  }
}
