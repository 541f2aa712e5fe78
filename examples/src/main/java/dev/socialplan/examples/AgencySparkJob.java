package dev.socialplan.examples;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.spark.BestTimeJob;
import dev.socialplan.spark.PerformanceAggregators;
import dev.socialplan.spark.PerformanceTable;
import dev.socialplan.testkit.generators.AgencyHistory;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.threeten.extra.Interval;

/**
 * An agency's year on Spark: 1,000 brands' generated posts of 2025 on {@code local[2]} (1,500
 * per brand, 1,500,000 in all: about a post a day on each of five platforms), summarised by
 * account and platform with the {@code socialplan_summary} SQL function, the best times of every brand on every platform computed by
 * {@link BestTimeJob}, and one brand's best-time grid fed to the {@link Scheduler} to place next
 * week's drafts. Run it with the command in the README.
 */
public final class AgencySparkJob {
  private AgencySparkJob() {}

  static final int BRANDS = 1_000;
  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final String BRAND = "brand-0042";

  /**
   * Runs the job.
   *
   * @param args optionally the number of posts (default 1,500,000)
   */
  public static void main(String[] args) {
    long posts = args.length > 0 ? Long.parseLong(args[0]) : 1_500_000L;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("socialplan agency job")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, posts, out);
    } finally {
      spark.stop();
    }
  }

  static void run(SparkSession spark, long posts, PrintStream out) {
    AgencyHistory history = AgencyHistory.of(BRANDS, 2025, 2025);
    // Each post is generated on the executor that processes it, as a lake's files would be read;
    // its brand is the record's account, the table's account column.
    Dataset<Row> table =
        spark.range(posts)
            .map(
                (MapFunction<Long, Row>) i -> PerformanceTable.toRow(history.record(i)),
                Encoders.row(PerformanceTable.schema()))
            .cache();
    table.createOrReplaceTempView("posts");
    PerformanceAggregators.register(spark);

    out.printf(Locale.ROOT, "%,d posts of %,d brands in 2025%n%n", table.count(), BRANDS);
    List<Row> summaries =
        spark.sql("SELECT account, platform, " + PerformanceAggregators.SUMMARY_FUNCTION + "("
                + PerformanceAggregators.SUMMARY_ARGUMENTS + ") AS s FROM posts"
                + " WHERE account IN ('brand-0001', '" + BRAND + "')"
                + " GROUP BY account, platform ORDER BY account, platform")
            .collectAsList();
    out.println("Summaries by account and platform (two of the 1,000 brands):");
    out.println("account     platform   posts  impressions  clicks  CTR       spend");
    for (Row r : summaries) {
      PerformanceSummary s = PerformanceAggregators.toSummary(r.getStruct(2));
      out.printf(Locale.ROOT, "%-11s %-10s %5d %12d %7d  %-8s  %s%n",
          r.getString(0), r.getString(1), s.count(), s.sum(Measure.IMPRESSIONS),
          s.sum(Measure.CLICKS), s.pooledRate(Measure.CLICKS, Measure.IMPRESSIONS).asPercent(),
          s.spend().values());
    }

    Dataset<Row> best = BestTimeJob.of(ZONE).run(table).cache();
    long fellBack = best.where("fallback_reason IS NOT NULL").count();
    out.printf(Locale.ROOT, "%nBest times: %,d account-platform analyses, %,d fell back to the"
        + " platform defaults (too few posts).%n", best.count(), fellBack);
    Row brand =
        best.where("account = '" + BRAND + "'").orderBy("fallback_reason", "platform")
            .collectAsList().get(0);
    Platform platform = Platform.of(brand.getString(brand.fieldIndex("platform")));
    out.printf(Locale.ROOT, "%s on %s: %s%n  best hours: %s%n", BRAND, platform.displayName(),
        brand.getString(brand.fieldIndex("explanation")), BestTimeJob.best(brand, 5));

    TimeOfWeekGrid grid = BestTimeJob.grid(brand);
    LocalDate monday = LocalDate.of(2026, 1, 5);
    Interval week =
        Interval.of(monday.atStartOfDay(ZONE).toInstant(),
            monday.plusDays(7).atStartOfDay(ZONE).toInstant());
    List<LocalTime> hours = new ArrayList<>();
    for (int h = 8; h <= 21; h++) {
      hours.add(LocalTime.of(h, 0));
    }
    PostingSchedule schedule =
        PostingSchedule.builder().platform(platform).zone(ZONE)
            .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class),
                hours.toArray(new LocalTime[0])))
            .build();
    SchedulingRequest.Builder request =
        SchedulingRequest.builder().period(week).zone(ZONE).addSchedules(schedule)
            .putTimeWeight(platform, grid);
    for (int i = 1; i <= 5; i++) {
      request.addDrafts(Draft.builder().id("draft-" + i).platform(platform)
          .content(PostContent.builder().format(PostFormat.IMAGE)
              .purpose(i % 2 == 0 ? PostPurpose.PROMOTE : PostPurpose.EDUCATE).build())
          .build());
    }
    SchedulingResult result = Scheduler.schedule(request.build());
    out.printf(Locale.ROOT, "%nNext week's drafts for %s on %s, placed by the scheduler on the"
        + " brand's own grid:%n", BRAND, platform.displayName());
    DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    for (ScheduledPost p : result.placed()) {
      out.printf(Locale.ROOT, "  %s  %s (weight %.2f)%n", p.id(), f.format(p.time().atZone(ZONE)),
          grid.weight(p.time().atZone(ZONE).getDayOfWeek(), p.time().atZone(ZONE).getHour()));
    }
    out.printf(Locale.ROOT, "%d placed, %d not placed.%n", result.placedCount(),
        result.unplaced().size());
  }
}
