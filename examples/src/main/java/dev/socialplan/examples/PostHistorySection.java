package dev.socialplan.examples;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.metric.Averages;
import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.csv.CsvResult;
import dev.socialplan.csv.ExportPreset;
import dev.socialplan.csv.PerformanceCsv;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import dev.socialplan.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints what 500 real Facebook posts say: engagement rate by post type, paid versus organic, the
 * best times to post as a weekday × hour table, and what changes when those times drive the
 * scheduler.
 */
final class PostHistorySection {
  private PostHistorySection() {}

  /** The data set's post types, in the order shown, and the formats the csv preset reads them as. */
  static final Map<String, PostFormat> TYPES = types();

  private static Map<String, PostFormat> types() {
    Map<String, PostFormat> t = new LinkedHashMap<>();
    t.put("Photo", PostFormat.IMAGE);
    t.put("Status", PostFormat.TEXT);
    t.put("Link", PostFormat.LINK);
    t.put("Video", PostFormat.VIDEO);
    return t;
  }

  /** Where the data set is, beside the example. */
  static final String RESOURCE = "/datasets/facebook-cosmetics-2014.csv";

  /** The data set's citation, as its preset gives it. */
  static final String CREDIT = ExportPreset.uciFacebookMetrics().source();

  /**
   * Reads the data set through the csv module's UCI preset; the file is the library's own, so a
   * rejected row is a bug, not a finding to print.
   */
  static List<PerformanceRecord> load() {
    try (InputStream in = PostHistorySection.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      CsvResult<PerformanceRecord> read =
          PerformanceCsv.read(in, ExportPreset.uciFacebookMetrics().mapping());
      if (!read.report().isClean()) {
        throw new IllegalStateException(RESOURCE + ": " + read.report().messages(Locale.ENGLISH));
      }
      return read.values();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data set's hours have no zone; they are read and analysed as UTC, i.e. kept as given. */
  static final ZoneId DATA_ZONE = ZoneId.of("UTC");

  /** The engagement rates of a group of posts, averaged both ways. */
  static final class Rates {
    final int posts;
    final long undefined;
    final Ratio meanOfPostRates;
    final Ratio pooled;
    final long impressions;

    Rates(List<PerformanceRecord> records, PerformanceSummary summary) {
      List<Ratio> rates = records.stream().map(r -> r.engagementRate().rate()).collect(Collectors.toList());
      this.posts = Math.toIntExact(summary.count());
      this.undefined = Averages.countUndefined(rates);
      this.meanOfPostRates = Averages.meanOfRatios(rates);
      this.pooled = Averages.pooled(rates);
      this.impressions = summary.sum(Measure.IMPRESSIONS);
    }
  }

  static Map<String, Rates> byType(List<PerformanceRecord> records) {
    Map<String, Rates> byType = new LinkedHashMap<>();
    TYPES.forEach((type, format) -> {
      List<PerformanceRecord> group =
          records.stream().filter(r -> r.format() == format).collect(Collectors.toList());
      byType.put(type, new Rates(group, PerformanceSummary.of(group)));
    });
    return byType;
  }

  /**
   * The data set's categories read as content pillars, from the library's breakdown by PILLAR:
   * posts, engaged users ÷ reach and the pooled engagement rate over the posts that have one.
   */
  static PerformanceBreakdown byPillar(List<PerformanceRecord> records) {
    return PerformanceBreakdown.of(Grouping.by(Dimension.PILLAR), records);
  }

  /** Paid, organic and unknown: counts and impressions from the library's breakdown by PAID. */
  static Map<PaidStatus, Rates> byPaid(List<PerformanceRecord> records) {
    PerformanceBreakdown breakdown = PerformanceBreakdown.of(Grouping.by(Dimension.PAID), records);
    Map<PaidStatus, Rates> byPaid = new LinkedHashMap<>();
    for (PaidStatus status : List.of(PaidStatus.ORGANIC, PaidStatus.PAID, PaidStatus.UNKNOWN)) {
      breakdown
          .get(GroupKey.empty().withPaid(status))
          .ifPresent(
              summary ->
                  byPaid.put(
                      status,
                      new Rates(
                          records.stream().filter(r -> r.paid() == status).collect(Collectors.toList()),
                          summary)));
    }
    return byPaid;
  }

  static BestTimeResult bestTimes(List<PerformanceRecord> records) {
    return BestTimeToPost.analyse(Platform.FACEBOOK, DATA_ZONE, records);
  }

  static void print(
      ReportWriter out,
      String number,
      List<PerformanceRecord> records,
      BestTimeResult best,
      SchedulingRequest before,
      SchedulingResult beforeResult,
      SchedulingRequest after,
      SchedulingResult afterResult,
      ValidationReport afterFindings) {
    PerformanceSummary all = PerformanceSummary.of(records);
    out.section(number + " What the data says: 500 real Facebook posts");
    out.paragraph(
        "Lumi Mama's own history is too short, so the team learns from a public data set: "
            + Figures.count(all.count())
            + " posts published in 2014 on the Facebook page of a worldwide cosmetics brand, with"
            + " their lifetime reach, impressions and interactions ("
            + Figures.count(all.sum(Measure.IMPRESSIONS))
            + " impressions in all).");
    out.blank();
    out.hanging("Source: ", "        ", CREDIT);
    out.blank();
    out.paragraph(
        "The file is read with the csv module's preset for its layout"
            + " (ExportPreset.uciFacebookMetrics()): every row accepted, none rejected.");
    out.blank();
    out.paragraph(
        "Missing values are kept missing, not counted as zero: likes are missing for "
            + Figures.plural(all.missing(Measure.REACTIONS), "post", "posts")
            + ", shares for "
            + all.missing(Measure.SHARES)
            + ", the paid flag for "
            + records.stream().filter(r -> r.paid() == PaidStatus.UNKNOWN).count()
            + "; a post missing a part of its engagement has no engagement rate.");

    EngagementDefinition facebook = EngagementDefinition.forPlatform(Platform.FACEBOOK);
    out.heading("Engagement rate by post type");
    out.paragraph(
        "Engagement rate = ("
            + facebook.components().stream()
                .map(PostHistorySection::component)
                .collect(Collectors.joining(" + "))
            + ") ÷ "
            + PlanOverview.name(facebook.denominators().get(0))
            + " (when "
            + PlanOverview.name(facebook.denominators().get(0))
            + " are missing: "
            + facebook.denominators().subList(1, facebook.denominators().size()).stream()
                .map(d -> PlanOverview.name(d))
                .collect(Collectors.joining(", then "))
            + "), Facebook's default definition."
            + " Two averages, both named: the mean of the posts' own rates (every post counts the"
            + " same) and the pooled rate (all engagements ÷ all impressions, so posts seen more"
            + " often weigh more). Posts without a rate are left out of both.");
    out.blank();
    out.table(ratesTable("Post type", byType(records)));

    out.heading("By content pillar");
    out.paragraph(
        "The data set sorts its posts into three categories, read here as content pillars: action"
            + " (special offers and contests), product (direct advertisement) and inspiration (brand"
            + " content that is not an advertisement). Engaged users ÷ reach counts people, each"
            + " once, as Facebook's own insights do; the pooled engagement rate is over the posts"
            + " that have one.");
    out.blank();
    out.table(pillarTable(byPillar(records), records));

    out.heading("Paid versus organic");
    Map<PaidStatus, Rates> paid = byPaid(records);
    Map<String, Rates> paidRows = new LinkedHashMap<>();
    paid.forEach((status, rates) -> paidRows.put(PlanOverview.name(status), rates));
    out.table(ratesTable("Paid or organic", paidRows));
    Rates organic = paid.get(PaidStatus.ORGANIC);
    Rates promoted = paid.get(PaidStatus.PAID);
    out.blank();
    double reachFactor =
        ((double) promoted.impressions / promoted.posts) / ((double) organic.impressions / organic.posts);
    double pooledGap = promoted.pooled.valueOr(0) - organic.pooled.valueOr(0);
    out.paragraph(
        "A paid post was seen "
            + Figures.number(reachFactor, 1)
            + " times as often as an organic one on average, and engaged "
            + (Math.abs(pooledGap) < 0.01 ? "about the same" : pooledGap < 0 ? "a smaller" : "a larger")
            + " share of the people who saw it (pooled "
            + Figures.percent(promoted.pooled, 2)
            + " against "
            + Figures.percent(organic.pooled, 2)
            + "; mean of post rates "
            + Figures.percent(promoted.meanOfPostRates, 2)
            + " against "
            + Figures.percent(organic.meanOfPostRates, 2)
            + "). Paid promotion bought reach, not a higher engagement rate: judge Lumi Mama's paid"
            + " budget by reach and conversions, the revenue goal's metric.");

    out.heading("Best times to post (weekday × hour)");
    out.paragraph(best.explanation(Locale.ENGLISH));
    out.blank();
    out.paragraph(
        "Each cell is the engagement index of posts at that hour: 1.0 is the page's median post;"
            + " hours with few posts are pulled toward the page's mean (empirical Bayes), so one"
            + " lucky post cannot make an hour look best. · = no posts at that hour. Columns are the"
            + " hours of the day as given in the file (weekday 1 read as Sunday).");
    out.blank();
    for (String line : grid(best)) {
      out.line(line);
    }
    out.blank();
    out.line("  The five best hours, with the posts behind them:");
    TextTable top = new TextTable(">Rank", "When", ">Posts", ">Observed", ">Estimate", "95% interval");
    int rank = 1;
    for (BucketEstimate b : best.ranked().subList(0, Math.min(5, best.ranked().size()))) {
      top.row(
          rank++,
          when(b.timeOfWeek()),
          b.posts(),
          Figures.number(b.observedIndex(), 2),
          Figures.number(b.estimate(), 2),
          Figures.number(b.lower(), 2) + " to " + Figures.number(b.upper(), 2));
    }
    out.table(top);

    printChanges(out, best.grid(), before, beforeResult, after, afterResult, afterFindings);
  }

  private static TextTable pillarTable(PerformanceBreakdown byPillar, List<PerformanceRecord> records) {
    EngagementDefinition people = EngagementDefinition.engagedUsersByReach();
    EngagementDefinition facebook = EngagementDefinition.forPlatform(Platform.FACEBOOK);
    TextTable table =
        new TextTable("Pillar", ">Posts", ">Reach", ">Engaged users", ">Engaged users ÷ reach",
            ">Pooled engagement rate");
    for (Map.Entry<GroupKey, PerformanceSummary> e : byPillar.groups().entrySet()) {
      String pillar = e.getKey().pillar().orElse("none");
      PerformanceSummary s = e.getValue();
      List<Ratio> rates = records.stream()
          .filter(r -> r.pillar().orElse("none").equals(pillar))
          .map(r -> r.engagementRate(facebook).rate())
          .collect(Collectors.toList());
      table.row(
          pillar,
          Figures.count(s.count()),
          Figures.count(s.sum(Measure.REACH)),
          Figures.count(s.sum(Measure.ENGAGED_USERS)),
          Figures.percent(s.pooledEngagementRate(people).rate(), 2),
          Figures.percent(Averages.pooled(rates), 2));
    }
    return table;
  }

  private static String component(EngagementComponent c) {
    return c == EngagementComponent.REACTIONS ? "likes" : PlanOverview.name(c);
  }

  private static TextTable ratesTable(String what, Map<String, Rates> rows) {
    TextTable table =
        new TextTable(what, ">Posts", ">Without a rate", ">Impressions", ">Mean of post rates", ">Pooled rate");
    for (Map.Entry<String, Rates> e : rows.entrySet()) {
      Rates r = e.getValue();
      table.row(
          e.getKey(),
          Figures.count(r.posts),
          Figures.count(r.undefined),
          Figures.count(r.impressions),
          Figures.percent(r.meanOfPostRates, 2),
          Figures.percent(r.pooled, 2));
    }
    return table;
  }

  /** The weekday × hour grid: seven rows, Monday first, one column per hour. */
  static List<String> grid(BestTimeResult best) {
    Map<TimeOfWeek, BucketEstimate> buckets =
        best.buckets().stream().collect(Collectors.toMap(BucketEstimate::timeOfWeek, b -> b));
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("   ");
    for (int h = 0; h < 24; h++) {
      header.append(String.format(Locale.ROOT, "%4d", h));
    }
    lines.add(header.toString());
    for (DayOfWeek day : DayOfWeek.values()) {
      StringBuilder row = new StringBuilder(Figures.day(day));
      for (int h = 0; h < 24; h++) {
        BucketEstimate b = buckets.get(TimeOfWeek.of(day, h));
        row.append(b == null ? "   ·" : String.format(Locale.ROOT, "%4.1f", b.estimate()));
      }
      lines.add(row.toString());
    }
    return lines;
  }

  static String when(TimeOfWeek t) {
    return Figures.day(t.day()) + String.format(Locale.ROOT, " %02d:00", t.hour());
  }

  private static void printChanges(
      ReportWriter out,
      TimeOfWeekGrid learned,
      SchedulingRequest before,
      SchedulingResult beforeResult,
      SchedulingRequest after,
      SchedulingResult afterResult,
      ValidationReport afterFindings) {
    out.heading("The best times, fed back into the scheduler");
    out.paragraph(
        "The grid above replaces the generic Facebook defaults in the scheduling request (the"
            + " hours read as Taipei time); the backlog, schedules and mix stay the same. Facebook"
            + " posts once a day, so the day stays and the hour moves to the best of the"
            + " schedule's slots that day:");
    out.blank();
    Map<String, ScheduledPost> now =
        afterResult.calendar().byPlatform(Platform.FACEBOOK).stream()
            .collect(Collectors.toMap(ScheduledPost::id, p -> p));
    TimeOfWeekGrid defaults = before.timeWeightsFor(dev.socialplan.calendar.Channel.of(Platform.FACEBOOK));
    TextTable table = new TextTable("Post", "Before", ">Default weight", "After", ">Learned index", "Text");
    int moved = 0;
    int facebookPosts = 0;
    double learnedBefore = 0;
    double learnedAfter = 0;
    for (ScheduledPost was : beforeResult.calendar().byPlatform(Platform.FACEBOOK)) {
      ScheduledPost p = now.get(was.id());
      if (p == null || was.id().equals(ContentBacklog.LIVE_ID)) {
        continue;
      }
      facebookPosts++;
      TimeOfWeek wasAt = TimeOfWeek.from(was.time().atZone(ContentBacklog.ZONE));
      TimeOfWeek nowAt = TimeOfWeek.from(p.time().atZone(ContentBacklog.ZONE));
      learnedBefore += learned.weight(wasAt);
      learnedAfter += learned.weight(nowAt);
      if (!was.time().equals(p.time())) {
        moved++;
        table.row(
            p.id(),
            at(was.time().atZone(ContentBacklog.ZONE)),
            Figures.number(defaults.weight(wasAt), 0),
            at(p.time().atZone(ContentBacklog.ZONE)),
            Figures.number(learned.weight(wasAt), 2) + " → " + Figures.number(learned.weight(nowAt), 2),
            Text.excerpt(p.content().text(), 18));
      }
    }
    out.table(table);
    out.blank();
    out.paragraph(
        moved
            + " of "
            + facebookPosts
            + " Facebook posts moved (the live stream stays where it is). The mean learned index of"
            + " the hours Facebook posts at went from "
            + Figures.number(learnedBefore / facebookPosts, 2)
            + " to "
            + Figures.number(learnedAfter / facebookPosts, 2)
            + ". Instagram and TikTok keep their times. The new calendar still passes the calendar"
            + " rules' hard constraints: "
            + Figures.plural(afterFindings.errors().size(), "error", "errors")
            + ", "
            + Figures.plural(afterFindings.warnings().size(), "warning", "warnings")
            + ", "
            + Figures.plural(afterFindings.infos().size(), "note", "notes")
            + "; "
            + Figures.plural(afterResult.unplaced().size(), "draft", "drafts")
            + " left unplaced.");
  }

  private static String at(ZonedDateTime t) {
    return CalendarSection.DAY.format(t) + " " + CalendarSection.TIME.format(t);
  }
}
