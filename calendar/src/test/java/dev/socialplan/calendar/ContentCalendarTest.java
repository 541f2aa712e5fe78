package dev.socialplan.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class ContentCalendarTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private static Instant taipei(int month, int day, int hour) {
    return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, TAIPEI).toInstant();
  }

  private static ScheduledPost post(String id, Platform platform, Instant time) {
    return ScheduledPost.builder()
        .id(id)
        .platform(platform)
        .time(time)
        .content(PostContent.builder()
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.EDUCATE)
            .build())
        .build();
  }

  // 2026-01-05 is a Monday.
  private static final ScheduledPost IG_MON_9 = post("ig-1", Platform.INSTAGRAM, taipei(1, 5, 9));
  private static final ScheduledPost IG_MON_12 =
      ScheduledPost.builder()
          .from(post("ig-2", Platform.INSTAGRAM, taipei(1, 5, 12)))
          .content(PostContent.builder()
              .from(post("ig-2", Platform.INSTAGRAM, taipei(1, 5, 12)).content())
              .campaign("spring")
              .pillar("tips")
              .build())
          .status(PostStatus.APPROVED)
          .build();
  private static final ScheduledPost X_MON_10 = post("x-1", Platform.X, taipei(1, 5, 10));
  private static final ScheduledPost IG_TUE_9_CANCELLED =
      post("ig-3", Platform.INSTAGRAM, taipei(1, 6, 9)).withStatus(PostStatus.CANCELLED);
  // Built for each test, not in a static field, so that a mutation tool that swaps the class in
  // after this class is initialised still sees the index ContentCalendar.of builds.
  private final ContentCalendar calendar =
      ContentCalendar.of(TAIPEI, IG_TUE_9_CANCELLED, X_MON_10, IG_MON_12, IG_MON_9);

  private static final PostingSchedule INSTAGRAM =
      PostingSchedule.builder()
          .platform(Platform.INSTAGRAM)
          .zone(TAIPEI)
          .pattern(
              WeeklySlots.on(
                  List.of(MONDAY, TUESDAY), LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(19, 0)))
          .build();

  @Test
  void keepsPostsInTimeOrder() {
    assertThat(calendar.posts()).containsExactly(IG_MON_9, X_MON_10, IG_MON_12, IG_TUE_9_CANCELLED);
    assertThat(calendar.size()).isEqualTo(4);
    assertThat(calendar.isEmpty()).isFalse();
    assertThat(calendar.zone()).isEqualTo(TAIPEI);
    assertThat(calendar.first()).contains(IG_MON_9);
    assertThat(calendar.last()).contains(IG_TUE_9_CANCELLED);
    assertThat(calendar).containsExactly(IG_MON_9, X_MON_10, IG_MON_12, IG_TUE_9_CANCELLED);
    assertThat(calendar.stream().count()).isEqualTo(4);
    assertThat(calendar.platforms()).containsExactly(Platform.INSTAGRAM, Platform.X);
  }

  @Test
  void emptyCalendar() {
    ContentCalendar empty = ContentCalendar.empty(TAIPEI);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.first()).isEmpty();
    assertThat(empty.last()).isEmpty();
    assertThat(empty.get("ig-1")).isEmpty();
    assertThat(empty.toString()).isEqualTo("ContentCalendar[Asia/Taipei, 0 posts]");
  }

  @Test
  void findsById() {
    assertThat(calendar.get("x-1")).contains(X_MON_10);
    assertThat(calendar.contains("ig-2")).isTrue();
    assertThat(calendar.contains("nope")).isFalse();
  }

  @Test
  void refusesDuplicateIds() {
    assertThatThrownBy(() -> ContentCalendar.of(TAIPEI, IG_MON_9, IG_MON_9.withTime(taipei(2, 1, 9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("posts must have distinct ids: \"ig-1\"");
  }

  @Test
  void withAddsOrReplacesAndWithoutRemoves() {
    ScheduledPost moved = IG_MON_9.withTime(taipei(1, 7, 9));
    ContentCalendar changed = calendar.with(moved);
    assertThat(changed.posts()).containsExactly(X_MON_10, IG_MON_12, IG_TUE_9_CANCELLED, moved);
    assertThat(calendar.posts()).hasSize(4).startsWith(IG_MON_9);
    ScheduledPost early = post("early", Platform.X, taipei(1, 1, 8));
    assertThat(calendar.with(early).posts()).hasSize(5).startsWith(early);
    assertThat(calendar.without("x-1").posts())
        .containsExactly(IG_MON_9, IG_MON_12, IG_TUE_9_CANCELLED);
    assertThat(calendar.without("nope")).isSameAs(calendar);
    ContentCalendar bulk = calendar.withAll(List.of(moved, early));
    assertThat(bulk.posts()).containsExactly(early, X_MON_10, IG_MON_12, IG_TUE_9_CANCELLED, moved);
    assertThat(bulk.get("ig-1")).contains(moved);
    assertThatThrownBy(() -> calendar.withAll(List.of(early, early)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("added posts must have distinct ids: \"early\"");
  }

  @Test
  void queries() {
    assertThat(calendar.byPlatform(Platform.INSTAGRAM).posts())
        .containsExactly(IG_MON_9, IG_MON_12, IG_TUE_9_CANCELLED);
    assertThat(calendar.byPlatform(Platform.TIKTOK).isEmpty()).isTrue();
    assertThat(calendar.byCampaign("spring").posts()).containsExactly(IG_MON_12);
    assertThat(calendar.byPillar("tips").posts()).containsExactly(IG_MON_12);
    assertThat(calendar.byStatus(PostStatus.DRAFT).posts()).containsExactly(IG_MON_9, X_MON_10);
    assertThat(calendar.between(taipei(1, 5, 10), taipei(1, 6, 9)).posts())
        .containsExactly(X_MON_10, IG_MON_12);
    assertThat(calendar.within(Interval.of(taipei(1, 5, 10), taipei(1, 5, 10))).isEmpty()).isTrue();
    assertThat(calendar.within(Interval.ALL)).isSameAs(calendar);
    assertThat(calendar.byPlatform(Platform.INSTAGRAM).within(Interval.of(taipei(1, 5, 12), taipei(1, 7, 0))).posts())
        .containsExactly(IG_MON_12, IG_TUE_9_CANCELLED);
    assertThat(calendar.filter(p -> p.platform().equals(Platform.X)).posts()).containsExactly(X_MON_10);
  }

  @Test
  void valueSemantics() {
    ContentCalendar same = ContentCalendar.of(TAIPEI, List.of(IG_MON_9, IG_MON_12, X_MON_10, IG_TUE_9_CANCELLED));
    assertThat(same).isEqualTo(calendar).hasSameHashCodeAs(calendar);
    assertThat(calendar.withZone(ZoneId.of("UTC"))).isNotEqualTo(calendar);
    assertThat(calendar.withZone(TAIPEI)).isSameAs(calendar);
    assertThat(calendar.toString())
        .isEqualTo("ContentCalendar[Asia/Taipei, 4 posts, 2026-01-05T01:00:00Z .. 2026-01-06T01:00:00Z]");
  }

  // --- next free slot --------------------------------------------------------------------------

  @Test
  void nextFreeSlotSkipsTakenSlots() {
    // Monday 09:00 and 12:00 are taken; 19:00 is free.
    Optional<ZonedDateTime> slot =
        calendar.nextFreeSlot(INSTAGRAM, taipei(1, 5, 0), Duration.ofDays(14));
    assertThat(slot).map(ZonedDateTime::toLocalDateTime).contains(LocalDateTime.of(2026, 1, 5, 19, 0));
  }

  @Test
  void cancelledPostsFreeTheirSlot() {
    Optional<ZonedDateTime> slot =
        calendar.nextFreeSlot(INSTAGRAM, taipei(1, 6, 0), Duration.ofDays(14));
    assertThat(slot).map(ZonedDateTime::toLocalDateTime).contains(LocalDateTime.of(2026, 1, 6, 9, 0));
  }

  @Test
  void postsOnOtherPlatformsDoNotTakeSlots() {
    PostingSchedule x = PostingSchedule.builder().from(INSTAGRAM).platform(Platform.X).build();
    assertThat(calendar.nextFreeSlot(x, taipei(1, 5, 0), Duration.ofDays(14)))
        .map(ZonedDateTime::toLocalDateTime)
        .contains(LocalDateTime.of(2026, 1, 5, 9, 0));
  }

  @Test
  void nextFreeSlotRespectsSpacing() {
    // 8 hours from the 12:00 post rules out 19:00 on Monday; Tuesday 09:00 is 21 hours later.
    PostingSchedule spaced = INSTAGRAM.withMinimumSpacing(Duration.ofHours(8));
    assertThat(calendar.nextFreeSlot(spaced, taipei(1, 5, 0), Duration.ofDays(14)))
        .map(ZonedDateTime::toLocalDateTime)
        .contains(LocalDateTime.of(2026, 1, 6, 9, 0));
    // Spacing also looks backwards: a post on Tuesday 13:00 blocks Tuesday 09:00 and 12:00 too.
    ContentCalendar withTuesday = calendar.with(post("ig-4", Platform.INSTAGRAM, taipei(1, 6, 13)));
    assertThat(withTuesday.nextFreeSlot(spaced, taipei(1, 5, 13), Duration.ofDays(14)))
        .map(ZonedDateTime::toLocalDateTime)
        .contains(LocalDateTime.of(2026, 1, 12, 9, 0));
  }

  @Test
  void nextFreeSlotRespectsDailyCap() {
    PostingSchedule capped = INSTAGRAM.withMaxPostsPerDay(2);
    assertThat(calendar.nextFreeSlot(capped, taipei(1, 5, 0), Duration.ofDays(14)))
        .map(ZonedDateTime::toLocalDateTime)
        .contains(LocalDateTime.of(2026, 1, 6, 9, 0));
  }

  @Test
  void nextFreeSlotRespectsBlackoutsAndHorizon() {
    PostingSchedule blackedOut =
        INSTAGRAM.withBlackoutDate(LocalDate.of(2026, 1, 5)).withBlackoutDate(LocalDate.of(2026, 1, 6));
    assertThat(calendar.nextFreeSlot(blackedOut, taipei(1, 5, 0), Duration.ofDays(14)))
        .map(ZonedDateTime::toLocalDateTime)
        .contains(LocalDateTime.of(2026, 1, 12, 9, 0));
    assertThat(calendar.nextFreeSlot(blackedOut, taipei(1, 5, 0), Duration.ofDays(7))).isEmpty();
    // A long blackout makes the search cross several internal search chunks.
    PostingSchedule quietQuarter =
        PostingSchedule.builder()
            .from(INSTAGRAM)
            .addBlackout(org.threeten.extra.LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
            .build();
    assertThat(calendar.nextFreeSlot(quietQuarter, taipei(1, 5, 0), Duration.ofDays(120)))
        .map(ZonedDateTime::toLocalDateTime)
        .contains(LocalDateTime.of(2026, 3, 31, 9, 0));
  }

  private static ScheduledPost onAccount(String account, ScheduledPost post) {
    return ScheduledPost.builder().from(post).account(account).build();
  }

  private static PostingSchedule instagramFor(String account) {
    return PostingSchedule.builder().from(INSTAGRAM).account(account).build();
  }

  @Test
  void accountSchedulesOnlyCountTheirAccount() {
    ScheduledPost brandAccount = onAccount("brand", post("ig-b", Platform.INSTAGRAM, taipei(2, 2, 9)));
    ContentCalendar accounts = ContentCalendar.of(TAIPEI, brandAccount);
    PostingSchedule shop = instagramFor("shop");
    PostingSchedule brand = instagramFor("brand");
    assertThat(accounts.isFree(shop, taipei(2, 2, 9))).isTrue();
    assertThat(accounts.isFree(brand, taipei(2, 2, 9))).isFalse();
    assertThat(accounts.isFree(INSTAGRAM, taipei(2, 2, 9))).isFalse();
    assertThat(accounts.isFree(INSTAGRAM, taipei(2, 2, 12))).isTrue();
  }

  @Test
  void accountsWithEqualHashCodesAreStillDifferentAccounts() {
    // "Aa" and "BB" have the same String hash code, so a hash map meets both keys in one bucket
    // and only equals tells the accounts apart.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    ScheduledPost onAa = onAccount("Aa", post("ig-aa", Platform.INSTAGRAM, taipei(2, 2, 9)));
    ContentCalendar accounts = ContentCalendar.of(TAIPEI, onAa);
    PostingSchedule aa = instagramFor("Aa");
    PostingSchedule bb = instagramFor("BB");
    assertThat(accounts.isFree(aa, taipei(2, 2, 9))).isFalse();
    assertThat(accounts.isFree(bb, taipei(2, 2, 9))).isTrue();
  }

  @Test
  void refusesUnboundedSearchAndNegativeHorizon() {
    assertThatThrownBy(() -> calendar.nextFreeSlot(INSTAGRAM, Interval.startingAt(taipei(1, 5, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("search must be bounded");
    assertThatThrownBy(() -> calendar.nextFreeSlot(INSTAGRAM, taipei(1, 5, 0), Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon must not be negative: PT-24H");
  }
}
