package dev.socialplan.benchmarks;

import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.threeten.extra.Interval;

/**
 * Deterministic scheduling requests for the benchmarks: a brand with ten platforms and a year of
 * posting, and an agency of such brands.
 *
 * <p>Each platform posts images (YouTube, which takes no image posts, short videos of 30 to 59
 * seconds) at three local times a day (21 slots a week, about 1,095 a year) with a
 * minimum spacing of three hours, at most two posts a day and two blackout dates; its backlog holds
 * 500 drafts (one in five promotional, priorities 0 to 2, one in ten tied to a four-week campaign
 * window), so a brand asks for 5,000 posts. Time-of-week weights differ per brand and platform. The
 * 80/20 mix is held over every window of ten posts per platform. Brands alternate between Taipei and
 * New York (daylight saving time).
 */
final class AgencyFixture {
  static final List<Platform> PLATFORMS =
      List.of(
          Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.LINKEDIN, Platform.TIKTOK,
          Platform.YOUTUBE, Platform.PINTEREST, Platform.THREADS, Platform.BLUESKY, Platform.MASTODON);
  static final int DRAFTS_PER_PLATFORM = 500;
  static final LocalDate START = LocalDate.of(2027, 1, 1);
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Asia/Taipei"), ZoneId.of("America/New_York"));
  private static final List<String> TEXTS =
      List.of(
          "Five tips for a calmer morning routine with kids",
          "Behind the scenes: how we bake 2,000 croissants before 7 am",
          "New this week: strawberry tarts are back in all shops! https://example.com/tarts",
          "早安！今天的限定口味是抹茶紅豆 🍵",
          "Question of the day: what is your favourite weekend breakfast?");
  /**
   * Each platform's post format: an image where the platform takes image posts, a short video
   * otherwise (YouTube), so every draft is valid for its platform.
   */
  private static final List<PostFormat> FORMATS =
      PLATFORMS.stream()
          .map(
              p ->
                  PlatformCatalog.standard().profile(p).orElseThrow().supports(PostFormat.IMAGE)
                      ? PostFormat.IMAGE
                      : PostFormat.SHORT_VIDEO)
          .collect(Collectors.toUnmodifiableList());

  /** Draft ids, shared by every brand (ids need only be unique within one calendar). */
  private static final String[][] IDS = ids();

  private AgencyFixture() {}

  private static String[][] ids() {
    String[][] ids = new String[PLATFORMS.size()][DRAFTS_PER_PLATFORM];
    for (int p = 0; p < ids.length; p++) {
      for (int i = 0; i < DRAFTS_PER_PLATFORM; i++) {
        ids[p][i] = PLATFORMS.get(p).id() + "-" + i;
      }
    }
    return ids;
  }

  /** One brand's year: ten platforms, 5,000 drafts. */
  static SchedulingRequest brand(int brand) {
    return brand(brand, PLATFORMS.size(), Period.ofYears(1), DRAFTS_PER_PLATFORM);
  }

  /**
   * A brand generated the same way over another period and number of platforms (the first ones of
   * {@link #PLATFORMS}), such as four weeks on three platforms with 40 drafts each, or three years
   * on ten with 1,500 each. Campaign windows start in the first {@code weeks − 4} weeks (at the
   * start when the period is shorter), so that {@link #brand(int)} is this with a year, ten
   * platforms and 500 drafts each.
   */
  static SchedulingRequest brand(int brand, int platforms, Period length, int draftsPerPlatform) {
    SplittableRandom random = new SplittableRandom(brand * 7919L + 17);
    ZoneId zone = ZONES.get(brand % ZONES.size());
    LocalDate end = START.plus(length);
    Interval year =
        Interval.of(START.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
    int campaignStarts = Math.max(1, (int) (ChronoUnit.DAYS.between(START, end) / 7) - 4);
    SchedulingRequest.Builder b =
        SchedulingRequest.builder().period(year).zone(zone).mix(RollingMix.defaultTarget());
    for (int p = 0; p < platforms; p++) {
      Platform platform = PLATFORMS.get(p);
      PostFormat format = FORMATS.get(p);
      boolean video = format.isVideo();
      b.addSchedules(
          PostingSchedule.builder()
              .platform(platform)
              .zone(zone)
              .pattern(
                  WeeklySlots.on(
                      EnumSet.allOf(DayOfWeek.class),
                      LocalTime.of(8 + p % 3, 0),
                      LocalTime.of(12, 30),
                      LocalTime.of(18 + p % 4, 0)))
              .minimumSpacing(Duration.ofHours(3))
              .maxPostsPerDay(2)
              .addBlackoutDate(LocalDate.of(2027, 12, 25))
              .addBlackoutDate(LocalDate.of(2027, 2, 6))
              .build());
      double[] weights = new double[168];
      for (int h = 0; h < weights.length; h++) {
        weights[h] = random.nextInt(100) / 10.0;
      }
      b.putTimeWeight(platform, TimeOfWeekGrid.of(weights));
      for (int i = 0; i < draftsPerPlatform; i++) {
        PostContent.Builder content =
            PostContent.builder()
                .format(format)
                .purpose(i % 5 == 0 ? PostPurpose.PROMOTE : PostPurpose.values()[i % 3])
                .text(TEXTS.get((i + p) % TEXTS.size()))
                .addMedia(video ? MediaKind.VIDEO : MediaKind.IMAGE);
        Draft.Builder d = Draft.builder().id(i < DRAFTS_PER_PLATFORM ? IDS[p][i] : platform.id() + "-" + i).platform(platform).priority(random.nextInt(3));
        if (video) {
          content.duration(Duration.ofSeconds(30 + i % 30));
        }
        if (i % 10 == 3) {
          LocalDate from = START.plusWeeks(random.nextInt(campaignStarts));
          content.campaign("campaign-" + (i % 7));
          d.campaignWindow(
              Interval.of(
                  from.atStartOfDay(zone).toInstant(), from.plusWeeks(4).atStartOfDay(zone).toInstant()));
        }
        d.content(content.build());
        b.addDrafts(d.build());
      }
    }
    return b.build();
  }

  /** An agency of brands. */
  static List<SchedulingRequest> agency(int brands) {
    List<SchedulingRequest> requests = new ArrayList<>(brands);
    for (int i = 0; i < brands; i++) {
      requests.add(brand(i));
    }
    return requests;
  }
}
