package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.MixSlice;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * The construction alone ({@link Scheduler#scheduleGreedily}): the reservation by priority, then
 * deadline, and with a mix target the re-assignment in time order (earliest deadline, then
 * priority, then backlog order, passing over drafts that would put a window off target or leave a
 * first window that can no longer be completed). Each request is small enough to follow by hand;
 * every slot has the same weight unless a test says otherwise, so the earliest free slot is the
 * best. Also the reasons and explanations of what a run leaves out, and the order of its lists.
 */
class GreedySchedulingTest {
  /** Monday 2026-03-02, one day in UTC. */
  private static final Interval MONDAY =
      Interval.of(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"));

  private static Instant at(int hour) {
    return MONDAY.getStart().plus(Duration.ofHours(hour));
  }

  private static Interval hours(int from, int to) {
    return Interval.of(at(from), at(to));
  }

  /** The given number of days from Monday on. */
  private static Interval days(int count) {
    return Interval.of(MONDAY.getStart(), MONDAY.getStart().plus(Duration.ofDays(count)));
  }

  private static WeeklySlot slot(DayOfWeek day, int hour) {
    return WeeklySlot.of(day, hour, 0);
  }

  private static WeeklySlot monday(int hour) {
    return slot(DayOfWeek.MONDAY, hour);
  }

  /** A slot at the given hour on each of the given days. */
  private static WeeklySlot[] onEach(EnumSet<DayOfWeek> days, int hour) {
    return days.stream().map(d -> slot(d, hour)).toArray(WeeklySlot[]::new);
  }

  /** A schedule in UTC with the given weekly slots. */
  private static PostingSchedule weekly(Platform platform, WeeklySlot... slots) {
    return PostingSchedule.weekly(platform, ZoneOffset.UTC, slots);
  }

  private static PostingSchedule mondayAt(Platform platform, int... hours) {
    WeeklySlot[] slots = new WeeklySlot[hours.length];
    for (int i = 0; i < hours.length; i++) {
      slots[i] = monday(hours[i]);
    }
    return weekly(platform, slots);
  }

  private static Draft draft(String id, Platform platform, PostPurpose purpose) {
    return Draft.of(id, platform, PostContent.builder().format(PostFormat.IMAGE).purpose(purpose).build());
  }

  private static Draft promo(String id) {
    return draft(id, Platform.X, PostPurpose.PROMOTE);
  }

  private static Draft inform(String id) {
    return draft(id, Platform.X, PostPurpose.INFORM);
  }

  private static Draft tip(String id, PostPurpose purpose) {
    return Draft.of(
        id,
        Platform.X,
        PostContent.builder().format(PostFormat.IMAGE).purpose(purpose).pillar("tips").build());
  }

  /** A mix of the given slices, with the given tolerance. */
  private static ContentMix mix(String name, double tolerance, MixSlice... slices) {
    return ContentMix.builder().name(name).addSlices(slices).build().withTolerance(tolerance);
  }

  private static MixSlice slice(String name, double share, PostPurpose first, PostPurpose... rest) {
    return MixSlice.ofPurposes(name, share, EnumSet.of(first, rest));
  }

  /** Half promotions, half the rest. */
  private static ContentMix halves(double tolerance) {
    return mix(
        "halves",
        tolerance,
        slice("promote", 0.5, PostPurpose.PROMOTE),
        slice("inform", 0.5, PostPurpose.INFORM, PostPurpose.EDUCATE, PostPurpose.ENTERTAIN));
  }

  private static RollingMix perPlatform(ContentMix mix, int window) {
    return RollingMix.of(mix, window, MixScope.PLATFORM);
  }

  private static SchedulingRequest.Builder request(PostingSchedule... schedules) {
    return SchedulingRequest.builder().period(MONDAY).zone(ZoneOffset.UTC).addSchedules(schedules);
  }

  /** A request over the given number of days from Monday, in UTC, for the given schedules. */
  private static SchedulingRequest.Builder request(int days, PostingSchedule... schedules) {
    return SchedulingRequest.builder().period(days(days)).zone(ZoneOffset.UTC).addSchedules(schedules);
  }

  /** The placed posts in time order, as "id@hour". */
  private static List<String> placed(SchedulingResult result) {
    return describe(result.placed());
  }

  private static List<String> describe(List<ScheduledPost> posts) {
    return posts.stream()
        .map(p -> p.id() + "@" + p.time().atOffset(ZoneOffset.UTC).getHour())
        .collect(Collectors.toList());
  }

  private static Map<String, UnplacedReason> unplaced(SchedulingResult result) {
    return result.unplaced().stream().collect(Collectors.toMap(u -> u.draft().id(), UnplacedDraft::reason));
  }

  private static UnplacedDraft unplaced(SchedulingResult result, String id) {
    return result.unplaced().stream().filter(u -> u.draft().id().equals(id)).findFirst().orElseThrow();
  }

  // ---------------------------------------------------------------- the reservation

  @Test
  void amongEqualPrioritiesTheEarlierDeadlineReservesFirst() {
    // b is later in the backlog but its campaign ends at 10:00: taken first, it gets 9:00 and a
    // (whose window runs to 11:00) still has 10:00. Backlog order first would leave b no slot.
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9, 10))
                .addDrafts(
                    promo("a").withCampaignWindow(hours(9, 11)),
                    promo("b").withCampaignWindow(hours(9, 10)))
                .build());
    assertThat(placed(result)).containsExactly("b@9", "a@10");
    assertThat(result.unplaced()).isEmpty();
  }

  @Test
  void aDraftWithoutAFreeSlotInAWindowAfterTheFirstSlotCountsOnlyTheSlotsOfItsWindow() {
    // Four drafts for the three slots from 10:00 to 12:00: the fourth finds all three taken.
    SchedulingResult three =
        Scheduler.schedule(
            request(mondayAt(Platform.X, 9, 10, 11, 12))
                .addDrafts(
                    inform("w1").withCampaignWindow(hours(10, 13)),
                    inform("w2").withCampaignWindow(hours(10, 13)),
                    inform("w3").withCampaignWindow(hours(10, 13)),
                    inform("w4").withCampaignWindow(hours(10, 13)))
                .build());
    assertThat(three.unplaced()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnplacedReason.NO_FREE_SLOT);
      assertThat(u.explanation()).startsWith("all 3 slots of the schedule for ");
    });
    // Two drafts for the one slot at 12:00.
    SchedulingResult one =
        Scheduler.schedule(
            request(mondayAt(Platform.X, 9, 10, 11, 12))
                .addDrafts(
                    inform("n1").withCampaignWindow(hours(12, 13)),
                    inform("n2").withCampaignWindow(hours(12, 13)))
                .build());
    assertThat(one.unplaced()).singleElement().satisfies(u -> {
      assertThat(u.reason()).isEqualTo(UnplacedReason.NO_FREE_SLOT);
      assertThat(u.explanation()).startsWith("all 1 slot of the schedule for ");
    });
  }

  // ---------------------------------------------------------------- the mix re-assignment

  @Test
  void theGreedyPassAlternatesKindsWhenTheMixAllowsNoTwoPromotionsInARow() {
    // 50/50 over every 2 posts, no tolerance: each pair of neighbours is one promotion and one
    // other post. The promotions rank first, so each slot takes a promotion when the pair allows.
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9, 10, 11, 12))
                .addDrafts(promo("p1").withPriority(1), promo("p2").withPriority(1), inform("i1"), inform("i2"))
                .mix(perPlatform(halves(0), 2))
                .build());
    assertThat(placed(result)).containsExactly("p1@9", "i1@10", "p2@11", "i2@12");
    assertThat(result.unplaced()).isEmpty();
  }

  @Test
  void theGreedyPassKeepsTheFirstWindowCompletable() {
    // The Javadoc's case: 50/50 over every 4 posts, no tolerance, so each window holds exactly two
    // promotions. After P P a third promotion would leave no way to complete the first window, so
    // 11:00 goes to the inform post; at 12:00 P P I P is off target, so p3 is left out.
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9, 10, 11, 12))
                .addDrafts(
                    promo("p1").withPriority(1),
                    promo("p2").withPriority(1),
                    promo("p3").withPriority(1),
                    inform("i1"))
                .mix(perPlatform(halves(0), 4))
                .build());
    assertThat(placed(result)).containsExactly("p1@9", "p2@10", "i1@11");
    assertThat(unplaced(result)).containsOnly(Map.entry("p3", UnplacedReason.MIX_OFF_TARGET));
    assertThat(unplaced(result, "p3").explanation())
        .contains("halves mix")
        .contains("every rolling window of 4 posts (" + Platform.X.id() + ")")
        .endsWith("with a promote post");
  }

  @Test
  void aSliceThatMayHoldNoPostDoesNotBlockTheFirstWindow() {
    // Over 4 posts with a tolerance of 0.5 post: promote 40 % (1.6, so exactly 2), inform 47.5 %
    // (1.9, so exactly 2), the rest 12.5 % (0.5, so 0 or 1). P P I I keeps to it, and no first post
    // is refused: the rest may stay at 0.
    ContentMix mix =
        mix(
            "40/47.5/12.5",
            0.125,
            slice("promote", 0.4, PostPurpose.PROMOTE),
            slice("inform", 0.475, PostPurpose.INFORM),
            slice("rest", 0.125, PostPurpose.EDUCATE, PostPurpose.ENTERTAIN));
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9, 10, 11, 12))
                .addDrafts(promo("p1"), promo("p2"), inform("i1"), inform("i2"))
                .mix(perPlatform(mix, 4))
                .build());
    assertThat(placed(result)).containsExactly("p1@9", "p2@10", "i1@11", "i2@12");
  }

  @Test
  void aSliceThatMustFillTheWholeWindowLetsItsFirstPostsThrough() {
    // 97/3 with a tolerance of 3 points over 10 posts: a window must be 10 inform posts (9.7 ± 0.3),
    // so three inform posts can still be completed into a first window that keeps to the mix.
    ContentMix mix =
        mix(
            "97/3",
            0.03,
            slice("inform", 0.97, PostPurpose.INFORM, PostPurpose.EDUCATE, PostPurpose.ENTERTAIN),
            slice("promote", 0.03, PostPurpose.PROMOTE));
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9, 10, 11))
                .addDrafts(inform("i1"), inform("i2"), inform("i3"))
                .mix(perPlatform(mix, 10))
                .build());
    assertThat(placed(result)).containsExactly("i1@9", "i2@10", "i3@11");
  }

  @Test
  void theFirstWindowKeepsRoomForTheFewestPostsOfEverySlice() {
    // 40/30/30 over 10 posts, tolerance 1 post: A 3..5, B 2..4, C 2..4. After five A and three B, a
    // fourth B would need 5 + 4 + 2 = 11 posts for the first window, so the ninth slot takes the C
    // post; at the tenth, A5 B4 C1 has too few C, so b4 is left out.
    ContentMix mix =
        mix(
            "40/30/30",
            0.1,
            slice("a", 0.4, PostPurpose.PROMOTE),
            slice("b", 0.3, PostPurpose.INFORM),
            slice("c", 0.3, PostPurpose.EDUCATE, PostPurpose.ENTERTAIN));
    SchedulingRequest.Builder request = request(mondayAt(Platform.X, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17));
    for (int i = 1; i <= 5; i++) {
      request.addDrafts(promo("a" + i).withPriority(2));
    }
    for (int i = 1; i <= 4; i++) {
      request.addDrafts(inform("b" + i).withPriority(1));
    }
    request.addDrafts(draft("c1", Platform.X, PostPurpose.EDUCATE));
    SchedulingResult result = Scheduler.scheduleGreedily(request.mix(perPlatform(mix, 10)).build());
    assertThat(placed(result))
        .containsExactly("a1@8", "a2@9", "a3@10", "a4@11", "a5@12", "b1@13", "b2@14", "b3@15", "c1@16");
    assertThat(unplaced(result)).containsOnly(Map.entry("b4", UnplacedReason.MIX_OFF_TARGET));
  }

  @Test
  void amongEqualDeadlinesTheHigherPriorityGetsTheSlotTheMixLeaves() {
    // Two promotions and 50/50 over every 2 posts: only one can go out. "high" is later in the
    // backlog but has the higher priority, so it takes 9:00 and "low" is lost to the mix.
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9, 10))
                .addDrafts(promo("low"), promo("high").withPriority(1))
                .mix(perPlatform(halves(0), 2))
                .build());
    assertThat(placed(result)).containsExactly("high@9");
    assertThat(unplaced(result)).containsOnly(Map.entry("low", UnplacedReason.MIX_OFF_TARGET));
  }

  @Test
  void theEarliestDeadlineTakesTheFirstSlotAmongTheDraftsAlreadyReleased() {
    // Weights make 11:00 best, then 10:00, then 9:00. Reserved in order a (deadline 12:00), b, c:
    // a gets 11:00, b (from 10:00) gets 10:00, c gets 9:00. Re-assigned in time order with a mix
    // that allows anything: at 9:00, a and c are released and a has the earliest deadline.
    TimeOfWeekGrid weights =
        TimeOfWeekGrid.of(
            Map.of(
                TimeOfWeek.of(DayOfWeek.MONDAY, 9), 1.0,
                TimeOfWeek.of(DayOfWeek.MONDAY, 10), 2.0,
                TimeOfWeek.of(DayOfWeek.MONDAY, 11), 3.0),
            0.5);
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9, 10, 11, 12))
                .addDrafts(
                    inform("c"),
                    inform("b").withPriority(1).withCampaignWindow(hours(10, 24)),
                    inform("a").withPriority(1).withCampaignWindow(hours(0, 12)))
                .putTimeWeight(Platform.X, weights)
                .mix(perPlatform(halves(1), 2))
                .build());
    assertThat(placed(result)).containsExactly("a@9", "b@10", "c@11");
  }

  @Test
  void withAMixABoundSlotGoesToADraftOfItsPillar() {
    PostingSchedule tipsAtNine =
        mondayAt(Platform.X, 9, 10).withBinding(monday(9), SlotBinding.pillar("tips"));
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(tipsAtNine)
                .addDrafts(tip("tip", PostPurpose.EDUCATE))
                .mix(perPlatform(halves(1), 2))
                .build());
    assertThat(placed(result)).containsExactly("tip@9");
    assertThat(result.unfilled()).isEmpty();
  }

  @Test
  void postsAtTheSameInstantAreJudgedTogetherInACalendarWideMix() {
    // One calendar-wide sequence, 50/50 over every 2 posts: a promotion on Instagram and an inform
    // post on X, both at 9:00, make one window of one of each, which keeps to the mix.
    SchedulingResult result =
        Scheduler.scheduleGreedily(
            request(mondayAt(Platform.X, 9), mondayAt(Platform.INSTAGRAM, 9))
                .addDrafts(draft("ig-promo", Platform.INSTAGRAM, PostPurpose.PROMOTE), inform("x-inform"))
                .mix(RollingMix.of(halves(0), 2, MixScope.CALENDAR))
                .build());
    assertThat(result.placed()).extracting(ScheduledPost::id).containsExactlyInAnyOrder("ig-promo", "x-inform");
    assertThat(result.unplaced()).isEmpty();
  }

  @Test
  void theGreedyResultLeavesADraftLostToTheMixOutThatTheRepairWouldPlace() {
    // 50/50 over every 2 posts, calendar-wide. p1 and p2 reserve 9:00 and 10:00, i1 (from 11:00)
    // reserves 11:00. Re-assigned: p1 at 9:00, p2 refused at 10:00 (two promotions), i1 at 11:00
    // (earliest deadline), and p2 has no reserved slot left. 12:00 is free and would take it
    // (i1, p2), but only the repair of Scheduler.schedule looks there.
    SchedulingRequest request =
        request(mondayAt(Platform.X, 9, 10, 11, 12))
            .addDrafts(
                promo("p1").withPriority(1),
                promo("p2").withPriority(1),
                inform("i1").withCampaignWindow(hours(11, 13)))
            .mix(RollingMix.of(halves(0), 2, MixScope.CALENDAR))
            .build();
    SchedulingResult greedy = Scheduler.scheduleGreedily(request);
    assertThat(placed(greedy)).containsExactly("p1@9", "i1@11");
    assertThat(unplaced(greedy)).containsOnly(Map.entry("p2", UnplacedReason.MIX_OFF_TARGET));
    assertThat(unplaced(greedy, "p2").explanation()).contains("every rolling window of 2 posts (whole calendar)");
    assertThat(Scheduler.schedule(request).placedCount()).isEqualTo(3);
  }

  // ---------------------------------------------------------------- what is left out, in order

  @Test
  void aBoundSlotLeftEmptyForTheMixNamesTheDraftThatWouldBreakItAndAnotherSaysNoDraft() {
    // 50/50 over every 2 posts. 10:00 and 12:00 are for tips. tip-promo may go out only at 10:00,
    // after promo at 9:00: two promotions, so it stays out and 10:00 stays empty. tip-inform (from
    // 11:00) is placed at 11:00, which weighs more than 12:00, and no tip is left for 12:00.
    PostingSchedule schedule =
        mondayAt(Platform.X, 9, 10, 11, 12)
            .withBinding(monday(10), SlotBinding.pillar("tips"))
            .withBinding(monday(12), SlotBinding.pillar("tips"));
    SchedulingRequest request =
        request(schedule)
            .addDrafts(
                promo("promo").withPriority(1),
                tip("tip-inform", PostPurpose.INFORM).withPriority(1).withCampaignWindow(hours(11, 13)),
                tip("tip-promo", PostPurpose.PROMOTE).withCampaignWindow(hours(10, 11)))
            .putTimeWeight(
                Platform.X, TimeOfWeekGrid.of(Map.of(TimeOfWeek.of(DayOfWeek.MONDAY, 12), 0.5), 1.0))
            .mix(perPlatform(halves(0), 2))
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(placed(result)).containsExactly("promo@9", "tip-inform@11");
    assertThat(unplaced(result)).containsOnly(Map.entry("tip-promo", UnplacedReason.MIX_OFF_TARGET));
    assertThat(result.unfilled()).hasSize(2);
    assertThat(result.unfilled().get(0)).satisfies(u -> {
      assertThat(u.time()).isEqualTo(at(10));
      assertThat(u.reason()).isEqualTo(UnfilledReason.MIX_OFF_TARGET);
      assertThat(u.explanation()).startsWith("draft tip-promo ").contains("halves mix off target");
    });
    assertThat(result.unfilled().get(1)).satisfies(u -> {
      assertThat(u.time()).isEqualTo(at(12));
      assertThat(u.reason()).isEqualTo(UnfilledReason.NO_DRAFT);
    });
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }

  @Test
  void emptyBoundSlotsOfTwoSchedulesAreReportedInTimeOrder() {
    PostingSchedule instagram =
        mondayAt(Platform.INSTAGRAM, 9, 11)
            .withBinding(monday(9), SlotBinding.pillar("tips"))
            .withBinding(monday(11), SlotBinding.pillar("tips"));
    PostingSchedule x =
        mondayAt(Platform.X, 10, 12)
            .withBinding(monday(10), SlotBinding.pillar("tips"))
            .withBinding(monday(12), SlotBinding.pillar("tips"));
    SchedulingResult result = Scheduler.schedule(request(instagram, x).build());
    assertThat(result.unfilled())
        .extracting(UnfilledSlot::time)
        .containsExactly(at(9), at(10), at(11), at(12));
  }

  @Test
  void recyclingsOfTwoSchedulesAreListedInTimeOrder() {
    // Daily slots, Instagram at 9:00 and X at 10:00, over three days; each evergreen draft goes out
    // on the first day and again on each of the next two (cooldown one day).
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    PostingSchedule instagram = weekly(Platform.INSTAGRAM, onEach(days, 9));
    PostingSchedule x = weekly(Platform.X, onEach(days, 10));
    Evergreen daily = Evergreen.of(Duration.ofDays(1), 2);
    SchedulingResult result =
        Scheduler.schedule(
            request(3, instagram, x)
                .addDrafts(
                    draft("ig", Platform.INSTAGRAM, PostPurpose.EDUCATE).withEvergreen(daily),
                    draft("x", Platform.X, PostPurpose.EDUCATE).withEvergreen(daily))
                .build());
    assertThat(result.recycled())
        .extracting(p -> p.id() + "@" + p.time().atOffset(ZoneOffset.UTC).getDayOfMonth())
        .containsExactly("ig~1@3", "x~1@3", "ig~2@4", "x~2@4");
  }

  @Test
  void theRepairPlacesADraftLostToTheMixWhenTheRequestIsTooLargeForTheExactSearch() {
    // The request of the test above, plus 40 Instagram drafts (promotions and inform posts in
    // turn, each kept on target) so that the exact search does not run: the repair alone puts p2
    // on the free 12:00 slot, where the window (i1, p2) keeps to the mix.
    WeeklySlot[] halfHours = new WeeklySlot[40];
    for (int i = 0; i < halfHours.length; i++) {
      halfHours[i] = WeeklySlot.of(DayOfWeek.MONDAY, i / 2, 30 * (i % 2));
    }
    SchedulingRequest.Builder request =
        request(mondayAt(Platform.X, 9, 10, 11, 12), weekly(Platform.INSTAGRAM, halfHours))
            .addDrafts(
                promo("p1").withPriority(1),
                promo("p2").withPriority(1),
                inform("i1").withCampaignWindow(hours(11, 13)))
            .mix(perPlatform(halves(0), 2));
    for (int i = 0; i < 20; i++) {
      request.addDrafts(
          draft("ig-p" + i, Platform.INSTAGRAM, PostPurpose.PROMOTE),
          draft("ig-i" + i, Platform.INSTAGRAM, PostPurpose.INFORM));
    }
    SchedulingResult result = Scheduler.schedule(request.build());
    assertThat(result.placed())
        .filteredOn(p -> p.platform().equals(Platform.X))
        .extracting(p -> p.id() + "@" + p.time().atOffset(ZoneOffset.UTC).getHour())
        .containsExactly("p1@9", "i1@11", "p2@12");
    assertThat(result.isComplete()).isTrue();
  }

  @Test
  void aRecyclingMayGoBetweenTwoPostsWhenEveryWindowItJoinsKeepsToTheMix() {
    // A mix that allows anything over 2 posts (50/50, tolerance 1 post). "e" goes out Monday 9:00,
    // "late" may only go out Tuesday 12:00; e's recycling, a day later, takes Tuesday 9:00,
    // between the two: both windows it joins keep to the mix.
    PostingSchedule x = weekly(Platform.X, monday(9), slot(DayOfWeek.TUESDAY, 9), slot(DayOfWeek.TUESDAY, 12));
    SchedulingResult result =
        Scheduler.schedule(
            request(2, x)
                .addDrafts(
                    promo("e").withPriority(1).withEvergreen(Evergreen.of(Duration.ofDays(1), 1)),
                    promo("late").withCampaignWindow(Interval.of(at(24 + 12), at(24 + 13))))
                .mix(perPlatform(halves(0.5), 2))
                .build());
    assertThat(describe(result.placed())).containsExactly("e@9", "late@12");
    assertThat(result.recycled())
        .extracting(p -> p.id() + "@" + p.time())
        .containsExactly("e~1@" + at(24 + 9));
  }

  @Test
  void aRecyclingAtTheInstantOfAnotherPostIsJudgedInCalendarOrder() {
    // One calendar-wide sequence, 50/50 over every 2 posts. "e" (inform) goes out on X Monday 9:00,
    // "z" (a promotion) on Instagram Tuesday 9:00. In calendar order (time, then id) e's recycling
    // "e~1" at Tuesday 9:00 would come before "z", next to "e": two inform posts in a row. So it
    // waits for Wednesday 9:00, after the promotion.
    PostingSchedule x = weekly(Platform.X, monday(9), slot(DayOfWeek.TUESDAY, 9), slot(DayOfWeek.WEDNESDAY, 9));
    PostingSchedule instagram = weekly(Platform.INSTAGRAM, slot(DayOfWeek.TUESDAY, 9));
    SchedulingRequest request =
        request(3, x, instagram)
            .addDrafts(
                inform("e").withEvergreen(Evergreen.of(Duration.ofDays(1), 1)),
                draft("z", Platform.INSTAGRAM, PostPurpose.PROMOTE))
            .mix(RollingMix.of(halves(0), 2, MixScope.CALENDAR))
            .build();
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(result.placed()).extracting(p -> p.id() + "@" + p.time()).containsExactly("e@" + at(9), "z@" + at(24 + 9));
    assertThat(result.recycled()).extracting(p -> p.id() + "@" + p.time()).containsExactly("e~1@" + at(48 + 9));
    assertThat(new SchedulerOracle(request).violations(result)).isEmpty();
  }
}
