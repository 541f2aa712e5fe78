package dev.socialplan.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SimulatedPerformanceTest {
  private static final Instant MONDAY = Instant.parse("2026-03-02T12:00:00Z");
  private static final Money BOOST = Money.of(CurrencyUnit.EUR, 50);

  private static ScheduledPost post(
      String id, Platform platform, int day, PostFormat format, PostPurpose purpose, PostStatus status) {
    PostContent.Builder content = PostContent.builder().format(format).purpose(purpose);
    if (format == PostFormat.SHORT_VIDEO) {
      content.addMedia(MediaKind.VIDEO).duration(Duration.ofSeconds(30));
    } else {
      content.addMedia(MediaKind.IMAGE);
    }
    return ScheduledPost.builder()
        .id(id)
        .platform(platform)
        .time(MONDAY.plus(Duration.ofDays(day)))
        .content(content.build())
        .status(status)
        .build();
  }

  private static final ContentCalendar CALENDAR =
      ContentCalendar.of(
          ZoneOffset.UTC,
          post("reel", Platform.INSTAGRAM, 0, PostFormat.SHORT_VIDEO, PostPurpose.EDUCATE, PostStatus.PUBLISHED),
          post("offer", Platform.INSTAGRAM, 2, PostFormat.IMAGE, PostPurpose.PROMOTE, PostStatus.PUBLISHED),
          post("story", Platform.INSTAGRAM, 3, PostFormat.STORY, PostPurpose.PROMOTE, PostStatus.PUBLISHED),
          post("page", Platform.FACEBOOK, 4, PostFormat.IMAGE, PostPurpose.INFORM, PostStatus.PUBLISHED),
          post("queued", Platform.FACEBOOK, 9, PostFormat.IMAGE, PostPurpose.INFORM, PostStatus.SCHEDULED),
          post("elsewhere", Platform.X, 5, PostFormat.TEXT, PostPurpose.INFORM, PostStatus.PUBLISHED));

  private static SimulatedPerformance simulation(long seed) {
    return new SimulatedPerformance(
        Map.of(
            Platform.INSTAGRAM,
            new SimulatedPerformance.Account(10_000, 10, 0.1, 0.4, 0.05, EnumSet.of(Measure.CLICKS)),
            Platform.FACEBOOK,
            new SimulatedPerformance.Account(5_000, 2, 0.1, 0.4, 0.03, EnumSet.of(Measure.SAVES))),
        Map.of(Platform.INSTAGRAM, BOOST),
        CurrencyUnit.EUR,
        Optional.of(Money.of(CurrencyUnit.EUR, 20)),
        0.05,
        seed);
  }

  private static final List<PerformanceRecord> RECORDS = simulation(7).records(CALENDAR);

  private static PerformanceRecord record(String id) {
    return RECORDS.stream().filter(r -> r.postId().orElseThrow().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void recordsPublishedPostsOfAccountsOnlyInTimeOrder() {
    assertThat(RECORDS)
        .extracting(r -> r.postId().orElseThrow())
        .containsExactly("reel", "offer", "story", "page");
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
    assertThat(simulation(7).records(CALENDAR)).isEqualTo(RECORDS);
    assertThat(simulation(8).records(CALENDAR)).isNotEqualTo(RECORDS);
  }

  @Test
  void followersGrowLinearlyFromTheFirstPostsDay() {
    assertThat(record("reel").followers()).hasValue(10_000);
    assertThat(record("offer").followers()).hasValue(10_020);
    assertThat(record("page").followers()).hasValue(5_008);
  }

  @Test
  void promotionalFeedPostsOnBoostedPlatformsArePaidStoriesAreNot() {
    assertThat(record("offer").paid()).isEqualTo(PaidStatus.PAID);
    assertThat(record("offer").spend()).contains(BOOST);
    assertThat(record("story").paid()).isEqualTo(PaidStatus.ORGANIC);
    assertThat(record("reel").spend()).contains(Money.zero(CurrencyUnit.EUR));
  }

  @Test
  void unreportedCountsAndCountsThatDoNotApplyAreMissing() {
    assertThat(record("reel").clicks()).isEmpty();
    assertThat(record("reel").conversions()).isEmpty();
    assertThat(record("offer").clicks()).isPresent();
    assertThat(record("offer").revenue())
        .contains(Money.of(CurrencyUnit.EUR, 20).multipliedBy(record("offer").conversions().orElseThrow()));
    assertThat(record("page").saves()).isEmpty();
    assertThat(record("page").clicks()).isPresent();
    assertThat(record("reel").videoStarts()).isPresent();
    assertThat(record("reel").videoCompletions().orElseThrow())
        .isLessThanOrEqualTo(record("reel").videoStarts().orElseThrow());
    assertThat(record("offer").videoStarts()).isEmpty();
  }

  @Test
  void countsAreConsistent() {
    assertThat(RECORDS)
        .allSatisfy(
            r -> {
              assertThat(r.anomalies()).isEmpty();
              assertThat(r.reach().orElseThrow()).isPositive();
            });
  }
}
