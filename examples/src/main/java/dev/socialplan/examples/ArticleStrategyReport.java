package dev.socialplan.examples;

import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeekGrid;
import dev.socialplan.validation.ValidationReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The flagship example: the source article's scenario, end to end, as a report a marketer can read.
 *
 * <p>Run it from the repository root with
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am package -DskipTests -Preport
 * </pre>
 *
 * <p>The report has these sections:
 *
 * <ol>
 *   <li>the plan at a glance ({@link ArticleScenario} builds it through the public API);
 *   <li>the validation report grouped by step of the method, with what to do next, in English
 *       and once in Traditional Chinese;
 *   <li>the platform recommendation with its explanation per platform;
 *   <li>four weeks of content calendar from the scheduler, with its calendar findings;
 *   <li>what 500 real Facebook posts say: engagement by post type, paid versus organic, the best
 *       times to post, and those times fed back into the scheduler;
 *   <li>goal progress and forecasts from a sample time series, and an A/B test verdict.
 * </ol>
 */
public final class ArticleStrategyReport {
  private ArticleStrategyReport() {}

  /**
   * Writes the report to {@code System.out}, encoded in UTF-8 whatever the platform's default
   * encoding (the report has Traditional Chinese).
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(System.out, true, StandardCharsets.UTF_8);
    write(out);
    out.flush();
  }

  /**
   * Writes the whole report.
   *
   * @param out where the report goes
   */
  public static void write(Appendable out) {
    ReportWriter report = new ReportWriter(out);
    StrategyPlan plan = ArticleScenario.plan();
    report.title(
        "Social media strategy report: "
            + plan.brand().name()
            + " ("
            + plan.brand().industry()
            + ", "
            + plan.brand().businessModel()
            + ")");
    PlanOverview.print(report, "1.", plan);
    ValidationReport validation = ValidationSection.validate(plan);
    ValidationSection.print(report, "2.", validation, Locale.ENGLISH);
    ValidationSection.print(report, "3.", validation, Locale.TAIWAN);
    RecommendationSection.print(report, "4.", plan, RecommendationSection.recommend(plan));
    SchedulingRequest request = ContentBacklog.request(CalendarSection.defaultTimes());
    SchedulingResult calendar = CalendarSection.schedule(request);
    CalendarSection.print(report, "5.", request, calendar, CalendarSection.check(request, calendar));

    List<FacebookCosmeticsData.Post> posts = FacebookCosmeticsData.load();
    BestTimeResult best =
        PostHistorySection.bestTimes(posts.stream().map(p -> p.record).collect(Collectors.toList()));
    Map<Platform, TimeOfWeekGrid> learned = CalendarSection.defaultTimes();
    learned.put(Platform.FACEBOOK, best.grid());
    SchedulingRequest relearned = ContentBacklog.request(learned);
    SchedulingResult rescheduled = CalendarSection.schedule(relearned);
    PostHistorySection.print(
        report,
        "6.",
        posts,
        best,
        request,
        calendar,
        relearned,
        rescheduled,
        CalendarSection.check(relearned, rescheduled));

    GoalProgressSection.print(report, "7.", GoalProgressSection.report(plan));
    AbTestSection.print(report, "8.");
  }
}
