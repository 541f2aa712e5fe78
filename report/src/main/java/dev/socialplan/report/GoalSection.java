package dev.socialplan.report;

import static dev.socialplan.report.Geometry.n;

import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.progress.Projection;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import dev.socialplan.report.internal.Block;
import dev.socialplan.report.internal.Chart;
import dev.socialplan.report.internal.DataTable;
import dev.socialplan.report.internal.Palette;
import dev.socialplan.report.internal.Section;
import dev.socialplan.report.internal.Shape;
import dev.socialplan.report.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Goal progress: per goal its status and paces, and a chart of the observed series against the
 * target and deadline, with the linear and compound forecasts from the latest observation to the
 * deadline.
 */
final class GoalSection {
  private GoalSection() {}

  private static final int WIDTH = 760;
  private static final int HEIGHT = 260;
  private static final int LEFT = 70;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int BOTTOM = 36;

  static Section of(ProgressReport report, Map<String, MetricSeries> seriesByGoal, Text t) {
    List<Block> blocks = new ArrayList<>();
    Map<dev.socialplan.analytics.progress.ProgressStatus, Long> counts = report.countByStatus();
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (status, count) -> {
          if (count > 0) {
            parts.add(t.f("goal.count", t.integer(count), t.label("progressStatus", status)));
          }
        });
    blocks.add(
        new Block.Paragraph(
            t.f("goal.summary", t.date(report.asOf()), t.integer(report.goals().size()), String.join(t.t("list.separator"), parts)),
            "lead"));
    List<List<String>> rows = new ArrayList<>();
    for (GoalProgress g : report.goals()) {
      rows.add(
          List.of(
              g.goal().name(),
              t.label("progressStatus", g.status()),
              g.progress().isPresent() ? t.percent(g.progress().getAsDouble(), 0) : t.t("undefined"),
              g.actualPace().map(p -> value(p, g.goal(), t)).orElse(t.t("undefined")),
              g.requiredPace().map(p -> value(p, g.goal(), t)).orElse(t.t("undefined"))));
    }
    blocks.add(
        new Block.Table(
            new DataTable(
                t.t("goal.caption"),
                List.of(t.t("col.goal"), t.t("col.status"), t.t("col.progress"), t.t("col.actualPace"), t.t("col.requiredPace")),
                List.of(false, false, true, true, true),
                rows)));
    int index = 0;
    for (GoalProgress g : report.goals()) {
      blocks.add(new Block.Heading(g.goal().name()));
      blocks.add(new Block.Paragraph(g.explanation(t.locale()), ""));
      blocks.add(new Block.Paragraph(statusText(g, t), "note"));
      MetricSeries series = seriesByGoal.getOrDefault(g.goal().name(), MetricSeries.empty());
      chart(g, series, index++, t).ifPresent(c -> blocks.add(new Block.Figure(c)));
    }
    return new Section(ReviewSection.GOALS.id(), t.t("section.goals"), blocks);
  }

  /**
   * Formats a magnitude in the goal's unit: a rate as a percentage, money in the target's
   * currency, anything else as a number with at most one decimal.
   */
  static String value(BigDecimal magnitude, Goal goal, Text t) {
    Optional<Target> target = goal.target();
    if (target.isPresent() && target.get() instanceof Target.Rate) {
      return t.percent(magnitude.doubleValue(), 2);
    }
    if (target.isPresent() && target.get() instanceof Target.Amount amount) {
      CurrencyUnit currency = amount.value().getCurrencyUnit();
      return t.money(Money.of(currency, magnitude.setScale(currency.getDecimalPlaces(), RoundingMode.HALF_EVEN)));
    }
    return t.decimal(magnitude, 1);
  }

  private static String statusText(GoalProgress g, Text t) {
    StringBuilder text = new StringBuilder(t.capitalised(t.label("progressStatus", g.status())));
    text.append(t.t("sentence.separator"));
    if (g.latest().isEmpty()) {
      text.append(t.t("goal.notMeasured"));
      return text.toString();
    }
    MetricObservation latest = g.latest().get();
    text.append(
        t.f(
            "goal.latest",
            PlanSections.target(latest.value(), t),
            t.date(latest.date()),
            g.progress().isPresent() ? t.percent(g.progress().getAsDouble(), 0) : t.t("undefined")));
    g.requiredPace()
        .ifPresent(
            required ->
                text.append(' ')
                    .append(
                        t.f(
                            "goal.paces",
                            g.actualPace().map(p -> value(p, g.goal(), t)).orElse(t.t("undefined")),
                            value(required, g.goal(), t))));
    g.linearProjection().ifPresent(p -> text.append(' ').append(projection("goal.linear", p, g.goal(), t)));
    g.compoundProjection().ifPresent(p -> text.append(' ').append(projection("goal.compound", p, g.goal(), t)));
    return text.toString();
  }

  private static String projection(String key, Projection p, Goal goal, Text t) {
    return t.f(
        key,
        value(p.valueAtDeadline(), goal, t),
        p.progressAtDeadline().isPresent() ? t.percent(p.progressAtDeadline().getAsDouble(), 0) : t.t("undefined"),
        p.estimatedCompletion().map(t::date).orElse(t.t("goal.notBeforeDeadline")));
  }

  private static Optional<Chart> chart(GoalProgress g, MetricSeries series, int index, Text t) {
    Goal goal = g.goal();
    if (goal.target().isEmpty() || goal.deadline().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = goal.start();
    LocalDate deadline = goal.deadline().get();
    List<MetricObservation> observed = new ArrayList<>();
    for (MetricObservation o : series.observations()) {
      if (!o.date().isAfter(g.asOf())) {
        observed.add(o);
      }
    }
    if (observed.isEmpty() && g.latest().isEmpty()) {
      return Optional.empty();
    }
    if (observed.isEmpty()) {
      observed.add(g.latest().get());
    }
    LocalDate from = observed.get(0).date().isBefore(start) ? observed.get(0).date() : start;
    LocalDate last = observed.get(observed.size() - 1).date();
    LocalDate to = last.isAfter(deadline) ? last : deadline;
    double target = goal.target().get().magnitude().doubleValue();
    double low = target;
    double high = target;
    for (MetricObservation o : observed) {
      double v = o.value().magnitude().doubleValue();
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    if (goal.baseline().isPresent()) {
      low = Math.min(low, goal.baseline().get().magnitude().doubleValue());
    }
    for (Optional<Projection> p : List.of(g.linearProjection(), g.compoundProjection())) {
      if (p.isPresent()) {
        double v = p.get().valueAtDeadline().doubleValue();
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    double pad = (high - low) * 0.08;
    if (pad == 0) {
      pad = Math.max(1, Math.abs(high) * 0.1);
    }
    double yMin = low - pad;
    double yMax = high + pad;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    java.util.function.ToDoubleFunction<LocalDate> x =
        d -> LEFT + ChronoUnit.DAYS.between(from, d) / (double) days * plotW;
    java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - Geometry.scale(v, yMin, yMax, 0, plotH);

    List<Shape> shapes = new ArrayList<>();
    for (double tick : Geometry.ticks(yMin, yMax)) {
      double ty = y.applyAsDouble(tick);
      shapes.add(new Shape.Line(n(LEFT), n(ty), n(LEFT + plotW), n(ty), Palette.GRID, "grid"));
      shapes.add(new Shape.Label(n(LEFT - 6), n(ty + 4), "end", Palette.MUTED, "small", value(BigDecimal.valueOf(tick), goal, t)));
    }
    shapes.add(new Shape.Line(n(LEFT), n(TOP + plotH), n(LEFT + plotW), n(TOP + plotH), Palette.TEXT, "axis"));
    shapes.add(new Shape.Label(n(LEFT), n(HEIGHT - 10), "start", Palette.MUTED, "small", t.date(from)));
    shapes.add(new Shape.Label(n(LEFT + plotW), n(HEIGHT - 10), "end", Palette.MUTED, "small", t.date(to)));
    double ty = y.applyAsDouble(target);
    shapes.add(new Shape.Line(n(LEFT), n(ty), n(LEFT + plotW), n(ty), Palette.VERMILION, "series dashed"));
    shapes.add(new Shape.Label(n(LEFT + 4), n(ty - 5), "start", Palette.TEXT, "small", t.f("goal.targetLabel", PlanSections.target(goal.target().get(), t))));
    double dx = x.applyAsDouble(deadline);
    shapes.add(new Shape.Line(n(dx), n(TOP), n(dx), n(TOP + plotH), Palette.TEXT, "dotted"));
    shapes.add(new Shape.Label(n(dx - 4), n(TOP + plotH - 6), "end", Palette.TEXT, "small", t.f("goal.deadlineLabel", t.date(deadline))));

    StringBuilder points = new StringBuilder();
    for (MetricObservation o : observed) {
      points.append(n(x.applyAsDouble(o.date()))).append(',').append(n(y.applyAsDouble(o.value().magnitude().doubleValue()))).append(' ');
    }
    MetricObservation latest = g.latest().orElse(observed.get(observed.size() - 1));
    double lx = x.applyAsDouble(latest.date());
    double lv = latest.value().magnitude().doubleValue();
    List<List<String>> rows = new ArrayList<>();
    g.linearProjection()
        .ifPresent(
            p -> {
              double v = p.valueAtDeadline().doubleValue();
              shapes.add(new Shape.Line(n(lx), n(y.applyAsDouble(lv)), n(dx), n(y.applyAsDouble(v)), Palette.ORANGE, "series dashed"));
            });
    g.compoundProjection()
        .ifPresent(
            p -> {
              double v = p.valueAtDeadline().doubleValue();
              long span = ChronoUnit.DAYS.between(latest.date(), deadline);
              StringBuilder curve = new StringBuilder();
              int steps = 24;
              for (int i = 0; i <= steps; i++) {
                double f = i / (double) steps;
                // Growth at a constant rate between the latest value and the projected one;
                // a straight line where a value is not positive (no constant rate joins them).
                double value = lv > 0 && v > 0 ? lv * Math.pow(v / lv, f) : lv + (v - lv) * f;
                double px = x.applyAsDouble(latest.date().plusDays(Math.round(span * f)));
                curve.append(n(px)).append(',').append(n(y.applyAsDouble(value))).append(' ');
              }
              shapes.add(new Shape.Polyline(curve.toString().trim(), Palette.PURPLE, "series dotted"));
            });
    shapes.add(new Shape.Polyline(points.toString().trim(), Palette.BLUE, "series"));
    for (MetricObservation o : observed) {
      String value = PlanSections.target(o.value(), t);
      shapes.add(
          new Shape.Circle(
              n(x.applyAsDouble(o.date())), n(y.applyAsDouble(o.value().magnitude().doubleValue())), "3.5", Palette.BLUE,
              t.f("goal.pointTooltip", t.date(o.date()), value)));
      rows.add(List.of(t.t("goal.observed"), t.date(o.date()), value));
    }
    g.linearProjection()
        .ifPresent(p -> rows.add(List.of(t.t("goal.linearLegend"), t.date(deadline), value(p.valueAtDeadline(), goal, t))));
    g.compoundProjection()
        .ifPresent(p -> rows.add(List.of(t.t("goal.compoundLegend"), t.date(deadline), value(p.valueAtDeadline(), goal, t))));
    rows.add(List.of(t.t("goal.targetLegend"), t.date(deadline), PlanSections.target(goal.target().get(), t)));

    List<Chart.LegendEntry> legend = new ArrayList<>();
    legend.add(new Chart.LegendEntry(Palette.BLUE, "", "line", t.t("goal.observed")));
    legend.add(new Chart.LegendEntry(Palette.VERMILION, "", "line", t.t("goal.targetLegend")));
    if (g.linearProjection().isPresent()) {
      legend.add(new Chart.LegendEntry(Palette.ORANGE, "", "line", t.t("goal.linearLegend")));
    }
    if (g.compoundProjection().isPresent()) {
      legend.add(new Chart.LegendEntry(Palette.PURPLE, "", "line", t.t("goal.compoundLegend")));
    }
    DataTable table =
        new DataTable(
            t.f("goal.tableCaption", goal.name()),
            List.of(t.t("col.series"), t.t("col.date"), t.t("col.value")),
            List.of(false, false, true),
            rows);
    return Optional.of(
        new Chart(
            "goal-" + index,
            "goal",
            t.f("goal.chartTitle", goal.name()),
            t.f("goal.description", goal.name(), t.integer(observed.size()), t.date(deadline)),
            WIDTH,
            HEIGHT,
            shapes,
            legend,
            table));
  }
}
