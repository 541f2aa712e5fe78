package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.budget.Budget;
import dev.socialplan.competition.Competitor;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plan of {@link PlanValidationBenchmark} has the size docs/performance.md names and validates like a
 * real plan: without throwing, with nothing missing, and with the findings planted in it.
 */
class PlanValidationBenchmarkTest {

  @Test
  void thePlanHasTheNfrP1Size() {
    StrategyPlan plan = PlanValidationBenchmark.realisticPlan();
    assertThat(plan.goals()).hasSize(10);
    assertThat(plan.audience().orElseThrow().members()).hasSize(5);
    assertThat(plan.audience().orElseThrow().totalWeight()).isEqualTo(1.0);
    assertThat(plan.platforms()).hasSize(8);
    assertThat(plan.competitors())
        .hasSize(5)
        .allMatch(c -> c.swot().map(s -> s.isComplete()).orElse(false), "has a complete SWOT");
    Budget budget = plan.budget().orElseThrow();
    assertThat(budget.allocations()).hasSize(20);
    assertThat(budget.isSingleCurrency()).isTrue();
    assertThat(plan.content().orElseThrow().tactics()).hasSize(8);
    assertThat(plan.content().orElseThrow().pillars()).hasSize(3);
    assertThat(plan.competitors().stream().map(Competitor::name).distinct()).hasSize(5);
  }

  @Test
  void theBenchmarkValidatesWithoutThrowingAndReportsThePlantedFindings() {
    PlanValidationBenchmark benchmark = new PlanValidationBenchmark();
    benchmark.setUp();
    ValidationReport report = benchmark.validate();
    assertThat(report)
        .isEqualTo(PlanRules.standard().validate(PlanValidationBenchmark.realisticPlan(), PlanValidationBenchmark.CLOCK));
    assertThat(report.codes()).noneMatch(c -> c.startsWith("PLAN_NO_"));
    List<String> found =
        report.findings().stream()
            .map(f -> f.code().name() + " " + f.path())
            .collect(Collectors.toList());
    assertThat(found)
        .contains(
            "GOAL_NOT_ACHIEVABLE goals[3].target",
            "GOAL_ACHIEVABILITY_UNKNOWN goals[6].growthReference",
            "GOAL_NOT_RELEVANT goals[9].businessObjectiveId",
            "AUDIENCE_PERSONA_ASSUMED audience.members[4].persona.dataSource",
            "BUDGET_RETURN_BELOW_SPEND budget.allocations[12].expectedReturn",
            "TACTIC_UGC_WITHOUT_PERMISSION content.tactics[3].reposts[1].permission");
    // A realistic plan: a handful of findings, not one per field.
    assertThat(report.size()).isBetween(6, 15);
    assertThat(report.errors()).extracting(Finding::path)
        .containsExactly("content.tactics[3].reposts[1].permission");
    assertThat(benchmark.validateAndDescribe()).isGreaterThan(report.size() * 100);
  }
}
