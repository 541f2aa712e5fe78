package dev.socialplan.report;

import static dev.socialplan.report.Geometry.n;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.MixEvaluation;
import dev.socialplan.content.MixSlice;
import dev.socialplan.content.SliceShare;
import dev.socialplan.report.internal.Block;
import dev.socialplan.report.internal.Chart;
import dev.socialplan.report.internal.DataTable;
import dev.socialplan.report.internal.Palette;
import dev.socialplan.report.internal.Section;
import dev.socialplan.report.internal.Shape;
import dev.socialplan.report.internal.Text;
import dev.socialplan.validation.ValidationReport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The calendar as month grids, its calendar findings, and the content mix over rolling windows. */
final class CalendarSections {
  private CalendarSections() {}

  private static final int DAY_WIDTH = 110;
  private static final int DAY_HEADER = 18;
  private static final int CHIP = 15;
  private static final int TOP = 22;
  private static final int MAX_CHARS = 17;
  static final String STAR = "\u2605";

  static Section calendar(
      Optional<PlannedCalendar> planned, Optional<ValidationReport> findings, List<String> pillars, Text t) {
    List<Block> blocks = new ArrayList<>();
    planned.ifPresent(
        p -> {
          ContentCalendar calendar = p.calendar();
          blocks.add(
              new Block.Paragraph(
                  t.f("calendar.summary", t.integer(calendar.size()), t.integer(calendar.platforms().size()), calendar.zone().getId()),
                  "lead"));
          if (!calendar.isEmpty()) {
            List<String> order = pillarOrder(calendar, pillars);
            Map<YearMonth, List<ScheduledPost>> months = new TreeMap<>();
            for (ScheduledPost post : calendar) {
              months
                  .computeIfAbsent(YearMonth.from(post.time().atZone(calendar.zone())), m -> new ArrayList<>())
                  .add(post);
            }
            int index = 0;
            for (Map.Entry<YearMonth, List<ScheduledPost>> month : months.entrySet()) {
              blocks.add(new Block.Figure(month(month.getKey(), month.getValue(), calendar, order, index++, t)));
            }
          }
        });
    findings.ifPresent(
        report -> {
          blocks.add(new Block.Heading(t.t("calendar.findings")));
          if (report.isEmpty()) {
            blocks.add(new Block.Paragraph(t.t("calendar.noFindings"), ""));
          } else {
            blocks.add(
                new Block.Paragraph(
                    t.f("calendar.findingsSummary", report.errors().size(), report.warnings().size(), report.infos().size()),
                    ""));
            blocks.add(PlanSections.findings(report.whatToDoNext(), t));
          }
        });
    return new Section(ReviewSection.CALENDAR.id(), t.t("section.calendar"), blocks);
  }

  /** The plan's pillars first, in its order, then any other pillar the posts name. */
  static List<String> pillarOrder(ContentCalendar calendar, List<String> pillars) {
    List<String> order = new ArrayList<>(pillars);
    for (ScheduledPost post : calendar) {
      post.content().pillar().filter(p -> !order.contains(p)).ifPresent(order::add);
    }
    return order;
  }

  private static Chart month(
      YearMonth month, List<ScheduledPost> posts, ContentCalendar calendar, List<String> pillars, int index, Text t) {
    Map<LocalDate, List<ScheduledPost>> byDay = new TreeMap<>();
    for (ScheduledPost post : posts) {
      byDay.computeIfAbsent(post.time().atZone(calendar.zone()).toLocalDate(), d -> new ArrayList<>()).add(post);
    }
    LocalDate first = month.atDay(1);
    int lead = first.getDayOfWeek().getValue() - 1;
    int weeks = (lead + month.lengthOfMonth() + 6) / 7;
    int[] rowHeight = new int[weeks];
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      int row = (lead + day - 1) / 7;
      int count = byDay.getOrDefault(month.atDay(day), List.of()).size();
      rowHeight[row] = Math.max(rowHeight[row], DAY_HEADER + Math.max(1, count) * CHIP + 4);
    }
    List<Shape> shapes = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      shapes.add(
          new Shape.Label(
              n((d.getValue() - 1) * DAY_WIDTH + DAY_WIDTH / 2.0), "15", "middle", Palette.MUTED, "strong", t.weekday(d)));
    }
    List<List<String>> rows = new ArrayList<>();
    int y = TOP;
    for (int row = 0; row < weeks; row++) {
      for (int col = 0; col < 7; col++) {
        int day = row * 7 + col - lead + 1;
        int x = col * DAY_WIDTH;
        boolean inMonth = day >= 1 && day <= month.lengthOfMonth();
        shapes.add(
            new Shape.Rect(
                n(x + 1), n(y + 1), n(DAY_WIDTH - 2), n(rowHeight[row] - 2),
                inMonth ? Palette.BACKGROUND : "#f4f4f4", "outline", ""));
        if (!inMonth) {
          continue;
        }
        LocalDate date = month.atDay(day);
        shapes.add(new Shape.Label(n(x + 5), n(y + 14), "start", Palette.MUTED, "small strong", t.integer(day)));
        int chipY = y + DAY_HEADER;
        for (ScheduledPost post : byDay.getOrDefault(date, List.of())) {
          ZonedDateTime time = post.time().atZone(calendar.zone());
          int pillar = post.content().pillar().map(pillars::indexOf).orElse(-1);
          String fill = pillar < 0 ? Palette.NO_DATA : Palette.category(pillar);
          boolean promotional = post.content().purpose().isPromotional();
          String label = (promotional ? STAR + " " : "") + t.time(time) + " " + post.platform().displayName();
          shapes.add(
              new Shape.Rect(n(x + 4), n(chipY), n(DAY_WIDTH - 8), n(CHIP - 2), fill, "chip", tooltip(post, time, t)));
          shapes.add(
              new Shape.Label(
                  n(x + 7), n(chipY + CHIP - 5), "start", Palette.textOn(fill), "small",
                  label.length() > MAX_CHARS ? label.substring(0, MAX_CHARS - 1) + "\u2026" : label));
          chipY += CHIP;
          rows.add(
              List.of(
                  t.dateTime(time),
                  post.platform().displayName(),
                  t.label("format", post.content().format()),
                  t.label("purpose", post.content().purpose()) + (promotional ? " " + STAR : ""),
                  post.content().pillar().orElse(t.t("none")),
                  t.label("postStatus", post.status()),
                  post.content().text()));
        }
      }
      y += rowHeight[row];
    }
    List<Chart.LegendEntry> legend = new ArrayList<>();
    for (int i = 0; i < pillars.size(); i++) {
      legend.add(new Chart.LegendEntry(Palette.category(i), "", "", pillars.get(i)));
    }
    legend.add(new Chart.LegendEntry(Palette.NO_DATA, "", "", t.t("calendar.noPillar")));
    legend.add(new Chart.LegendEntry(Palette.BACKGROUND, STAR, "", t.t("calendar.promotional")));
    DataTable table =
        new DataTable(
            t.f("calendar.tableCaption", t.month(month)),
            List.of(
                t.t("col.time"), t.t("col.platform"), t.t("col.format"), t.t("col.purpose"),
                t.t("col.pillar"), t.t("col.status"), t.t("col.text")),
            List.of(false, false, false, false, false, false, false),
            rows);
    return new Chart(
        "calendar-" + month,
        "month",
        t.month(month),
        t.f("calendar.monthDescription", t.month(month), t.integer(posts.size())),
        7 * DAY_WIDTH,
        y + 2,
        shapes,
        legend,
        table);
  }

  private static String tooltip(ScheduledPost post, ZonedDateTime time, Text t) {
    String text = post.content().text().length() > 120 ? post.content().text().substring(0, 119) + "\u2026" : post.content().text();
    return t.f(
        "calendar.tooltip",
        t.dateTime(time),
        post.platform().displayName(),
        t.label("format", post.content().format()),
        t.label("purpose", post.content().purpose()),
        post.content().pillar().orElse(t.t("none")),
        text);
  }

  // ---- content mix ----------------------------------------------------------------------

  private static final int MIX_WIDTH = 760;
  private static final int MIX_HEIGHT = 230;
  private static final int LEFT = 46;
  private static final int RIGHT = 14;
  private static final int MTOP = 12;
  private static final int BOTTOM = 34;
  private static final String[] DASHES = {"", "dashed", "dotted"};

  static Section mix(PlannedCalendar planned, Text t) {
    RollingMix target = planned.mix();
    ContentMix mix = target.mix();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            t.f(
                "mix.intro",
                mix.name(),
                t.integer(target.windowPosts()),
                t.percent(mix.tolerance(), 0),
                t.label("mixScope", target.scope())),
            "lead"));
    List<List<ScheduledPost>> sequences = target.sequences(planned.calendar().posts());
    int index = 0;
    for (List<ScheduledPost> sequence : sequences) {
      if (sequence.isEmpty()) {
        continue;
      }
      String name =
          target.scope() == MixScope.PLATFORM
              ? sequence.get(0).platform().displayName()
              : t.t("mix.allPlatforms");
      blocks.add(new Block.Figure(mixChart(name, sequence, target, index++, t)));
    }
    if (index == 0) {
      blocks.add(new Block.Paragraph(t.t("mix.noPosts"), ""));
    }
    return new Section(ReviewSection.CONTENT_MIX.id(), t.t("section.mix"), blocks);
  }

  private static Chart mixChart(String name, List<ScheduledPost> sequence, RollingMix target, int index, Text t) {
    ContentMix mix = target.mix();
    int w = Math.min(target.windowPosts(), sequence.size());
    int windows = sequence.size() - w + 1;
    List<MixSlice> slices = mix.slices();
    double[][] shares = new double[slices.size()][windows];
    List<MixEvaluation> evaluations = new ArrayList<>();
    for (int i = 0; i < windows; i++) {
      List<ContentKind> kinds = new ArrayList<>(w);
      for (int j = i; j < i + w; j++) {
        kinds.add(sequence.get(j).content().kind());
      }
      MixEvaluation evaluation = mix.evaluate(kinds);
      evaluations.add(evaluation);
      for (int s = 0; s < slices.size(); s++) {
        shares[s][i] = evaluation.shares().get(s).actual().valueOr(0);
      }
    }
    double plotW = MIX_WIDTH - LEFT - RIGHT;
    double plotH = MIX_HEIGHT - MTOP - BOTTOM;
    List<Shape> shapes = new ArrayList<>();
    for (int p = 0; p <= 100; p += 20) {
      double y = MTOP + plotH - p / 100.0 * plotH;
      shapes.add(new Shape.Line(n(LEFT), n(y), n(LEFT + plotW), n(y), Palette.GRID, "grid"));
      shapes.add(new Shape.Label(n(LEFT - 6), n(y + 4), "end", Palette.MUTED, "small", t.percent(p / 100.0, 0)));
    }
    for (int s = 0; s < slices.size(); s++) {
      double share = slices.get(s).share();
      double lo = Math.max(0, share - mix.tolerance());
      double hi = Math.min(1, share + mix.tolerance());
      double yHi = MTOP + plotH - hi * plotH;
      double yLo = MTOP + plotH - lo * plotH;
      shapes.add(new Shape.Rect(n(LEFT), n(yHi), n(plotW), n(yLo - yHi), Palette.category(s == 0 ? 1 : s == 1 ? 0 : s + 1), "band", ""));
    }
    for (int s = 0; s < slices.size(); s++) {
      String colour = seriesColour(s);
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < windows; i++) {
        double x = windows == 1 ? LEFT + plotW / 2 : LEFT + i * plotW / (windows - 1);
        double y = MTOP + plotH - shares[s][i] * plotH;
        points.append(n(x)).append(',').append(n(y)).append(' ');
      }
      shapes.add(new Shape.Polyline(points.toString().trim(), colour, "series " + DASHES[s % DASHES.length]));
      if (windows <= 150) {
        for (int i = 0; i < windows; i++) {
          double x = windows == 1 ? LEFT + plotW / 2 : LEFT + i * plotW / (windows - 1);
          double y = MTOP + plotH - shares[s][i] * plotH;
          SliceShare share = evaluations.get(i).shares().get(s);
          shapes.add(
              new Shape.Circle(
                  n(x), n(y), share.isWithinTolerance() ? "2.5" : "4", share.isWithinTolerance() ? colour : Palette.VERMILION,
                  t.f(
                      "mix.pointTooltip",
                      t.integer(i + 1),
                      t.integer(i + 1),
                      t.integer(i + w),
                      slices.get(s).name(),
                      t.percent(shares[s][i], 0),
                      t.percent(slices.get(s).share(), 0))));
        }
      }
    }
    shapes.add(new Shape.Line(n(LEFT), n(MTOP + plotH), n(LEFT + plotW), n(MTOP + plotH), Palette.TEXT, "axis"));
    shapes.add(new Shape.Label(n(LEFT), n(MIX_HEIGHT - 8), "start", Palette.MUTED, "small", t.f("mix.firstWindow", t.integer(1))));
    shapes.add(
        new Shape.Label(n(LEFT + plotW), n(MIX_HEIGHT - 8), "end", Palette.MUTED, "small", t.f("mix.lastWindow", t.integer(windows))));

    List<Chart.LegendEntry> legend = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < slices.size(); s++) {
      MixSlice slice = slices.get(s);
      legend.add(new Chart.LegendEntry(seriesColour(s), "", "line", t.f("mix.sliceLegend", slice.name(), t.percent(slice.share(), 0))));
      double min = 1;
      double max = 0;
      long outside = 0;
      for (int i = 0; i < windows; i++) {
        min = Math.min(min, shares[s][i]);
        max = Math.max(max, shares[s][i]);
        if (!evaluations.get(i).shares().get(s).isWithinTolerance()) {
          outside++;
        }
      }
      rows.add(
          List.of(
              slice.name(),
              t.percent(slice.share(), 0),
              t.f("range", t.percent(Math.max(0, slice.share() - mix.tolerance()), 0), t.percent(Math.min(1, slice.share() + mix.tolerance()), 0)),
              t.percent(min, 0),
              t.percent(max, 0),
              t.f("mix.outside", t.integer(outside), t.integer(windows))));
    }
    legend.add(new Chart.LegendEntry(Palette.SKY, "", "band", t.t("mix.bandLegend")));
    legend.add(new Chart.LegendEntry(Palette.VERMILION, "", "", t.t("mix.offLegend")));
    DataTable table =
        new DataTable(
            t.f("mix.tableCaption", name),
            List.of(t.t("col.slice"), t.t("col.target"), t.t("col.band"), t.t("col.lowest"), t.t("col.highest"), t.t("col.offTarget")),
            List.of(false, true, true, true, true, true),
            rows);
    return new Chart(
        "mix-" + index,
        "mix",
        t.f("mix.chartTitle", name),
        t.f("mix.description", name, t.integer(sequence.size()), t.integer(windows), t.integer(w)),
        MIX_WIDTH,
        MIX_HEIGHT,
        shapes,
        legend,
        table);
  }

  private static String seriesColour(int slice) {
    return slice == 0 ? Palette.BLUE : slice == 1 ? Palette.ORANGE : Palette.category(slice + 4);
  }

}
