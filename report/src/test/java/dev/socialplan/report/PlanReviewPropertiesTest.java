package dev.socialplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.goal.Goal;
import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.BudgetPerformanceGenerators;
import dev.socialplan.testkit.generators.CalendarGenerators;
import dev.socialplan.testkit.generators.ExperimentGenerators;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import dev.socialplan.testkit.generators.PlanGenerators;
import dev.socialplan.testkit.generators.ProgressGenerators;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Any review that can be built renders in both languages without an exception, with a section
 * per part, no non-finite number and no script: on generated plans, calendars, performance
 * histories, goals, budgets and experiments (the testkit's generators, edge cases included).
 */
class PlanReviewPropertiesTest {
  private static final int EXAMPLES = 25;

  private static void check(PlanReview review) {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
      String html = review.toHtml(locale);
      assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
      assertThat(html).doesNotContain("NaN", "Infinity", "\u221e", "<script");
      Matcher m = Pattern.compile("<section id=\"").matcher(html);
      int sections = 0;
      while (m.find()) {
        sections++;
      }
      assertThat(sections).isEqualTo(review.sections().size());
    }
  }

  @Test
  void plansAndCalendarsRender() {
    qt().withExamples(EXAMPLES)
        .forAll(PlanGenerators.plans(4), CalendarGenerators.contentCalendars(40))
        .checkAssert(
            (plan, calendar) ->
                check(PlanReview.builder().plan(plan).calendar(PlannedCalendar.of(calendar)).build()));
  }

  @Test
  void bestTimesRender() {
    Gen<List<PerformanceRecord>> histories = PerformanceGenerators.recordLists(120);
    qt().withExamples(EXAMPLES)
        .forAll(histories)
        .checkAssert(
            records -> {
              Platform platform = records.isEmpty() ? Platform.FACEBOOK : records.get(0).platform();
              check(PlanReview.builder().bestTimes(BestTimeToPost.analyse(platform, ZoneOffset.UTC, records)).build());
            });
  }

  @Test
  void goalsBudgetsAndExperimentsRender() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    qt().withExamples(EXAMPLES)
        .forAll(
            ProgressGenerators.countGoals(),
            ProgressGenerators.countSeries(from, from.plusYears(1), 12),
            BudgetPerformanceGenerators.performances(4, 6),
            ExperimentGenerators.multiVariantAnalyses(4, 100_000))
        .checkAssert(
            (goal, series, budget, analysis) -> {
              Map<String, MetricSeries> byName = Map.of(goal.name(), series);
              List<Goal> goals = List.of(goal);
              check(
                  PlanReview.builder()
                      .goalProgress(ProgressReport.of(goals, byName, from.plusMonths(6)))
                      .putAllGoalSeries(byName)
                      .budgetPerformance(budget)
                      .addExperiment(ExperimentResult.of("Generated", analysis))
                      .build());
            });
  }
}
