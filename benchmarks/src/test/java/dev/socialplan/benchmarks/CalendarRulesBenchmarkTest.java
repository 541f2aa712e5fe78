package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.CalendarRules;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workload of {@link CalendarRulesBenchmark}, at 150,000 posts instead of a million (enough to
 * reach the blackout date in 2030): the calendar its Javadoc describes, every post valid for its
 * platform, and the rules finding exactly what the data holds on purpose — the blacked-out day, the
 * texts cross-posted from the shared pool — so the benchmark times a full, correct validation.
 */
class CalendarRulesBenchmarkTest {
  private static final int SIZE = 150_000;
  private static final int PLATFORMS = 10;
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final LocalDate BLACKOUT = LocalDate.of(2030, 2, 4);

  private static CalendarRulesBenchmark benchmark;
  private static ContentCalendar calendar;
  private static ValidationReport report;

  @BeforeAll
  static void runOnce() {
    benchmark = new CalendarRulesBenchmark();
    benchmark.size = SIZE;
    benchmark.setUp();
    calendar = benchmark.subject.calendar();
    report = benchmark.calendarRulesOverMillionPosts();
  }

  @Test
  void theCalendarIsTenPlatformsPostingEveryTwoHours() {
    assertThat(CalendarRulesBenchmark.SIZE).isEqualTo(1_000_000);
    assertThat(calendar.size()).isEqualTo(SIZE);
    assertThat(calendar.platforms()).hasSize(PLATFORMS);
    assertThat(benchmark.subject.schedules()).hasSize(PLATFORMS);
    for (Platform platform : calendar.platforms()) {
      List<ScheduledPost> posts = calendar.byPlatform(platform).posts();
      assertThat(posts).hasSize(SIZE / PLATFORMS);
      Map<LocalDate, Long> perDay =
          posts.stream().collect(Collectors.groupingBy(p -> p.time().atZone(TAIPEI).toLocalDate(), Collectors.counting()));
      // Every local day holds 12 posts, the last (partial) day aside.
      assertThat(perDay.values().stream().filter(n -> n != 12).count()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void thePostsHaveTheDescribedMix() {
    List<ScheduledPost> posts = calendar.posts();
    assertThat(posts.stream().filter(p -> p.status() == PostStatus.CANCELLED).count()).isEqualTo(SIZE / 500);
    assertThat(posts.stream().filter(p -> !p.content().hashtags().isEmpty()).count()).isEqualTo(SIZE / 5);
    // Every 40th post is a video, and every YouTube post (YouTube has no image posts).
    assertThat(posts.stream().filter(p -> p.content().format().isVideo()).count()).isEqualTo(SIZE / 40 + SIZE / 10);
    assertThat(posts.stream().filter(p -> p.platform().equals(Platform.YOUTUBE)))
        .allSatisfy(p -> assertThat(p.content().format().isVideo()).isTrue());
    assertThat(posts.stream().filter(p -> p.content().format().isVideo()))
        .allSatisfy(p -> assertThat(p.content().duration().orElseThrow().getSeconds()).isBetween(30L, 89L));
    assertThat(posts)
        .allSatisfy(
            p -> assertThat(PlatformCatalog.standard().profile(p.platform()).orElseThrow().supports(p.content().format())).isTrue());
    Set<String> texts = posts.stream().map(p -> p.content().text()).collect(Collectors.toSet());
    assertThat(texts).hasSizeLessThanOrEqualTo(5_000).hasSizeGreaterThan(4_900);
  }

  @Test
  void theRulesFindTheBlackedOutDayAndTheCrossPostsAndNothingElseThatIsWrong() {
    long onBlackout =
        calendar.posts().stream()
            .filter(p -> p.status().occupiesSlot())
            .filter(p -> p.time().atZone(TAIPEI).toLocalDate().equals(BLACKOUT))
            .count();
    assertThat(onBlackout).isEqualTo(PLATFORMS * 12);
    assertThat(report.errors()).hasSize((int) onBlackout);
    assertThat(report.errors()).allSatisfy(f -> assertThat(f.code()).isEqualTo(CalendarRules.CALENDAR_POST_IN_BLACKOUT));
    assertThat(report.onlyCode(CalendarRules.CALENDAR_CROSS_POSTED_TEXT.name()).findings()).isNotEmpty();
    assertThat(report.codes())
        .doesNotContain(
            CalendarRules.CALENDAR_SPACING_VIOLATED.name(),
            CalendarRules.CALENDAR_DAILY_CAP_EXCEEDED.name(),
            CalendarRules.CALENDAR_MIX_OFF_TARGET.name(),
            CalendarRules.CALENDAR_FORMAT_UNSUPPORTED.name(),
            CalendarRules.CALENDAR_TEXT_TOO_LONG.name());
    assertThat(report.findings()).extracting(Finding::code).isNotEmpty();
  }

  @Test
  void theYardstickSortsAFreshCopyEachTime() {
    long[] first = benchmark.sortMillionLongs();
    long[] second = benchmark.sortMillionLongs();
    assertThat(first).hasSize(SIZE).isSorted().isEqualTo(second).isNotSameAs(second);
    assertThat(first[0]).isLessThan(first[SIZE - 1]);
  }
}
