package dev.socialplan.examples;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.report.ExperimentResult;
import dev.socialplan.report.PlanReview;
import dev.socialplan.timing.TimeOfWeekGrid;
import dev.socialplan.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scenario of the strategy guide 「如何為您的營銷計劃制定社交媒體營銷策略」 ("How to Build a Social
 * Media Marketing Strategy for Your Marketing Plan"; see docs/architecture.md, Sources) computed
 * once: the plan, its validation, the platform ranking, the
 * calendar scheduled with the default posting times and again with the best times learned from 500
 * real Facebook posts, goal progress, the campaign's spend and an A/B test. The flagship example
 * prints it as text ({@link ArticleStrategyReport}) and writes it as a web page ({@link
 * #writeHtml(Path)}): the page opens in any browser from disk, no server, no network.
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am package -DskipTests -Preport
 * # then open examples/target/plan-review.html (or plan-review.zh-TW.html) in a browser
 * </pre>
 */
public final class ArticleReview {
  final StrategyPlan plan;
  final ValidationReport validation;
  final PlatformRanking ranking;
  final SchedulingRequest request;
  final SchedulingResult calendar;
  final ValidationReport calendarFindings;
  final List<PerformanceRecord> posts;
  final BestTimeResult best;
  final SchedulingRequest relearned;
  final SchedulingResult rescheduled;
  final ValidationReport rescheduledFindings;
  final Map<String, MetricSeries> series;
  final ProgressReport progress;

  private ArticleReview() {
    plan = ArticleScenario.plan();
    validation = ValidationSection.validate(plan);
    ranking = RecommendationSection.recommend(plan);
    request = ContentBacklog.request(CalendarSection.defaultTimes());
    calendar = CalendarSection.schedule(request);
    calendarFindings = CalendarSection.check(request, calendar);
    posts = PostHistorySection.load();
    best = PostHistorySection.bestTimes(posts);
    Map<Platform, TimeOfWeekGrid> learned = CalendarSection.defaultTimes();
    learned.put(Platform.FACEBOOK, best.grid());
    relearned = ContentBacklog.request(learned);
    rescheduled = CalendarSection.schedule(relearned);
    rescheduledFindings = CalendarSection.check(relearned, rescheduled);
    series = GoalProgressSection.sampleSeries();
    progress = GoalProgressSection.report(plan);
  }

  /**
   * Computes the scenario's figures (validation, ranking, two scheduling runs, the best times of
   * 500 posts, goal progress).
   *
   * @return the figures
   */
  public static ArticleReview compute() {
    return new ArticleReview();
  }

  /**
   * Returns the review: the plan, its findings, the ranking, the calendar scheduled with the learned
   * Facebook times and its findings, the best times, goal progress with the sample series, the
   * campaign's spend against the budget, and the Stories A/B test with its verdict.
   *
   * @return the review
   */
  public PlanReview planReview() {
    return PlanReview.builder()
        .plan(plan)
        .validation(validation)
        .platformRanking(ranking)
        .calendar(PlannedCalendar.from(relearned, rescheduled.calendar()))
        .calendarFindings(rescheduledFindings)
        .bestTimes(best)
        .goalProgress(progress)
        .putAllGoalSeries(series)
        .budgetPerformance(BudgetPerformance.of(ArticleScenario.BUDGET, CampaignReviewExample.SPEND))
        .addExperiment(
            ExperimentResult.of(
                    "Instagram Stories call to action",
                    MultiVariantAnalysis.of(AbTestSection.SHOP_NOW, AbTestSection.FIVE_MINUTES))
                .withVerdict(AbTestSection.verdict()))
        .build();
  }

  /**
   * Writes the review in English ({@code plan-review.html}) and Traditional Chinese ({@code
   * plan-review.zh-TW.html}), UTF-8.
   *
   * @param directory where to write (created if missing)
   * @return the two files
   * @throws UncheckedIOException if a file cannot be written
   */
  public List<Path> writeHtml(Path directory) {
    PlanReview review = planReview();
    Path english = directory.resolve("plan-review.html");
    Path chinese = directory.resolve("plan-review.zh-TW.html");
    try {
      Files.createDirectories(directory);
      write(review, english, Locale.ENGLISH);
      write(review, chinese, Locale.TAIWAN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the plan review to " + directory, e);
    }
    return List.of(english, chinese);
  }

  private static void write(PlanReview review, Path file, Locale locale) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      review.renderTo(out, locale);
    }
  }

  /**
   * Returns where the flagship example writes its pages: the system property {@code
   * socialplan.output} (the examples module's {@code target} when run by Maven), else {@code
   * examples/target} below the working directory when it exists, else {@code target}.
   *
   * @return the directory
   */
  static Path outputDirectory() {
    String property = System.getProperty("socialplan.output");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    Path examples = Path.of("examples");
    return Files.isDirectory(examples) ? examples.resolve("target") : Path.of("target");
  }
}
