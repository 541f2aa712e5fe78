package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/** The calendar's O(log n) free-slot search against a brute-force scan of every post. */
class ContentCalendarPropertiesTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant START = LocalDate.of(2026, 3, 1).atStartOfDay(NEW_YORK).toInstant();
  private static final List<Platform> PLATFORMS = List.of(Platform.X, Platform.INSTAGRAM);

  private static final Gen<PostingSchedule> SCHEDULE =
      lists().of(arbitrary().enumValues(DayOfWeek.class)
              .zip(integers().between(0, 23), arbitrary().pick(0, 30), (d, h, m) -> WeeklySlot.of(d, h, m)))
          .ofSizeBetween(1, 10)
          .zip(arbitrary().pick(0, 0, 60, 240, 1440), integers().between(0, 3),
              (slots, spacing, cap) -> {
                PostingSchedule.Builder b =
                    PostingSchedule.builder()
                        .platform(Platform.X)
                        .zone(NEW_YORK)
                        .pattern(WeeklySlots.of(slots))
                        .minimumSpacing(Duration.ofMinutes(spacing));
                if (cap > 0) {
                  b.maxPostsPerDay(cap);
                }
                return b.build();
              });

  private static final Gen<List<ScheduledPost>> POSTS =
      lists().of(
              integers().between(0, 40 * 48).zip(arbitrary().pick(PLATFORMS), arbitrary().enumValues(PostStatus.class),
                  (halfHours, platform, status) -> new Object[] {halfHours, platform, status}))
          .ofSizeBetween(0, 120)
          .map(specs -> {
            List<ScheduledPost> posts = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
              Object[] spec = specs.get(i);
              posts.add(
                  ScheduledPost.builder()
                      .id("p" + i)
                      .platform((Platform) spec[1])
                      .time(START.plus(Duration.ofMinutes(30L * (Integer) spec[0])))
                      .content(PostContent.builder()
                          .format(PostFormat.TEXT)
                          .purpose(PostPurpose.INFORM)
                          .build())
                      .status((PostStatus) spec[2])
                      .build());
            }
            return posts;
          });

  private static boolean bruteForceFree(PostingSchedule schedule, List<ScheduledPost> posts, Instant time) {
    if (!schedule.allows(time)) {
      return false;
    }
    LocalDate day = time.atZone(schedule.zone()).toLocalDate();
    int sameDay = 0;
    for (ScheduledPost post : posts) {
      if (!post.platform().equals(schedule.platform()) || !post.status().occupiesSlot()) {
        continue;
      }
      Duration distance = Duration.between(post.time(), time).abs();
      if (post.time().equals(time) || distance.compareTo(schedule.minimumSpacing()) < 0) {
        return false;
      }
      if (post.time().atZone(schedule.zone()).toLocalDate().equals(day)) {
        sameDay++;
      }
    }
    return schedule.maxPostsPerDay().isEmpty() || sameDay < schedule.maxPostsPerDay().getAsInt();
  }

  @Test
  void nextFreeSlotIsTheFirstCandidateABruteForceScanAccepts() {
    qt().forAll(SCHEDULE, POSTS, integers().between(0, 30 * 24), integers().between(0, 30 * 24))
        .checkAssert(
            (schedule, posts, fromHours, horizonHours) -> {
              ContentCalendar calendar = ContentCalendar.of(NEW_YORK, posts);
              Interval search = Interval.of(START.plus(Duration.ofHours(fromHours)), Duration.ofHours(horizonHours));
              Optional<Instant> expected =
                  schedule.candidateSlots(search).stream()
                      .map(ZonedDateTime::toInstant)
                      .filter(t -> bruteForceFree(schedule, posts, t))
                      .findFirst();
              assertThat(calendar.nextFreeSlot(schedule, search).map(ZonedDateTime::toInstant))
                  .isEqualTo(expected);
            });
  }

  @Test
  void isFreeAgreesWithBruteForceAtAnyInstant() {
    qt().forAll(SCHEDULE, POSTS, integers().between(0, 40 * 48))
        .checkAssert(
            (schedule, posts, halfHours) -> {
              Instant time = START.plus(Duration.ofMinutes(30L * halfHours));
              assertThat(ContentCalendar.of(NEW_YORK, posts).isFree(schedule, time))
                  .isEqualTo(bruteForceFree(schedule, posts, time));
            });
  }

  @Test
  void calendarsStayTimeOrderedThroughWithAndWithout() {
    qt().forAll(POSTS, POSTS)
        .checkAssert(
            (first, second) -> {
              ContentCalendar calendar = ContentCalendar.of(NEW_YORK, first);
              for (ScheduledPost post : second) {
                calendar = calendar.with(post.withTime(post.time().plusSeconds(1)));
              }
              for (int i = 0; i < first.size(); i += 2) {
                calendar = calendar.without("p" + i);
              }
              List<ScheduledPost> list = calendar.posts();
              for (int i = 1; i < list.size(); i++) {
                assertThat(ScheduledPost.timeOrder().compare(list.get(i - 1), list.get(i))).isNegative();
              }
              assertThat(calendar).isEqualTo(ContentCalendar.of(NEW_YORK, list));
              for (ScheduledPost post : list) {
                assertThat(calendar.get(post.id())).contains(post);
              }
            });
  }

  @Test
  void withinMatchesALinearFilter() {
    qt().forAll(POSTS, integers().between(0, 40 * 24), integers().between(0, 10 * 24))
        .checkAssert(
            (posts, fromHours, hours) -> {
              ContentCalendar calendar = ContentCalendar.of(NEW_YORK, posts);
              Interval period = Interval.of(START.plus(Duration.ofHours(fromHours)), Duration.ofHours(hours));
              assertThat(calendar.within(period).posts())
                  .containsExactlyElementsOf(calendar.filter(p -> period.contains(p.time())).posts());
            });
  }
}
