package dev.socialplan.report;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.budget.SpendLine;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.calendar.rules.CalendarRules;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import dev.socialplan.testkit.samples.SamplePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reviews of the testkit's sample plans with every section: the plan and its findings, the
 * platform ranking, the calendar with its findings and mix, the best times of the platform with
 * the most recorded posts, goal progress with the series, the budget against the paid posts'
 * spend and revenue, and a fixture A/B test.
 */
final class SampleReviews {
  private SampleReviews() {}

  static PlanReview of(SamplePlan sample) {
    PlannedCalendar planned = sample.plannedCalendar();
    PlanReview.Builder review =
        PlanReview.builder()
            .plan(sample.plan())
            .validation(PlanRules.standard().validate(sample.plan()))
            .platformRanking(
                PlatformRecommender.standard()
                    .recommend(RecommendationRequest.from(sample.plan(), sample.asOf())))
            .calendar(planned)
            .calendarFindings(CalendarRules.standard().validate(planned))
            .goalProgress(sample.progressReport())
            .putAllGoalSeries(sample.seriesByGoal());
    Platform busiest = busiest(sample.performance());
    review.bestTimes(BestTimeToPost.analyse(busiest, planned.calendar().zone(), sample.performance()));
    sample
        .plan()
        .budget()
        .ifPresent(budget -> review.budgetPerformance(BudgetPerformance.of(budget, spend(sample.performance()))));
    review.addExperiment(callToAction());
    return review.build();
  }

  static Platform busiest(List<PerformanceRecord> records) {
    return records.stream()
        .collect(Collectors.groupingBy(PerformanceRecord::platform, Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.<Platform, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(Platform.FACEBOOK);
  }

  /** One spend line per paid post that recorded its spend. */
  static List<SpendLine> spend(List<PerformanceRecord> records) {
    List<SpendLine> lines = new ArrayList<>();
    for (PerformanceRecord r : records) {
      r.spend()
          .ifPresent(
              spend ->
                  lines.add(
                      SpendLine.of(
                          r.platform(),
                          BudgetCategory.PAID_PROMOTION,
                          spend,
                          r.revenue().orElse(spend.multipliedBy(0L)))));
    }
    return lines;
  }

  /**
   * A fixture experiment (the testkit's samples record none): two calls to action on Instagram
   * Stories compared on link clicks per story view, judged against a design that looks for one
   * percentage point on a 4 % click-through rate. Sample figures.
   */
  static ExperimentResult callToAction() {
    MultiVariantAnalysis analysis =
        MultiVariantAnalysis.of(
            Variant.of("A \"Shop the routine\"", 7_200, 288),
            Variant.of("B \"Five minutes for you\"", 7_050, 366));
    return ExperimentResult.of("Stories call to action", analysis)
        .withVerdict(Verdict.of(analysis, ExperimentDesign.of(0.04, 0.01)));
  }


}
