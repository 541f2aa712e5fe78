package dev.socialplan.examples;

import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.progress.Projection;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import dev.socialplan.plan.StrategyPlan;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.joda.money.Money;

/**
 * Prints every goal's progress three months into the plan (the strategy guide's "re-evaluate constantly"):
 * where each metric stands, the pace so far against the pace the goal needs, the projected value at
 * the deadline (linear and compound) and a status, from a sample time series.
 */
final class GoalProgressSection {
  private GoalProgressSection() {}

  /** The review date: three months into the six. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static final LocalDate MAR = LocalDate.of(2026, 3, 1);
  private static final LocalDate APR = LocalDate.of(2026, 4, 1);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
  private static final LocalDate JUN = LocalDate.of(2026, 6, 1);

  /**
   * Sample measurements, as the team would export them on the first of each month: illustrative
   * figures, not real data.
   */
  static Map<String, MetricSeries> sampleSeries() {
    Map<String, MetricSeries> series = new LinkedHashMap<>();
    series.put(ArticleScenario.INSTAGRAM_FOLLOWERS.name(), counts(8_600, 9_020, 9_380, 9_850));
    series.put(
        ArticleScenario.INSTAGRAM_ENGAGEMENT.name(),
        MetricSeries.of(
            MetricObservation.of(MAR, Target.ofPercent(3.2)),
            MetricObservation.of(APR, Target.ofPercent(3.4)),
            MetricObservation.of(MAY, Target.ofPercent(3.5)),
            MetricObservation.of(JUN, Target.ofPercent(3.6))));
    series.put(ArticleScenario.SHOP_VISITS.name(), counts(1_200, 1_650, 2_100, 2_480));
    series.put(
        ArticleScenario.SOCIAL_REVENUE.name(),
        MetricSeries.of(
            MetricObservation.of(MAR, twd(180_000)),
            MetricObservation.of(APR, twd(188_000)),
            MetricObservation.of(MAY, twd(199_000)),
            MetricObservation.of(JUN, twd(205_000))));
    series.put(ArticleScenario.GROUP_MEMBERS.name(), counts(450, 620, 810, 1_050));
    return series;
  }

  static ProgressReport report(StrategyPlan plan) {
    return ProgressReport.of(plan, sampleSeries(), AS_OF);
  }

  static void print(ReportWriter out, String number, ProgressReport report) {
    out.section(number + " Goal progress and forecasts");
    out.paragraph(
        "Review on "
            + Figures.date(report.asOf())
            + ", three months into the plan, from sample monthly measurements (illustrative"
            + " figures). The status compares the projected value at the deadline with the target;"
            + " both projections are shown: linear (the same change every month) and compound (the"
            + " same growth rate every month).");
    out.blank();
    out.paragraph(report.summary(Locale.ENGLISH) + ".");
    out.blank();
    TextTable standing =
        new TextTable("Goal", ">Baseline", ">Now", ">Target", ">Progress", "Status");
    for (GoalProgress g : report.goals()) {
      standing.row(
          g.goal().name(),
          g.goal().baseline().map(Figures::target).orElse("-"),
          g.latest().map(o -> Figures.target(o.value())).orElse("-"),
          g.goal().target().map(Figures::target).orElse("-"),
          g.progress().isPresent() ? Figures.percent(g.progress().getAsDouble(), 0) : "-",
          g.status().label(Locale.ENGLISH));
    }
    out.table(standing);
    out.blank();
    TextTable forecast =
        new TextTable("Goal", ">Pace so far", ">Needed", ">Linear", ">Compound");
    for (GoalProgress g : report.goals()) {
      Target unit = g.goal().target().orElseThrow();
      forecast.row(
          g.goal().name(),
          g.actualPace().map(p -> Figures.pace(unit, p)).orElse("-"),
          g.requiredPace().map(p -> Figures.pace(unit, p)).orElse("-"),
          g.linearProjection().map(p -> projected(g.goal(), p)).orElse("-"),
          g.compoundProjection().map(p -> projected(g.goal(), p)).orElse("-"));
    }
    out.table(forecast);
    out.blank();
    out.indented(
        "  ",
        "Paces are per month; needed is the pace from now to the deadline. Progress is the share of"
            + " the way from baseline to target. The linear and compound forecasts are the values"
            + " expected at the deadline, "
            + report.goals().get(0).goal().deadline().map(Figures::date).orElse("")
            + "; the status is judged on the "
            + report.goals().get(0).statusMethod().map(m -> PlanOverview.name(m)).orElse("linear")
            + " forecast.");
    out.heading("What each goal needs");
    for (GoalProgress g : report.goals()) {
      out.hanging("  - ", "    ", g.goal().name() + ". " + g.explanation(Locale.ENGLISH));
    }
    if (!report.needingAttention().isEmpty()) {
      out.blank();
      out.paragraph(
          "Needs attention first: "
              + String.join(
                  "; ",
                  report.needingAttention().stream()
                      .map(g -> g.goal().name() + " (" + g.status().label(Locale.ENGLISH) + ")")
                      .toArray(String[]::new))
              + ".");
    }
  }

  private static String projected(Goal goal, Projection p) {
    Target unit = goal.target().orElseThrow();
    String value;
    if (unit instanceof Target.Rate) {
      value = Figures.percent(p.valueAtDeadline().doubleValue(), 1);
    } else if (unit instanceof Target.Amount) {
      value =
          Figures.money(
              Money.of(
                  ((Target.Amount) unit).value().getCurrencyUnit(),
                  p.valueAtDeadline().setScale(0, RoundingMode.HALF_EVEN),
                  RoundingMode.HALF_EVEN));
    } else {
      value = Figures.count(p.valueAtDeadline().setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }
    return value;
  }

  private static MetricSeries counts(long mar, long apr, long may, long jun) {
    return MetricSeries.of(
        MetricObservation.ofCount(MAR, mar),
        MetricObservation.ofCount(APR, apr),
        MetricObservation.ofCount(MAY, may),
        MetricObservation.ofCount(JUN, jun));
  }

  private static Target twd(long amount) {
    return Target.ofMoney(Money.of(ArticleScenario.TWD, amount));
  }
}
