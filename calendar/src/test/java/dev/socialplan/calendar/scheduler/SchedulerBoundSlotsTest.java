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

  /**
   * The proven case with bound slots (one schedule, no spacing), where the exact search cannot
   * help: 42 drafts in one neighbourhood, more than it searches. After the story d finds no chain
   * (its only unbound slot, 12:00, is A's, and A has nowhere else to go), the tip e, whose window
   * (to 19:00) lies inside d's, must still be tried: a tip may take the tips slots, which a story
   * may not, and the chain that moves B from 9:00 to the free tips slot at 19:00 places it. (The
   * improvement phase skipped every later draft whose window lay inside a failed one, whatever its
   * pillar, and left e out.)
   */
  @Test
  void aTipIsTriedAfterAStoryInAWiderWindowFoundNoChain() {
    ZoneId utc = ZoneId.of("UTC");
    // Monday 2026-03-02 and Tuesday: a slot every hour; Monday's 9:00 and 19:00 are for tips.
    PostingSchedule hourly =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(utc)
            .pattern(
                dev.socialplan.calendar.schedule.WeeklySlots.on(
                    java.util.EnumSet.allOf(DayOfWeek.class),
                    java.util.stream.IntStream.range(0, 24)
                        .mapToObj(h -> java.time.LocalTime.of(h, 0))
                        .toArray(java.time.LocalTime[]::new)))
            .build()
            .withBinding(WeeklySlot.of(DayOfWeek.MONDAY, 9, 0), SlotBinding.pillar("tips"))
            .withBinding(WeeklySlot.of(DayOfWeek.MONDAY, 19, 0), SlotBinding.pillar("tips"));
    Instant monday = Instant.parse("2026-03-02T00:00:00Z");
    Instant tuesday = monday.plus(java.time.Duration.ofDays(1));
    SchedulingRequest.Builder b =
        SchedulingRequest.builder()
            .period(Interval.of(monday, java.time.Duration.ofDays(2)))
            .zone(utc)
            .addSchedules(hourly);
    // 38 drafts of priority 1 that can each take one slot only: Monday's unbound hours but 12:00,
    // and 17 of Tuesday's.
    int fillers = 0;
    for (int day = 0; day < 2; day++) {
      for (int hour = 0; hour < 24 && fillers < 38; hour++) {
        if (day == 0 && (hour == 9 || hour == 12 || hour == 19)) {
          continue;
        }
        Instant t = monday.plus(java.time.Duration.ofHours(24L * day + hour));
        b.addDrafts(
            draft("f" + fillers++, "stories", PostPurpose.ENTERTAIN)
                .withPriority(1)
                .withCampaignWindow(Interval.of(t, java.time.Duration.ofMinutes(30))));
      }
    }
    Interval mondayOnly = Interval.of(monday, tuesday);
    b.addDrafts(
        draft("A", "stories", PostPurpose.ENTERTAIN).withPriority(1).withCampaignWindow(mondayOnly),
        draft("B", "tips", PostPurpose.EDUCATE).withPriority(1).withCampaignWindow(mondayOnly),
        draft("d", "stories", PostPurpose.ENTERTAIN).withPriority(1).withCampaignWindow(mondayOnly),
        draft("e", "tips", PostPurpose.EDUCATE).withCampaignWindow(Interval.of(monday, monday.plus(java.time.Duration.ofHours(19)))));
    SchedulingRequest request = b.build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
    // A or d on 12:00 (one of them must stay out), B on 19:00, e on 9:00, and every filler.
    assertThat(result.placedCount()).isEqualTo(41);
    assertThat(result.unplaced()).extracting(u -> u.draft().id()).containsExactly("d");
    assertThat(result.placed())
        .filteredOn(p -> p.id().equals("e") || p.id().equals("B"))
        .extracting(ScheduledPost::id, ScheduledPost::time)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("e", monday.plus(java.time.Duration.ofHours(9))),
            org.assertj.core.groups.Tuple.tuple("B", monday.plus(java.time.Duration.ofHours(19))));
  }

  /**
   * A draft of a pillar takes the best of the slots free for it, bound to its pillar or unbound,
   * the earliest on equal weights, also when its bound slot is the schedule's first: with Monday
   * bound to tips, a tip takes Monday rather than the unbound Wednesday, and no bound slot is left
   * empty.
   */
  @Test
  void aDraftTakesItsBoundSlotWhenThatIsTheSchedulesFirst() {
    PostingSchedule tipsOnMonday =
        PostingSchedule.weekly(Platform.INSTAGRAM, TAIPEI, MONDAY, WEDNESDAY, FRIDAY)
            .withBinding(MONDAY, SlotBinding.pillar("tips"));
    SchedulingRequest request = request(tipsOnMonday, draft("tip-1", "tips", PostPurpose.EDUCATE)).build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(days(result)).containsOnly(Map.entry("tip-1", 2));
    assertThat(result.unfilled()).isEmpty();
  }
}
