package dev.socialplan.benchmarks;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.CalendarRules;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.ValidationReport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calendar rules (docs/performance.md): every calendar rule ({@link CalendarRules#standard()}) over a calendar of 1,000,000
 * posts, against sorting 1,000,000 random longs ({@link Arrays#sort(long[])} on a copy) in the same
 * run. Target: the rules within 5 times the sort.
 *
 * <p>The calendar: ten platforms, each posting every two hours (12 posts a day, about 23 years) from
 * a pool of 5,000 texts (so cross-posted texts exist), one post in five promotional, one in five
 * with hashtags, every 40th a short video (every YouTube post a video: YouTube has no image posts)
 * and every 500th cancelled; each platform has a schedule
 * (spacing 90 minutes, at most 12 posts a day, a blackout date). Each invocation validates a fresh
 * {@link PlannedCalendar}, so the groupings the rules share are rebuilt every time. Warm-up
 * iterations last 10 s: one call takes about a second until the JIT has compiled the rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
public class CalendarRulesBenchmark {
  /** The number of posts and of longs of the target. */
  static final int SIZE = 1_000_000;

  /** The number of posts and of longs: {@value #SIZE} unless a test sets fewer. */
  @Param({"1000000"})
  public int size;

  private static final List<Platform> PLATFORMS = AgencyFixture.PLATFORMS;
  private static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  /** The calendar and its schedules; package-private so the workload test can inspect it. */
  PlannedCalendar subject;

  private long[] longs;

  /** Builds the calendar and the longs once. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    String[] texts = new String[5_000];
    for (int i = 0; i < texts.length; i++) {
      texts[i] =
          (i % 7 == 0 ? "今天的限定口味：抹茶紅豆 🍵 " : "Five tips for a calmer morning, part ")
              + i
              + (i % 3 == 0 ? " https://example.com/p/" + i : "");
    }
    Instant start = LocalDate.of(2027, 1, 1).atStartOfDay(ZONE).toInstant();
    List<ScheduledPost> posts = new ArrayList<>(size);
    List<PostingSchedule> schedules = new ArrayList<>();
    for (int p = 0; p < PLATFORMS.size(); p++) {
      schedules.add(
          PostingSchedule.builder()
              .platform(PLATFORMS.get(p))
              .zone(ZONE)
              .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0)))
              .minimumSpacing(Duration.ofMinutes(90))
              .maxPostsPerDay(12)
              .addBlackoutDate(LocalDate.of(2030, 2, 4))
              .build());
    }
    // A supported still format and video format per platform (YouTube has no image posts).
    PostFormat[] still = new PostFormat[PLATFORMS.size()];
    PostFormat[] moving = new PostFormat[PLATFORMS.size()];
    for (int p = 0; p < PLATFORMS.size(); p++) {
      PlatformProfile profile = PlatformCatalog.standard().profile(PLATFORMS.get(p)).orElseThrow();
      moving[p] =
          profile.supports(PostFormat.SHORT_VIDEO)
              ? PostFormat.SHORT_VIDEO
              : profile.supports(PostFormat.VIDEO) ? PostFormat.VIDEO : PostFormat.IMAGE;
      still[p] = profile.supports(PostFormat.IMAGE) ? PostFormat.IMAGE : moving[p];
    }
    for (int i = 0; i < size; i++) {
      int p = i % PLATFORMS.size();
      int round = i / PLATFORMS.size();
      Instant time = start.plus(Duration.ofMinutes(120L * round + 7L * p));
      PostFormat format = i % 40 == 0 ? moving[p] : still[p];
      boolean video = format.isVideo();
      PostContent.Builder content =
          PostContent.builder()
              .format(format)
              .purpose(round % 5 == 0 ? PostPurpose.PROMOTE : PostPurpose.values()[round % 3])
              .text(texts[random.nextInt(texts.length)])
              // Described, as a planned post should be: the accessibility rule then reports nothing,
              // and the measured work stays that of a clean calendar.
              .addMedia(
                  MediaItem.of(
                      video ? MediaKind.VIDEO : MediaKind.IMAGE,
                      video ? "A morning routine in five steps, captioned" : "Serum on a marble shelf"));
      if (video) {
        content.duration(Duration.ofSeconds(30 + random.nextInt(60)));
      }
      if (i % 5 == 1) {
        content.addHashtags("morning", "tips");
      }
      posts.add(
          ScheduledPost.builder()
              .id("post-" + i)
              .platform(PLATFORMS.get(p))
              .time(time)
              .content(content.build())
              .status(i % 500 == 0 ? PostStatus.CANCELLED : PostStatus.SCHEDULED)
              .build());
    }
    subject =
        PlannedCalendar.builder()
            .calendar(ContentCalendar.of(ZONE, posts))
            .schedules(schedules)
            .build();
    longs = new long[size];
    for (int i = 0; i < size; i++) {
      longs[i] = random.nextLong();
    }
  }

  /**
   * Runs every calendar rule over the million posts.
   *
   * @return the report, consumed by JMH
   */
  @Benchmark
  public ValidationReport calendarRulesOverMillionPosts() {
    return CalendarRules.standard().validate(PlannedCalendar.builder().from(subject).build());
  }

  /**
   * Sorts a copy of a million random longs: the yardstick of the target.
   *
   * @return the sorted copy, consumed by JMH
   */
  @Benchmark
  public long[] sortMillionLongs() {
    long[] copy = Arrays.copyOf(longs, longs.length);
    Arrays.sort(copy);
    return copy;
  }
}
