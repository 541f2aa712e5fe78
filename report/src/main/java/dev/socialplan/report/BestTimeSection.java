package dev.socialplan.report;

import static dev.socialplan.report.Geometry.n;

import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.report.internal.Block;
import dev.socialplan.report.internal.Chart;
import dev.socialplan.report.internal.DataTable;
import dev.socialplan.report.internal.Palette;
import dev.socialplan.report.internal.Section;
import dev.socialplan.report.internal.Shape;
import dev.socialplan.report.internal.Text;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The best times to post as a weekday-by-hour heatmap: each cell's colour is the grid's weight
 * (the shrunk engagement index when the account's history was used), thin cells (fewer posts than
 * the minimum to be ranked) are hatched, and each cell's tooltip gives its sample size.
 */
final class BestTimeSection {
  private BestTimeSection() {}

  private static final int LEFT = 52;
  private static final int TOP = 26;
  private static final int CELL_W = 30;
  private static final int CELL_H = 26;
  private static final int LEGEND = 56;
  private static final int TABLE_ROWS = 15;

  static Section of(BestTimeResult result, Text t) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(summary(result, t), "lead"));
    blocks.add(new Block.Paragraph(result.explanation(t.locale()), ""));
    result
        .fallbackReason()
        .ifPresent(r -> blocks.add(new Block.Paragraph(t.f("best.fallback", t.label("fallback", r)), "note")));
    blocks.add(new Block.Figure(heatmap(result, t)));
    return new Section(ReviewSection.BEST_TIMES.id(), t.t("section.best"), blocks);
  }

  private static String summary(BestTimeResult result, Text t) {
    List<TimeOfWeek> best = result.best(3);
    List<String> names = new ArrayList<>();
    for (TimeOfWeek time : best) {
      names.add(slot(time, t));
    }
    return t.f(
        "best.summary",
        result.platform().displayName(),
        t.integer(result.postsAnalysed()),
        t.integer(result.postsWithoutRate()),
        result.zone().getId(),
        String.join(t.t("list.separator"), names),
        result.medianRate().isPresent() ? t.percent(result.medianRate().getAsDouble(), 2) : t.t("undefined"));
  }

  static String slot(TimeOfWeek time, Text t) {
    return t.f("best.slot", t.weekday(time.day()), String.format(java.util.Locale.ROOT, "%02d:00", time.hour()));
  }

  private static Chart heatmap(BestTimeResult result, Text t) {
    TimeOfWeekGrid grid = result.grid();
    BucketEstimate[] buckets = new BucketEstimate[TimeOfWeek.HOURS_PER_WEEK];
    for (BucketEstimate b : result.buckets()) {
      buckets[b.timeOfWeek().index()] = b;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double w : grid.toArray()) {
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    boolean own = !result.usedFallback();
    List<Shape> shapes = new ArrayList<>();
    for (int hour = 0; hour < 24; hour += 3) {
      shapes.add(
          new Shape.Label(
              n(LEFT + hour * CELL_W + CELL_W / 2.0), "16", "middle", Palette.MUTED, "small",
              String.format(java.util.Locale.ROOT, "%02d", hour)));
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      int row = day.getValue() - 1;
      shapes.add(
          new Shape.Label(
              n(LEFT - 6), n(TOP + row * CELL_H + CELL_H / 2.0 + 4), "end", Palette.TEXT, "", t.weekday(day)));
      for (int hour = 0; hour < 24; hour++) {
        TimeOfWeek time = TimeOfWeek.of(day, hour);
        double weight = grid.weight(time);
        BucketEstimate bucket = buckets[time.index()];
        int posts = bucket == null ? 0 : bucket.posts();
        boolean thin = own && (bucket == null || !bucket.isRanked());
        String title =
            own
                ? t.f("best.cellTooltip", slot(time, t), t.integer(posts), t.number(weight, 2))
                : t.f("best.cellTooltipDefault", slot(time, t), t.number(weight, 2));
        shapes.add(
            new Shape.Rect(
                n(LEFT + hour * CELL_W), n(TOP + row * CELL_H), n(CELL_W), n(CELL_H),
                Palette.viridis(Geometry.scale(weight, min, max, 0, 1)),
                thin ? "cell thin" : "cell", title));
      }
    }
    double legendY = TOP + 7 * CELL_H + 14;
    int steps = Palette.VIRIDIS.size();
    for (int i = 0; i < steps; i++) {
      shapes.add(new Shape.Rect(n(LEFT + i * 28), n(legendY), "28", "12", Palette.VIRIDIS.get(i), "", ""));
    }
    shapes.add(new Shape.Label(n(LEFT), n(legendY + 26), "start", Palette.MUTED, "small", t.f("best.low", t.number(min, 2))));
    shapes.add(
        new Shape.Label(n(LEFT + steps * 28), n(legendY + 26), "end", Palette.MUTED, "small", t.f("best.high", t.number(max, 2))));
    if (own) {
      double hx = LEFT + steps * 28 + 40;
      shapes.add(new Shape.Rect(n(hx), n(legendY), "28", "12", Palette.VIRIDIS.get(4), "thin", ""));
      shapes.add(new Shape.Label(n(hx + 34), n(legendY + 10), "start", Palette.MUTED, "small", t.t("best.thinLegend")));
    }

    List<Chart.LegendEntry> legend = new ArrayList<>();
    legend.add(new Chart.LegendEntry(Palette.VIRIDIS.get(0), "", "", t.f("best.low", t.number(min, 2))));
    legend.add(new Chart.LegendEntry(Palette.VIRIDIS.get(steps - 1), "", "", t.f("best.high", t.number(max, 2))));
    if (own) {
      legend.add(new Chart.LegendEntry(Palette.VIRIDIS.get(4), "", "hatch", t.t("best.thinLegend")));
    }

    List<List<String>> rows = new ArrayList<>();
    if (own) {
      int rank = 1;
      for (BucketEstimate b : result.ranked()) {
        if (rank > TABLE_ROWS) {
          break;
        }
        rows.add(
            List.of(
                t.integer(rank++),
                slot(b.timeOfWeek(), t),
                t.integer(b.posts()),
                t.number(b.estimate(), 2),
                t.f("range", t.number(b.lower(), 2), t.number(b.upper(), 2))));
      }
    } else {
      int rank = 1;
      for (TimeOfWeek time : grid.ranked()) {
        if (rank > TABLE_ROWS) {
          break;
        }
        rows.add(List.of(t.integer(rank++), slot(time, t), "0", t.number(grid.weight(time), 2), t.t("none")));
      }
    }
    DataTable table =
        new DataTable(
            t.f("best.tableCaption", t.integer(rows.size())),
            List.of(t.t("col.rank"), t.t("col.slot"), t.t("col.posts"), t.t("col.index"), t.t("col.interval")),
            List.of(true, false, true, true, true),
            rows);
    return new Chart(
        "heatmap-" + result.platform().id(),
        "heatmap",
        t.f("best.chartTitle", result.platform().displayName()),
        own ? t.f("best.description", result.zone().getId()) : t.f("best.descriptionDefault", result.zone().getId()),
        LEFT + 24 * CELL_W + 8,
        TOP + 7 * CELL_H + LEGEND,
        shapes,
        legend,
        table);
  }
}
