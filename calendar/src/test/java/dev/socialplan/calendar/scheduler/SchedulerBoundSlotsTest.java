package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** Slots bound to a pillar or purpose: filled only by its drafts, reported when left empty. */
class SchedulerBoundSlotsTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Interval WEEK =
      Interval.of(
          LocalDate.of(2026, 3, 2).atStartOfDay(TAIPEI).toInstant(),
          LocalDate.of(2026, 3, 9).atStartOfDay(TAIPEI).toInstant());
  private static final WeeklySlot MONDAY = WeeklySlot.of(DayOfWeek.MONDAY, 9, 0);
  private static final WeeklySlot WEDNESDAY = WeeklySlot.of(DayOfWeek.WEDNESDAY, 9, 0);
  private static final WeeklySlot FRIDAY = WeeklySlot.of(DayOfWeek.FRIDAY, 9, 0);
  /** Monday, Wednesday and Friday at 9:00; Wednesday is for tips. */
  private static final PostingSchedule TIPS_ON_WEDNESDAY =
      PostingSchedule.weekly(Platform.INSTAGRAM, TAIPEI, MONDAY, WEDNESDAY, FRIDAY)
          .withBinding(WEDNESDAY, SlotBinding.pillar("tips"));

  private static Instant at(int day) {
    return ZonedDateTime.of(2026, 3, day, 9, 0, 0, 0, TAIPEI).toInstant();
  }

  private static Draft draft(String id, String pillar, PostPurpose purpose) {
    return Draft.of(
        id,
        Platform.INSTAGRAM,
        PostContent.builder().format(PostFormat.IMAGE).purpose(purpose).pillar(pillar).build());
  }

  private static SchedulingRequest.Builder request(PostingSchedule schedule, Draft... drafts) {
    return SchedulingRequest.builder().period(WEEK).zone(TAIPEI).addSchedules(schedule).addDrafts(drafts);
  }

  private static Map<String, Integer> days(SchedulingResult result) {
    return result.placed().stream()
        .collect(Collectors.toMap(ScheduledPost::id, p -> p.time().atZone(TAIPEI).getDayOfMonth()));
  }

  @Test
  void aBoundSlotTakesOnlyItsPillarAndIsReportedWhenNoneIsLeft() {
    SchedulingRequest request =
        request(TIPS_ON_WEDNESDAY, draft("story-1", "stories", PostPurpose.ENTERTAIN),
            draft("story-2", "stories", PostPurpose.ENTERTAIN), draft("story-3", "stories", PostPurpose.ENTERTAIN))
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(days(result)).containsOnlyKeys("story-1", "story-2").containsValues(2, 6);
    assertThat(result.unplaced()).singleElement().satisfies(u -> {
      assertThat(u.draft().id()).isEqualTo("story-3");
      assertThat(u.reason()).isEqualTo(UnplacedReason.NO_FREE_SLOT);
    });
    assertThat(result.unfilled()).singleElement().satisfies(u -> {
      assertThat(u.channel()).isEqualTo(Channel.of(Platform.INSTAGRAM));
      assertThat(u.time()).isEqualTo(at(4));
      assertThat(u.binding()).isEqualTo(SlotBinding.pillar("tips"));
      assertThat(u.reason()).isEqualTo(UnfilledReason.NO_DRAFT);
    });
    assertThat(result.toString())
        .isEqualTo("SchedulingResult[placed 2, unplaced 1 {NO_FREE_SLOT=1}, unfilled bound slots 1]");
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }

  @Test
  void aDraftOfThePillarMayStillTakeAnUnboundSlot() {
    // Weights prefer Friday: the tip takes it, the story gets Monday, Wednesday stays for tips.
    TimeOfWeekGrid fridays = TimeOfWeekGrid.of(Map.of(TimeOfWeek.of(DayOfWeek.FRIDAY, 9), 3.0), 1.0);
    SchedulingRequest request =
        request(TIPS_ON_WEDNESDAY, draft("tip-1", "tips", PostPurpose.EDUCATE), draft("story-1", "stories", PostPurpose.ENTERTAIN))
            .putTimeWeight(Platform.INSTAGRAM, fridays)
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(days(result)).containsEntry("tip-1", 6).containsEntry("story-1", 2);
    assertThat(result.unfilled()).extracting(UnfilledSlot::time).containsExactly(at(4));
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }

  @Test
  void theImprovementPhaseMovesATipToFreeAnUnboundSlot() {
    // The tip, taken first (priority), prefers Monday; the two stories then need Monday and Friday:
    // the ejection chain moves the tip to its bound Wednesday.
    SchedulingRequest request =
        request(
                TIPS_ON_WEDNESDAY,
                draft("tip-1", "tips", PostPurpose.EDUCATE).withPriority(1),
                draft("story-1", "stories", PostPurpose.ENTERTAIN),
                draft("story-2", "stories", PostPurpose.ENTERTAIN))
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(result.isComplete()).isTrue();
    assertThat(days(result)).containsEntry("tip-1", 4);
    assertThat(result.unfilled()).isEmpty();
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }

  @Test
  void aPurposeBindingTakesOnlyThatPurpose() {
    PostingSchedule promotionsOnFriday =
        PostingSchedule.weekly(Platform.INSTAGRAM, TAIPEI, MONDAY, WEDNESDAY, FRIDAY)
            .withBinding(FRIDAY, SlotBinding.purpose(PostPurpose.PROMOTE));
    SchedulingRequest request =
        request(
                promotionsOnFriday,
                draft("sale", "offers", PostPurpose.PROMOTE),
                draft("tip-1", "tips", PostPurpose.EDUCATE),
                draft("tip-2", "tips", PostPurpose.EDUCATE))
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    // The sale first takes Monday (earliest); the second tip then moves it to its bound Friday.
    assertThat(days(result)).containsEntry("sale", 6).containsEntry("tip-1", 4).containsEntry("tip-2", 2);
    assertThat(result.unfilled()).isEmpty();
  }

  @Test
  void aBoundSlotCrowdedByAnExistingPostIsReportedAsCrowded() {
    PostingSchedule capped =
        PostingSchedule.builder().from(TIPS_ON_WEDNESDAY).maxPostsPerDay(1).build();
    ScheduledPost live =
        draft("live", "stories", PostPurpose.ENTERTAIN)
            .toPost(ZonedDateTime.of(2026, 3, 4, 20, 0, 0, 0, TAIPEI).toInstant())
            .withStatus(PostStatus.SCHEDULED);
    SchedulingRequest request =
        request(capped, draft("tip-1", "tips", PostPurpose.EDUCATE))
            .existing(ContentCalendar.of(TAIPEI, live))
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(days(result)).containsEntry("tip-1", 2);
    assertThat(result.unfilled()).singleElement().satisfies(u -> {
      assertThat(u.time()).isEqualTo(at(4));
      assertThat(u.reason()).isEqualTo(UnfilledReason.CROWDED);
    });
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }

  @Test
  void aDraftWhoseWindowHoldsOnlyOtherPillarsSlotsHasNoSlot() {
    Draft story =
        draft("story-1", "stories", PostPurpose.ENTERTAIN)
            .withCampaignWindow(Interval.of(at(4).minusSeconds(3600), at(4).plusSeconds(3600)));
    SchedulingResult result = Scheduler.schedule(request(TIPS_ON_WEDNESDAY, story).build());
    assertThat(result.unplaced()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnplacedReason.NO_SLOT);
      assertThat(u.explanation()).endsWith("every slot there is bound to another pillar or purpose");
    });
  }

  @Test
  void withoutBindingsNothingIsReported() {
    PostingSchedule plain = PostingSchedule.weekly(Platform.INSTAGRAM, TAIPEI, MONDAY, WEDNESDAY, FRIDAY);
    SchedulingResult result = Scheduler.schedule(request(plain, draft("story-1", "stories", PostPurpose.ENTERTAIN)).build());
    assertThat(result.unfilled()).isEmpty();
    assertThat(List.of(result.toString())).containsExactly("SchedulingResult[placed 1, unplaced 0]");
  }
}
