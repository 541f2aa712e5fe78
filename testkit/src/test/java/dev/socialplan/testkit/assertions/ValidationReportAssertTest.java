package dev.socialplan.testkit.assertions;

import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;
import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThatThrownBy;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.rules.BudgetRules;
import dev.socialplan.competition.rules.CompetitionRules;
import dev.socialplan.goal.rules.GoalRules;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class ValidationReportAssertTest {
  static final Finding OVER_TOTAL =
      Finding.of(
          BudgetRules.BUDGET_OVER_TOTAL,
          "budget.allocations",
          FindingArgument.money("allocated", Money.parse("TWD 1500.00")),
          FindingArgument.money("total", Money.parse("TWD 1000.00")),
          FindingArgument.money("excess", Money.parse("TWD 500.00")));
  static final Finding NOT_ACHIEVABLE =
      Finding.of(
          GoalRules.GOAL_NOT_ACHIEVABLE,
          "goals[1].target",
          FindingArgument.text("goal", "Followers"),
          FindingArgument.decimal("pace", 463.33),
          FindingArgument.decimal("lowest", 180),
          FindingArgument.decimal("highest", 260),
          FindingArgument.decimal("tolerancePercent", 20),
          FindingArgument.decimal("reachable", 312));
  static final Finding TOO_MANY =
      Finding.of(
          CompetitionRules.COMPETITION_TOO_MANY,
          "competitors",
          FindingArgument.integer("competitors", 7),
          FindingArgument.integer("maximum", 5));
  static final ValidationReport REPORT = ValidationReport.of(List.of(OVER_TOTAL, NOT_ACHIEVABLE, TOO_MANY));
  static final ValidationReport WARNINGS_ONLY = ValidationReport.of(List.of(NOT_ACHIEVABLE, TOO_MANY));

  /** A plan whose allocations exceed its total: the example of an assertion in the testkit's package documentation. */
  private static final StrategyPlan OVER_BUDGET =
      StrategyPlan.builder()
          .brand(Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C))
          .addPlatform(PlatformChoice.of(Platform.INSTAGRAM, "visual product"))
          .budget(
              Budget.of(
                      Money.parse("TWD 1000"),
                      LocalDateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)))
                  .plusAllocation(Allocation.of(Platform.INSTAGRAM, Money.parse("TWD 1500"))))
          .build();

  @Test
  void theCanonicalFormWorksOnARealReport() {
    ValidationReport report = PlanRules.standard().validate(OVER_BUDGET);
    assertThat(report).hasError("BUDGET_OVER_TOTAL").at("budget");
    assertThat(report).isNotValid().hasWarning("PLAN_NO_GOALS").at("goals");
  }

  @Test
  void isValidPassesWithWarningsAndFailsListingTheErrors() {
    assertThat(WARNINGS_ONLY).isValid().hasNoErrors();
    assertThat(ValidationReport.empty()).isValid().hasNoFindings().hasNoWarnings().hasSize(0);
    assertThatThrownBy(() -> assertThat(REPORT).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to be valid (no ERROR), but it has 1 error:")
        .hasMessageContaining(
            "\n    ERROR BUDGET_OVER_TOTAL at budget.allocations [allocated=TWD 1500.00, total=TWD 1000.00, excess=TWD 500.00]")
        .hasMessageContaining("The report:\n  ValidationReport{1 error, 1 warning, 1 info}")
        .hasMessageContaining("\n    WARNING GOAL_NOT_ACHIEVABLE at goals[1].target");
    assertThatThrownBy(() -> assertThat(REPORT).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to have no ERROR, but it has 1 error:");
  }

  @Test
  void isNotValidNeedsAnError() {
    assertThat(REPORT).isNotValid();
    assertThatThrownBy(() -> assertThat(WARNINGS_ONLY).isNotValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the report not to be valid (to have an ERROR), but it has none.");
  }

  @Test
  void hasNoWarningsAndHasNoFindingsAndHasSize() {
    assertThat(ValidationReport.of(List.of(OVER_TOTAL))).hasNoWarnings().hasSize(1);
    assertThatThrownBy(() -> assertThat(REPORT).hasNoWarnings())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to have no WARNING, but it has 1 warning:")
        .hasMessageContaining("\n    WARNING GOAL_NOT_ACHIEVABLE at goals[1].target");
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the report to have no finding, but it has 3 findings.");
    assertThatThrownBy(() -> assertThat(REPORT).hasSize(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the report to have 2 findings, but it has 3.");
  }

  @Test
  void hasErrorWarningAndInfoFindTheSeverityAsked() {
    assertThat(REPORT).hasError("BUDGET_OVER_TOTAL");
    assertThat(REPORT).hasWarning("GOAL_NOT_ACHIEVABLE");
    assertThat(REPORT).hasInfo("COMPETITION_TOO_MANY");
    assertThat(REPORT).hasFinding("COMPETITION_TOO_MANY").isEqualTo(TOO_MANY);
    assertThat(assertThat(REPORT).hasError("BUDGET_OVER_TOTAL").findings()).containsExactly(OVER_TOTAL);
  }

  @Test
  void aCodeOfAnotherSeverityIsNamedInTheFailure() {
    assertThatThrownBy(() -> assertThat(REPORT).hasError("GOAL_NOT_ACHIEVABLE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the report to have an ERROR with code \"GOAL_NOT_ACHIEVABLE\", but it has"
                + " none. It has \"GOAL_NOT_ACHIEVABLE\" with another severity:\n"
                + "    WARNING GOAL_NOT_ACHIEVABLE at goals[1].target");
    assertThatThrownBy(() -> assertThat(REPORT).hasWarning("COMPETITION_TOO_MANY"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to have a WARNING with code \"COMPETITION_TOO_MANY\"")
        .hasMessageContaining("INFO COMPETITION_TOO_MANY at competitors [competitors=7, maximum=5]");
    assertThatThrownBy(() -> assertThat(REPORT).hasInfo("BUDGET_OVER_TOTAL"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to have an INFO with code \"BUDGET_OVER_TOTAL\"");
  }

  @Test
  void aMissingCodeFailsListingTheReport() {
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("PLAN_NO_BUDGET"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the report to have a finding with code \"PLAN_NO_BUDGET\", but it has none.\n"
                + "The report:\n"
                + "  ValidationReport{1 error, 1 warning, 1 info}\n"
                + "    WARNING GOAL_NOT_ACHIEVABLE at goals[1].target [goal=Followers, pace=463.33, lowest=180.0, highest=260.0, tolerancePercent=20.0, reachable=312.0]\n"
                + "    INFO COMPETITION_TOO_MANY at competitors [competitors=7, maximum=5]\n"
                + "    ERROR BUDGET_OVER_TOTAL at budget.allocations [allocated=TWD 1500.00, total=TWD 1000.00, excess=TWD 500.00]");
  }

  @Test
  void hasNoFindingWithCode() {
    assertThat(REPORT).hasNoFindingWithCode("PLAN_NO_BUDGET");
    assertThatThrownBy(() -> assertThat(REPORT).hasNoFindingWithCode("COMPETITION_TOO_MANY"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the report to have no finding with code \"COMPETITION_TOO_MANY\", but it has 1"
                + " finding with it:\n    INFO COMPETITION_TOO_MANY at competitors [competitors=7, maximum=5]");
  }

  @Test
  void hasCodesWantsEachOfThem() {
    assertThat(REPORT).hasCodes("GOAL_NOT_ACHIEVABLE", "BUDGET_OVER_TOTAL");
    assertThat(REPORT).hasCodes();
    assertThatThrownBy(() -> assertThat(REPORT).hasCodes("BUDGET_OVER_TOTAL", "PLAN_NO_GOALS", "PLAN_NO_AUDIENCE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the report to have the codes [BUDGET_OVER_TOTAL, PLAN_NO_GOALS,"
                + " PLAN_NO_AUDIENCE], but it lacks [PLAN_NO_AUDIENCE, PLAN_NO_GOALS].");
  }

  @Test
  void hasExactlyCodesWantsThoseAndNoOthers() {
    assertThat(REPORT).hasExactlyCodes("COMPETITION_TOO_MANY", "BUDGET_OVER_TOTAL", "GOAL_NOT_ACHIEVABLE");
    assertThat(ValidationReport.empty()).hasExactlyCodes();
    assertThatThrownBy(() -> assertThat(REPORT).hasExactlyCodes("BUDGET_OVER_TOTAL", "PLAN_NO_GOALS"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the report to have exactly the codes [BUDGET_OVER_TOTAL, PLAN_NO_GOALS], but"
                + " it lacks [PLAN_NO_GOALS] and it also has [COMPETITION_TOO_MANY, GOAL_NOT_ACHIEVABLE].");
    assertThatThrownBy(() -> assertThat(ValidationReport.of(List.of(TOO_MANY))).hasExactlyCodes())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the report to have exactly the codes [], but it also has [COMPETITION_TOO_MANY].");
  }

  @Test
  void theDescriptionOfTheAssertionPrefixesItsFailures() {
    assertThatThrownBy(() -> assertThat(REPORT).as("the article's plan").hasError("PLAN_NO_BUDGET"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[the article's plan] Expecting the report to have an ERROR");
    assertThatThrownBy(
            () -> assertThat(REPORT).as("the article's plan").hasError("BUDGET_OVER_TOTAL").at("goals"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("[the article's plan] Expecting an ERROR BUDGET_OVER_TOTAL at \"goals\"");
  }

  @Test
  void aNullReportOrCodeIsRefused() {
    assertThatThrownBy(() -> assertThat((ValidationReport) null).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat(REPORT).hasError(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code must not be null");
  }
}
