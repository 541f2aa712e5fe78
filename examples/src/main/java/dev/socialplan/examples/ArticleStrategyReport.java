package dev.socialplan.examples;

import dev.socialplan.plan.StrategyPlan;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The flagship example: the strategy guide's scenario, end to end, as a report a marketer can read.
 *
 * <p>Run it from the repository root with
 *
 * <pre>
 * mvn -B -ntp -q -pl examples -am package -DskipTests -Preport
 * </pre>
 *
 * <p>It also writes the same plan's review as one self-contained web page with charts, in English
 * and Traditional Chinese ({@code examples/target/plan-review.html} and {@code
 * plan-review.zh-TW.html}, see {@link ArticleReview}), and prints where.
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
 *   <li>goal progress and forecasts from a sample time series, and an A/B test verdict;
 *   <li>the plan sent as JSON and read back equal, and the validation report as the JSON a web
 *       front end receives (shortened).
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
    ArticleReview data = ArticleReview.compute();
    write(out, data);
    out.println();
    for (java.nio.file.Path page : data.writeHtml(ArticleReview.outputDirectory())) {
      out.println("The plan review as a web page: " + page.toAbsolutePath().normalize().toUri());
    }
    out.flush();
  }

  /**
   * Writes the whole report.
   *
   * @param out where the report goes
   */
  public static void write(Appendable out) {
    write(out, ArticleReview.compute());
  }

  /**
   * Writes the whole report from figures already computed: only the text is made here, so this
   * is the text report's rendering cost (the benchmarks compare it with the HTML review's).
   *
   * @param out where the report goes
   * @param data the scenario's figures
   */
  public static void write(Appendable out, ArticleReview data) {
    ReportWriter report = new ReportWriter(out);
    StrategyPlan plan = data.plan;
    report.title(
        "Social media strategy report: "
            + plan.brand().name()
            + " ("
            + plan.brand().industry()
            + ", "
            + plan.brand().businessModel()
            + ")");
    PlanOverview.print(report, "1.", plan);
    ValidationSection.print(report, "2.", data.validation, Locale.ENGLISH);
    ValidationSection.print(report, "3.", data.validation, Locale.TAIWAN);
    RecommendationSection.print(report, "4.", plan, data.ranking);
    CalendarSection.print(report, "5.", data.request, data.calendar, data.calendarFindings);
    PostHistorySection.print(
        report,
        "6.",
        data.posts,
        data.best,
        data.request,
        data.calendar,
        data.relearned,
        data.rescheduled,
        data.rescheduledFindings);
    GoalProgressSection.print(report, "7.", data.progress);
    AbTestSection.print(report, "8.");
    JsonSection.print(report, "9.", plan, data.validation);
  }
}
