package dev.socialplan.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
  private static final StrategyPlan DRAFT =
      StrategyPlan.of(Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C));

  @Test
  void standardReportsWhatADraftLacks() {
    ValidationReport report = PlanValidator.standard().validate(DRAFT);
    assertThat(report.isValid()).isFalse();
    assertThat(report.codes()).contains("PLAN_NO_PLATFORM", "PLAN_NO_BUDGET");
    assertThat(report.whatToDoNext().get(0).code().name()).isEqualTo("PLAN_NO_PLATFORM");
  }

  @Test
  void isOneSharedImmutableSet() {
    assertThat(PlanValidator.standard()).isSameAs(PlanValidator.standard());
    PlanValidator.standard().without("PLAN_NO_BUDGET");
    assertThat(PlanValidator.standard().codes())
        .extracting(FindingCode::name)
        .contains("PLAN_NO_BUDGET");
  }

  @Test
  void takesCustomRulesWrittenWithThePublicApi() {
    FindingCode noMission =
        FindingCode.literal(
            "ACME_NO_MISSION",
            Severity.INFO,
            MethodStep.CONTENT,
            "{0} has no mission statement.",
            "Write one sentence on why the brand exists.");
    Rule<StrategyPlan> mission =
        Rule.of(
            "acme.mission",
            List.of(noMission),
            (plan, context) ->
                plan.brand().missionStatement().isPresent()
                    ? List.of()
                    : List.of(Finding.of(noMission, "brand.missionStatement", plan.brand().name())));
    ValidationReport report = PlanValidator.standard().with(mission).validate(DRAFT);
    assertThat(report.onlyCode("ACME_NO_MISSION").findings())
        .containsExactly(Finding.of(noMission, "brand.missionStatement", "Glow Cosmetics"));
  }
}
