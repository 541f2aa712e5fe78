package dev.socialplan.report;

import static dev.socialplan.report.Geometry.n;

import dev.socialplan.analytics.experiment.ConfidenceInterval;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.report.internal.Block;
import dev.socialplan.report.internal.Chart;
import dev.socialplan.report.internal.DataTable;
import dev.socialplan.report.internal.Palette;
import dev.socialplan.report.internal.Section;
import dev.socialplan.report.internal.Shape;
import dev.socialplan.report.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Experiments: each variant's rate with its Wilson interval, and the verdict. */
final class ExperimentSection {
  private ExperimentSection() {}

  private static final int WIDTH = 760;
  private static final int LEFT = 150;
  private static final int RIGHT = 24;
  private static final int TOP = 12;
  private static final int ROW = 30;
  private static final int BOTTOM = 30;

  static Section of(List<ExperimentResult> experiments, Text t) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(t.t("experiment.intro"), "lead"));
    int index = 0;
    for (ExperimentResult e : experiments) {
      blocks.add(new Block.Heading(e.name()));
      e.verdict()
          .ifPresent(
              v -> {
                blocks.add(new Block.Paragraph(verdict(v, t), ""));
                blocks.add(new Block.Paragraph(v.reason(t.locale()), "note"));
              });
      blocks.add(new Block.Figure(chart(e, index++, t)));
    }
    return new Section(ReviewSection.EXPERIMENTS.id(), t.t("section.experiments"), blocks);
  }

  private static String verdict(Verdict v, Text t) {
    StringBuilder text = new StringBuilder(t.label("verdictKind", v.kind()));
    v.winner().ifPresent(w -> text.append(t.t("sentence.separator")).append(t.f("experiment.winner", w)));
    v.relativeLift()
        .flatMap(l -> l.value().isPresent() ? Optional.of(l.value().getAsDouble()) : Optional.empty())
        .ifPresent(l -> text.append(' ').append(t.f("experiment.lift", t.percent(l, 1))));
    if (v.pValue().isPresent()) {
      text.append(' ').append(t.f("experiment.p", t.number(v.pValue().getAsDouble(), 4)));
    }
    text.append(' ').append(t.f("experiment.required", t.integer(v.requiredSampleSizePerVariant())));
    return text.toString();
  }

  private static Chart chart(ExperimentResult e, int index, Text t) {
    List<Variant> variants = e.analysis().variants();
    Variant control = e.analysis().control();
    List<Optional<ConfidenceInterval>> intervals = new ArrayList<>();
    double max = 0;
    for (Variant v : variants) {
      Optional<ConfidenceInterval> interval =
          TwoVariantAnalysis.of(control, v, e.confidenceLevel()).treatmentInterval();
      intervals.add(interval);
      max = Math.max(max, interval.map(ConfidenceInterval::upper).orElse(v.rate().valueOr(0)));
    }
    double top = Geometry.ticks(0, Math.max(max * 1.1, 0.01))[Geometry.ticks(0, Math.max(max * 1.1, 0.01)).length - 1];
    if (top < max) {
      top = max * 1.1;
    }
    double plotW = WIDTH - LEFT - RIGHT;
    int height = TOP + variants.size() * ROW + BOTTOM;
    double scaleTop = top;
    java.util.function.DoubleUnaryOperator x = r -> LEFT + Geometry.scale(r, 0, scaleTop, 0, plotW);
    List<Shape> shapes = new ArrayList<>();
    for (double tick : Geometry.ticks(0, top)) {
      shapes.add(new Shape.Line(n(x.applyAsDouble(tick)), n(TOP), n(x.applyAsDouble(tick)), n(height - BOTTOM), Palette.GRID, "grid"));
      shapes.add(new Shape.Label(n(x.applyAsDouble(tick)), n(height - BOTTOM + 16), "middle", Palette.MUTED, "small", t.percent(tick, 1)));
    }
    control.rate().value().ifPresent(
        r -> shapes.add(new Shape.Line(n(x.applyAsDouble(r)), n(TOP), n(x.applyAsDouble(r)), n(height - BOTTOM), Palette.MUTED, "dotted")));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      Variant v = variants.get(i);
      double cy = TOP + i * ROW + ROW / 2.0;
      String colour = i == 0 ? Palette.MUTED : Palette.BLUE;
      shapes.add(new Shape.Label(n(LEFT - 8), n(cy + 4), "end", Palette.TEXT, i == 0 ? "" : "strong", v.name()));
      Optional<ConfidenceInterval> interval = intervals.get(i);
      String rate = v.rate().value().isPresent() ? t.percent(v.rate().value().getAsDouble(), 2) : t.t("undefined");
      String range =
          interval.map(c -> t.f("range", t.percent(c.lower(), 2), t.percent(c.upper(), 2))).orElse(t.t("undefined"));
      interval.ifPresent(
          c -> {
            shapes.add(new Shape.Line(n(x.applyAsDouble(c.lower())), n(cy), n(x.applyAsDouble(c.upper())), n(cy), colour, "series"));
            shapes.add(new Shape.Line(n(x.applyAsDouble(c.lower())), n(cy - 6), n(x.applyAsDouble(c.lower())), n(cy + 6), colour, "series"));
            shapes.add(new Shape.Line(n(x.applyAsDouble(c.upper())), n(cy - 6), n(x.applyAsDouble(c.upper())), n(cy + 6), colour, "series"));
          });
      v.rate().value().ifPresent(
          r -> shapes.add(
              new Shape.Circle(n(x.applyAsDouble(r)), n(cy), "5", colour, t.f("experiment.pointTooltip", v.name(), rate, range))));
      rows.add(
          List.of(
              v.name() + (i == 0 ? " " + t.t("experiment.controlMark") : ""),
              t.integer(v.trials()),
              t.integer(v.successes()),
              rate,
              range));
    }
    List<Chart.LegendEntry> legend =
        List.of(
            new Chart.LegendEntry(Palette.MUTED, "", "line", t.t("experiment.controlLegend")),
            new Chart.LegendEntry(Palette.BLUE, "", "line", t.f("experiment.intervalLegend", t.percent(e.confidenceLevel(), 0))));
    DataTable table =
        new DataTable(
            t.f("experiment.tableCaption", e.name()),
            List.of(t.t("col.variant"), t.t("col.trials"), t.t("col.successes"), t.t("col.rate"), t.t("col.interval")),
            List.of(false, true, true, true, true),
            rows);
    return new Chart(
        "experiment-" + index,
        "experiment",
        t.f("experiment.chartTitle", e.name()),
        t.f("experiment.description", e.name(), t.integer(variants.size()), t.percent(e.confidenceLevel(), 0)),
        WIDTH,
        height,
        shapes,
        legend,
        table);
  }
}
