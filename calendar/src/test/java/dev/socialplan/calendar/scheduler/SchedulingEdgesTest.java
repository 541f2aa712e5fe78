package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Edges of the scheduler's small parts that its larger tests pass over: an account's schedule
 * listed first, the daily cap on the period's last day, recycled ids at their digits, the readable
 * forms. Each was a surviving mutant of a PIT run (docs/mutation-testing.md).
 */
class SchedulingEdgesTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private static Instant taipei(int day, int hour) {
    return ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, TAIPEI).toInstant();
  }

  private static PostingSchedule.Builder daily(LocalTime... times) {
    return PostingSchedule.builder()
        .platform(Platform.INSTAGRAM)
        .zone(TAIPEI)
        .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), times));
  }

  /** A request for the days from 2 March 2026 (Taipei) with one schedule. */
  private static SchedulingRequest.Builder request(int days, PostingSchedule schedule) {
    return SchedulingRequest.builder()
        .period(Interval.of(taipei(2, 0), taipei(2 + days, 0)))
        .zone(TAIPEI)
        .addSchedules(schedule);
  }

  /** A scheduled post "old" already in the calendar, made like the drafts (account may be null). */
  private static ScheduledPost existingPost(String account, Instant time) {
    return Draft.builder()
        .from(drafts(1, account).get(0))
        .id("old")
        .build()
        .toPost(time)
        .withStatus(PostStatus.SCHEDULED);
  }

  private static List<Draft> drafts(int count, String account) {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Draft.Builder draft =
          Draft.builder()
              .id("d" + i)
              .platform(Platform.INSTAGRAM)
              .content(
                  PostContent.builder().format(PostFormat.IMAGE).purpose(PostPurpose.INFORM).build());
      if (account != null) {
        draft.account(account);
      }
      drafts.add(draft.build());
    }
    return drafts;
  }

  @Test
  void anAccountsScheduleListedFirstIsTheHomeOfItsDrafts() {
    // The only schedule is the account's: index 0, with no schedule for the whole platform.
    SchedulingResult result =
        Scheduler.schedule(
            request(1, daily(LocalTime.of(9, 0), LocalTime.of(18, 0)).account("@bakery").build())
                .addAllDrafts(drafts(2, "@bakery"))
                .build());
    assertThat(result.unplaced()).isEmpty();
    assertThat(result.placed()).extracting(ScheduledPost::time).containsExactly(taipei(2, 9), taipei(2, 18));
  }

  @Test
  void anExistingPostCountsForItsAccountsScheduleListedFirst() {
    PostingSchedule account =
        daily(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(18, 0))
            .account("@bakery")
            .minimumSpacing(Duration.ofHours(3))
            .build();
    ScheduledPost existing = existingPost("@bakery", taipei(2, 9));
    SchedulingResult result =
        Scheduler.schedule(
            request(1, account)
                .existing(ContentCalendar.of(TAIPEI, existing))
                .addAllDrafts(drafts(3, "@bakery"))
                .build());
    // 09:00 is taken and 10:00 is too close to it: only 18:00 is left.
    assertThat(result.placed()).extracting(ScheduledPost::time).containsExactly(taipei(2, 18));
  }

  @Test
  void theDailyCapHoldsOnThePeriodsLastDay() {
    SchedulingResult result =
        Scheduler.schedule(
            request(2, daily(LocalTime.of(9, 0), LocalTime.of(18, 0)).maxPostsPerDay(1).build())
                .addAllDrafts(drafts(4, null))
                .build());
    assertThat(result.placed()).extracting(ScheduledPost::time).containsExactly(taipei(2, 9), taipei(3, 9));
    assertThat(result.unplaced()).hasSize(2);
  }

  @Test
  void recycledIdsAreReadAtEveryDigitAndUpToTheLargestInt() {
    assertThat(Evergreen.recyclingOf("tip", "tip~10")).contains(10);
    assertThat(Evergreen.recyclingOf("tip", "tip~9")).contains(9);
    assertThat(Evergreen.recyclingOf("tip", "tip~2147483647")).contains(Integer.MAX_VALUE);
    assertThat(Evergreen.recyclingOf("tip", "tip~2147483648")).isEmpty();
    assertThat(Evergreen.recyclingOf("tip", "tip~21474836470")).isEmpty();
    assertThat(Evergreen.draftIdOf("tip~3")).contains("tip");
    assertThat(Evergreen.draftIdOf("~3")).isEmpty();
  }

  @Test
  void aDraftWithABlankAccountIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> drafts(1, " \u00A0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account");
  }

  @Test
  void resultsAreEqualWhenEveryPartIs() {
    SchedulingResult one = Scheduler.schedule(oneDayOfNineOClocks(drafts(1, null)));
    // Two drafts for one slot: the same post placed, and one draft unplaced.
    SchedulingResult two = Scheduler.schedule(oneDayOfNineOClocks(drafts(2, null)));
    new EqualsTester()
        .addEqualityGroup(one, SchedulingResult.of(one.calendar(), one.placed(), one.unplaced()))
        .addEqualityGroup(two)
        .testEquals();
  }

  private static SchedulingRequest oneDayOfNineOClocks(List<Draft> drafts) {
    return request(1, daily(LocalTime.of(9, 0)).build()).addAllDrafts(drafts).build();
  }

  @Test
  void anUnfilledSlotReadsAsItsParts() {
    UnfilledSlot slot =
        new UnfilledSlot(
            Channel.of(Platform.INSTAGRAM),
            taipei(4, 1),
            SlotBinding.pillar("Self-care"),
            UnfilledReason.NO_DRAFT,
            "no draft left");
    assertThat(slot.toString())
        .isEqualTo("instagram 2026-03-03T17:00:00Z (" + SlotBinding.pillar("Self-care") + ") NO_DRAFT: no draft left");
    assertThat(UnfilledReason.NO_DRAFT.description())
        .isEqualTo("no draft of the slot's pillar or purpose was left that could go there");
    assertThat(UnfilledReason.CROWDED.description())
        .isEqualTo("a post near it keeps it empty (minimum spacing or daily cap)");
    assertThat(UnfilledReason.MIX_OFF_TARGET.description())
        .isEqualTo("a draft of its pillar would have put the content mix off target");
  }

  @Test
  void anExistingPostOnTheDayAfterThePeriodIsReadUnderACap() {
    // The period is 2 March (Taipei); a post on 4 March lies past its last local day but within
    // the run's reach, so it is read, and counts on no day of the period.
    ScheduledPost later = existingPost(null, taipei(4, 9));
    SchedulingResult result =
        Scheduler.schedule(
            request(1, daily(LocalTime.of(9, 0), LocalTime.of(18, 0)).maxPostsPerDay(1).build())
                .existing(ContentCalendar.of(TAIPEI, later))
                .addAllDrafts(drafts(2, null))
                .build());
    assertThat(result.placed()).extracting(ScheduledPost::time).containsExactly(taipei(2, 9));
    assertThat(result.unplaced()).hasSize(1);
  }
}
