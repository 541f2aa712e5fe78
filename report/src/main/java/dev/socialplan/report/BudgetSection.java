package dev.socialplan.report;

import static dev.socialplan.report.Geometry.n;

import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.budget.PerformanceLine;
import dev.socialplan.metric.Ratio;
import dev.socialplan.report.internal.Block;
import dev.socialplan.report.internal.Chart;
import dev.socialplan.report.internal.DataTable;
import dev.socialplan.report.internal.Palette;
import dev.socialplan.report.internal.Section;
import dev.socialplan.report.internal.Shape;
import dev.socialplan.report.internal.Text;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/** Budget performance: allocation, spend and return by platform, as grouped bars and a table. */
final class BudgetSection {
  private BudgetSection() {}

  private static final int WIDTH = 760;
  private static final int LEFT = 120;
  private static final int RIGHT = 120;
  private static final int TOP = 10;
  private static final int BAR = 13;
  private static final int GAP = 14;

  static Section of(BudgetPerformance performance, Text t) {
    List<Block> blocks = new ArrayList<>();
    PerformanceLine total = performance.total();
    blocks.add(
        new Block.Paragraph(
            t.f(
                "budget.summary",
                t.money(total.planned()),
                t.money(total.spent()),
                t.money(total.revenue()),
                ratio(total.roi(), t),
                ratio(total.roas(), t)),
            "lead"));
    if (!performance.otherCurrencyLines().isEmpty()) {
      blocks.add(
          new Block.Paragraph(
              t.f("budget.otherCurrency", t.integer(performance.otherCurrencyLines().size()), performance.currency().getCode()),
              "note"));
    }
    List<PerformanceLine> lines = performance.byPlatform();
    if (!lines.isEmpty()) {
      blocks.add(new Block.Figure(chart(lines, t)));
    }
    blocks.add(new Block.Heading(t.t("budget.byCategory")));
    blocks.add(new Block.Table(table(performance.byCategory(), t.t("budget.categoryCaption"), t)));
    return new Section(ReviewSection.BUDGET.id(), t.t("section.budget"), blocks);
  }

  static String ratio(Ratio ratio, Text t) {
    return ratio.value().isPresent() ? t.percent(ratio.value().getAsDouble(), 0) : t.t("undefined");
  }

  private static DataTable table(List<PerformanceLine> lines, String caption, Text t) {
    List<List<String>> rows = new ArrayList<>();
    for (PerformanceLine line : lines) {
      rows.add(
          List.of(
              label(line, t),
              t.money(line.planned()),
              t.money(line.spent()),
              t.money(line.revenue()),
              ratio(line.utilisation(), t),
              ratio(line.roi(), t),
              ratio(line.roas(), t)));
    }
    return new DataTable(
        caption,
        List.of(t.t("col.line"), t.t("col.planned"), t.t("col.spent"), t.t("col.revenue"), t.t("col.utilisation"), t.t("col.roi"), t.t("col.roas")),
        List.of(false, true, true, true, true, true, true),
        rows);
  }

  private static String label(PerformanceLine line, Text t) {
    if (line.platform().isPresent()) {
      return line.platform().get().displayName();
    }
    if (line.category().isPresent()) {
      return t.label("budgetCategory", line.category().get());
    }
    return t.t("budget.unassigned");
  }

  private static Chart chart(List<PerformanceLine> lines, Text t) {
    double max = 0;
    for (PerformanceLine line : lines) {
      max = Math.max(max, Math.max(amount(line.planned()), Math.max(amount(line.spent()), amount(line.revenue()))));
    }
    double plotW = WIDTH - LEFT - RIGHT;
    int group = 3 * BAR + GAP;
    int height = TOP + lines.size() * group + 10;
    List<Shape> shapes = new ArrayList<>();
    String[] colours = {Palette.BLUE, Palette.ORANGE, Palette.GREEN};
    String[] keys = {"budget.planned", "budget.spent", "budget.revenue"};
    int y = TOP;
    for (PerformanceLine line : lines) {
      String name = label(line, t);
      shapes.add(new Shape.Label(n(LEFT - 8), n(y + 1.5 * BAR + 4), "end", Palette.TEXT, "strong", name));
      Money[] values = {line.planned(), line.spent(), line.revenue()};
      for (int i = 0; i < 3; i++) {
        double w = max > 0 ? amount(values[i]) / max * plotW : 0;
        String text = t.f(keys[i] + "Value", t.money(values[i]));
        shapes.add(new Shape.Rect(n(LEFT), n(y + i * BAR), n(Math.max(w, 1)), n(BAR - 2), colours[i], "", name + ": " + text));
        shapes.add(new Shape.Label(n(LEFT + Math.max(w, 1) + 4), n(y + i * BAR + BAR - 3), "start", Palette.TEXT, "small", text));
      }
      y += group;
    }
    shapes.add(new Shape.Line(n(LEFT), n(TOP - 4), n(LEFT), n(height - 8), Palette.TEXT, "axis"));
    List<Chart.LegendEntry> legend = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      legend.add(new Chart.LegendEntry(colours[i], "", "", t.t(keys[i])));
    }
    return new Chart(
        "budget-platforms",
        "budget",
        t.t("budget.chartTitle"),
        t.f("budget.description", t.integer(lines.size())),
        WIDTH,
        height,
        shapes,
        legend,
        table(lines, t.t("budget.platformCaption"), t));
  }

  private static double amount(Money money) {
    return Math.max(0, money.getAmount().doubleValue());
  }
}
