package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * {@link ExactSearch} on its own, against the rules its Javadoc states: a placement is laid on the
 * board by hand (as the ejection chains could have left it), the search runs, and the test reads
 * the placement and the reasons it leaves. Building the state by hand makes the cases the property
 * tests reach only by chance exact: a placement that places as many drafts as the best one but on
 * worse slots, one exactly as good as the best, a neighbourhood of exactly {@value
 * ExactSearch#MAX_DRAFTS} drafts, two neighbourhoods exactly the margin apart, and searches that
 * run out of steps. Everything is built inside each test (PIT cannot see mutants through fixtures
 * built while a class loads).
 */
class ExactSearchTest {
  /** Monday 2026-03-02, 00:00 UTC. */
  private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

  private static Instant at(int day, int hour) {
    return MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
  }

  private static Interval days(int count) {
    return Interval.of(MONDAY, Duration.ofDays(count));
  }

  /** A schedule in UTC with the given slots every day. */
  private static PostingSchedule schedule(Platform platform, Duration spacing, int... hours) {
    LocalTime[] times = IntStream.of(hours).mapToObj(h -> LocalTime.of(h, 0)).toArray(LocalTime[]::new);
    return PostingSchedule.builder()
        .platform(platform)
        .zone(ZoneOffset.UTC)
        .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), times))
        .minimumSpacing(spacing)
        .build();
  }

  /** Every hour of the day. */
  private static int[] hourly() {
    return IntStream.range(0, 24).toArray();
  }

  /** Every day, the given hours weigh the given weights and the others 1. */
  private static TimeOfWeekGrid weights(Map<Integer, Double> byHour) {
    Map<TimeOfWeek, Double> grid = new HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      byHour.forEach((hour, w) -> grid.put(TimeOfWeek.of(day, hour), w));
    }
    return TimeOfWeekGrid.of(grid, 1.0);
  }

  /** A request over the first day, in UTC, with these schedules. */
  private static SchedulingRequest.Builder oneDay(PostingSchedule... schedules) {
    return SchedulingRequest.builder().period(days(1)).zone(ZoneOffset.UTC).addSchedules(schedules);
  }

  private static Draft draft(String id, Platform platform) {
    return Draft.of(
        id, platform, PostContent.builder().format(PostFormat.IMAGE).purpose(PostPurpose.EDUCATE).build());
  }

  /** A draft whose campaign window is [from, to). */
  private static Draft draft(String id, Platform platform, Instant from, Instant to) {
    return draft(id, platform).withCampaignWindow(Interval.of(from, to));
  }

  /**
   * A run's working state built by hand: the board of a request, a record per draft, and a
   * placement (drafts put on slots, others left out for want of a free slot) to search from.
   */
  static final class Run {
    final SchedulingRequest request;
    final SlotBoard board;
    final DraftRecord[] records;
    final Map<String, Integer> index = new HashMap<>();
    @Nullable Reassignment placement;

    Run(SchedulingRequest request) {
      this.request = request;
      this.board = new SlotBoard(request);
      List<Draft> drafts = request.drafts();
      this.records = new DraftRecord[drafts.size()];
      for (int d = 0; d < records.length; d++) {
        Draft draft = drafts.get(d);
        records[d] = new DraftRecord(d, draft, request.period());
        records[d].home = board.homeOf(draft.channel());
        records[d].bindingClass = board.classOf(records[d].home, draft);
        index.put(draft.id(), d);
      }
      // As the run does before it places anything: existing posts block what they crowd.
      for (ScheduledPost post : request.existing()) {
        if (post.status().occupiesSlot()) {
          board.occupyExisting(post.channel(), post.time());
        }
      }
    }

    /** Puts a draft on the slot of its schedule at a time. */
    Run put(String id, Instant time) {
      int d = index.get(id);
      int k = records[d].home;
      int slot = board.firstSlotFrom(k, time);
      assertThat(board.slotTime(k, slot)).as("a slot at %s", time).isEqualTo(time);
      board.reserve(k, slot, d);
      return this;
    }

    /** Leaves drafts out, as the chains leave a draft they found no slot for. */
    Run leftOut(String... ids) {
      for (String id : ids) {
        records[index.get(id)].unplaced(UnplacedReason.NO_FREE_SLOT, "no free slot (as the chains left it)");
      }
      return this;
    }

    /** Leaves drafts out, as the mix leaves a draft whose free slots would put it off target. */
    Run lostToMix(String... ids) {
      for (String id : ids) {
        records[index.get(id)].unplaced(UnplacedReason.MIX_OFF_TARGET, "off the mix (as the repair left it)");
      }
      return this;
    }

    /**
     * Runs the search over the drafts left out, in the given order (all drafts when none given),
     * judging the mix when the request has a target.
     */
    Run search(String... order) {
      MixAssignment mix = request.mix().isPresent() ? new MixAssignment(request, board, records) : null;
      placement = new Reassignment(request, board, records);
      int[] ids =
          order.length == 0
              ? IntStream.range(0, records.length).toArray()
              : Arrays.stream(order).mapToInt(index::get).toArray();
      new ExactSearch(board, records, placement, mix).run(ids);
      return this;
    }

    /** Where a draft is after the search, or null. */
    @Nullable Instant timeOf(String id) {
      int d = index.get(id);
      int slot = placement.slotOf(d);
      return slot < 0 ? null : board.slotTime(records[d].home, slot);
    }

    /** Each placed draft's hour from the first day's midnight. */
    Map<String, Long> hours() {
      Map<String, Long> hours = new HashMap<>();
      index.forEach(
          (id, d) -> {
            Instant t = timeOf(id);
            if (t != null) {
              hours.put(id, Duration.between(MONDAY, t).toHours());
            }
          });
      return hours;
    }

    @Nullable UnplacedReason reasonOf(String id) {
      return records[index.get(id)].reason;
    }

    @Nullable String explanationOf(String id) {
      return records[index.get(id)].explanation;
    }
  }

  // ------------------------------------------------------------------ what the search keeps

  /**
   * The chains placed as many drafts as can be placed, but b on a worse slot than it could take:
   * the search keeps the count and moves b to the best slot ("then by slot weight"). a and c both
   * want only 9:00 and are alike, so the first of them (a) keeps it and c stays out, as before.
   */
  @Test
  void asManyDraftsOnBetterSlotsReplaceTheChainsPlacement() {
    SchedulingRequest request =
        oneDay(schedule(Platform.INSTAGRAM, Duration.ZERO, 9, 12, 19))
            .putTimeWeight(Platform.INSTAGRAM, weights(Map.of(9, 1.0, 12, 5.0, 19, 3.0)))
            .addDrafts(
                draft("a", Platform.INSTAGRAM, at(0, 8), at(0, 10)),
                draft("b", Platform.INSTAGRAM),
                draft("c", Platform.INSTAGRAM, at(0, 8), at(0, 10)))
            .build();
    Run run = new Run(request).put("a", at(0, 9)).put("b", at(0, 19)).leftOut("c").search();
    assertThat(run.hours()).isEqualTo(Map.of("a", 9L, "b", 12L));
    // c was left out before and is still left out for the same reason: its explanation stays.
    assertThat(run.reasonOf("c")).isEqualTo(UnplacedReason.NO_FREE_SLOT);
    assertThat(run.explanationOf("c")).isEqualTo("no free slot (as the chains left it)");
    assertThat(run.reasonOf("b")).isNull();
  }

  /**
   * A placement exactly as good as the chains' (as many drafts, the same weight) is not taken: the
   * chains' placement is replaced only by a strictly better one. The search itself would put the
   * three alike drafts in slot order (a at 9:00, b at 12:00); the chains' a at 12:00 and b at 9:00
   * stay.
   */
  @Test
  void aPlacementOnlyAsGoodAsTheChainsIsNotTaken() {
    SchedulingRequest request =
        oneDay(schedule(Platform.INSTAGRAM, Duration.ZERO, 9, 12))
            .addDrafts(draft("a", Platform.INSTAGRAM), draft("b", Platform.INSTAGRAM), draft("c", Platform.INSTAGRAM))
            .build();
    Run run = new Run(request).put("a", at(0, 12)).put("b", at(0, 9)).leftOut("c").search();
    assertThat(run.hours()).isEqualTo(Map.of("a", 12L, "b", 9L));
    assertThat(run.explanationOf("c")).isEqualTo("no free slot (as the chains left it)");
  }

  /**
   * Three alike drafts, two of them placed by the chains out of slot order: the best placement
   * places all three, and alike drafts take their slots in slot order (a before b before c), so
   * each placement is searched once, whatever the slots' weights.
   */
  @Test
  void alikeDraftsTakeTheBestSlotsInSlotOrder() {
    SchedulingRequest request =
        oneDay(schedule(Platform.INSTAGRAM, Duration.ZERO, 9, 12, 19))
            .putTimeWeight(Platform.INSTAGRAM, weights(Map.of(9, 1.0, 12, 4.0, 19, 3.0)))
            .addDrafts(draft("a", Platform.INSTAGRAM), draft("b", Platform.INSTAGRAM), draft("c", Platform.INSTAGRAM))
            .build();
    // c is left out although 12:00 is free: the search does not ask why a draft was left out.
    Run run = new Run(request).put("a", at(0, 19)).put("b", at(0, 9)).leftOut("c").search();
    assertThat(run.hours()).isEqualTo(Map.of("a", 9L, "b", 12L, "c", 19L));
    assertThat(run.reasonOf("c")).isNull();
    assertThat(run.explanationOf("c")).isNull();
  }

  /**
   * Priority first: one draft of priority 1 is worth more than two of priority 0. With a two-hour
   * spacing, h's only slot (10:00) is crowded by both posts at 9:00 and 11:00; the search gives it
   * to h and says why the other two are out.
   */
  @Test
  void aDraftOfHigherPriorityOutweighsAnyNumberOfLowerOnes() {
    SchedulingRequest request =
        oneDay(schedule(Platform.INSTAGRAM, Duration.ofHours(2), 9, 10, 11))
            .addDrafts(
                draft("low1", Platform.INSTAGRAM, at(0, 9), at(0, 10)),
                draft("low2", Platform.INSTAGRAM, at(0, 11), at(0, 12)),
                draft("high", Platform.INSTAGRAM, at(0, 10), at(0, 11)).withPriority(1))
            .build();
    Run run = new Run(request).put("low1", at(0, 9)).put("low2", at(0, 11)).leftOut("high").search();
    assertThat(run.hours()).isEqualTo(Map.of("high", 10L));
    assertThat(run.reasonOf("high")).isNull();
    assertThat(run.explanationOf("high")).isNull();
    for (String low : List.of("low1", "low2")) {
      assertThat(run.reasonOf(low)).isEqualTo(UnplacedReason.NO_FREE_SLOT);
      assertThat(run.explanationOf(low))
          .startsWith("left out of the best placement of the drafts near it: every slot of its schedule");
    }
  }

  /**
   * Then the most drafts of the next priority: every placement gives "high" a slot, and the best
   * one also places both drafts of priority 0, each of which has only one slot it may take.
   */
  @Test
  void atEqualHigherCountsTheNextPriorityCounts() {
    SchedulingRequest request =
        oneDay(schedule(Platform.INSTAGRAM, Duration.ZERO, 9, 12, 19))
            .addDrafts(
                draft("high", Platform.INSTAGRAM).withPriority(1),
                draft("low1", Platform.INSTAGRAM, at(0, 9), at(0, 10)),
                draft("low2", Platform.INSTAGRAM, at(0, 12), at(0, 13)))
            .build();
    Run run = new Run(request).put("high", at(0, 9)).put("low2", at(0, 12)).leftOut("low1").search();
    assertThat(run.hours()).isEqualTo(Map.of("high", 19L, "low1", 9L, "low2", 12L));
    assertThat(run.reasonOf("low1")).isNull();
  }

  // ------------------------------------------------------------------ neighbourhoods

  /**
   * The three drafts of {@link #asManyDraftsOnBetterSlotsReplaceTheChainsPlacement} on the first
   * day, plus {@code fillers} drafts placed on hourly slots of {@code fillerSchedule} from {@code
   * fillersFrom} on, each with a campaign window that holds only its own slot (opened {@code
   * early} before it).
   */
  private static Run withFillers(
      int fillers, Platform fillerPlatform, @Nullable String account, Instant fillersFrom, Duration early, Duration otherSpacing) {
    return withFillers(0, 12, fillers, fillerPlatform, account, fillersFrom, early, otherSpacing);
  }

  /** The same with a, b and c on day {@code day} of a period of {@code periodDays} days. */
  private static Run withFillers(
      int day,
      int periodDays,
      int fillers,
      Platform fillerPlatform,
      @Nullable String account,
      Instant fillersFrom,
      Duration early,
      Duration otherSpacing) {
    List<PostingSchedule> schedules = new ArrayList<>();
    schedules.add(schedule(Platform.INSTAGRAM, Duration.ZERO, hourly()));
    if (fillerPlatform.equals(Platform.INSTAGRAM) && account != null) {
      schedules.add(
          PostingSchedule.builder().from(schedule(Platform.INSTAGRAM, Duration.ZERO, hourly())).account(account).build());
    } else if (!fillerPlatform.equals(Platform.INSTAGRAM)) {
      schedules.add(schedule(fillerPlatform, Duration.ZERO, hourly()));
    }
    // A schedule without drafts whose spacing widens the margin for every neighbourhood.
    schedules.add(schedule(Platform.PINTEREST, otherSpacing, 6));
    SchedulingRequest.Builder b =
        SchedulingRequest.builder()
            .period(days(periodDays))
            .zone(ZoneOffset.UTC)
            .addAllSchedules(schedules)
            .putTimeWeight(Platform.INSTAGRAM, weights(Map.of(9, 1.0, 12, 5.0, 19, 3.0)))
            .addDrafts(
                draft("a", Platform.INSTAGRAM, at(day, 8), at(day, 10)),
                draft("b", Platform.INSTAGRAM, at(day, 0), at(day + 1, 0)),
                draft("c", Platform.INSTAGRAM, at(day, 8), at(day, 10)));
    List<Instant> fillerTimes = new ArrayList<>();
    for (int f = 0; f < fillers; f++) {
      Instant t = fillersFrom.plus(Duration.ofHours(f));
      fillerTimes.add(t);
      Draft d = draft("f" + f, fillerPlatform, t.minus(early), t.plus(Duration.ofMinutes(30)));
      b.addDrafts(account == null ? d : Draft.builder().from(d).account(account).build());
    }
    Run run = new Run(b.build()).put("a", at(day, 9)).put("b", at(day, 19)).leftOut("c");
    for (int f = 0; f < fillers; f++) {
      run.put("f" + f, fillerTimes.get(f));
    }
    return run;
  }

  /** Whether the search moved b to its best slot, which it does only when it searched. */
  private static boolean searched(Run run) {
    return searched(run, 0);
  }

  /** The same for a, b and c on day {@code day}. */
  private static boolean searched(Run run, int day) {
    Instant b = run.timeOf("b");
    assertThat(b).isIn(at(day, 12), at(day, 19));
    return b.equals(at(day, 12));
  }

  /**
   * A neighbourhood is found among the drafts sorted by schedule group and release, not in backlog
   * order: a, b and c are one neighbourhood though X drafts lie between them in the backlog.
   */
  @Test
  void aNeighbourhoodIsFoundWhateverTheBacklogOrder() {
    SchedulingRequest request =
        oneDay(schedule(Platform.INSTAGRAM, Duration.ZERO, 9, 12, 19), schedule(Platform.X, Duration.ZERO, 9, 12))
            .putTimeWeight(Platform.INSTAGRAM, weights(Map.of(9, 1.0, 12, 5.0, 19, 3.0)))
            .addDrafts(
                draft("a", Platform.INSTAGRAM, at(0, 8), at(0, 10)),
                draft("x0", Platform.X),
                draft("b", Platform.INSTAGRAM),
                draft("x1", Platform.X),
                draft("c", Platform.INSTAGRAM, at(0, 8), at(0, 10)))
            .build();
    Run run =
        new Run(request).put("a", at(0, 9)).put("x0", at(0, 9)).put("b", at(0, 19)).put("x1", at(0, 12)).leftOut("c").search();
    assertThat(run.timeOf("b")).isEqualTo(at(0, 12));
  }

  /**
   * A step is a search node or a slot checked: the same neighbourhood of 40 drafts takes as few
   * steps near the end of a 200-day period (4,728 slots before it) as on the first day, and is
   * searched.
   */
  @Test
  void stepsCountTheSlotsCheckedNotWhereTheyLie() {
    assertThat(searched(withFillers(197, 200, 37, Platform.INSTAGRAM, null, at(197, 20), Duration.ZERO, Duration.ZERO).search(), 197))
        .isTrue();
  }

  @Test
  void aNeighbourhoodOfFortyDraftsIsSearchedAndOneOfFortyOneIsNot() {
    // 37 fillers on the first day's other hours (and the next day's): one neighbourhood with a, b, c.
    assertThat(searched(withFillers(37, Platform.INSTAGRAM, null, at(0, 20), Duration.ZERO, Duration.ZERO).search()))
        .isTrue();
    assertThat(searched(withFillers(38, Platform.INSTAGRAM, null, at(0, 20), Duration.ZERO, Duration.ZERO).search()))
        .isFalse();
  }

  /**
   * Drafts of one schedule group are neighbours when their campaign windows come within the
   * longest minimum spacing plus two days of each other: here 2 days 5 hours (Pinterest's spacing
   * is the longest). The first day's drafts end at day 1, 0:00, so 38 fillers whose windows open
   * exactly 2 days 5 hours later form a neighbourhood of their own, and both stay within the size
   * bound; a second earlier, all 41 are one neighbourhood, too large to search.
   */
  @Test
  void draftsTheMarginApartAreSeparateNeighbourhoods() {
    Duration spacing = Duration.ofHours(5);
    Instant apart = at(1, 0).plus(Duration.ofDays(2)).plus(spacing);
    assertThat(searched(withFillers(38, Platform.INSTAGRAM, null, apart, Duration.ZERO, spacing).search())).isTrue();
    assertThat(
            searched(
                withFillers(38, Platform.INSTAGRAM, null, apart, Duration.ofSeconds(1), spacing).search()))
        .isFalse();
    // Without the spacing the margin is 2 days.
    Instant twoDays = at(1, 0).plus(Duration.ofDays(2));
    assertThat(searched(withFillers(38, Platform.INSTAGRAM, null, twoDays, Duration.ZERO, Duration.ZERO).search()))
        .isTrue();
    assertThat(
            searched(withFillers(38, Platform.INSTAGRAM, null, twoDays, Duration.ofSeconds(1), Duration.ZERO).search()))
        .isFalse();
  }

  /**
   * Posts of schedules that do not count each other's posts cannot interact: 38 X drafts at the
   * same hours as the Instagram drafts are a neighbourhood of their own. An Instagram account's
   * posts count for the whole platform's schedule, so 38 drafts of the account (from 20:00, clear
   * of the Instagram posts) join the Instagram drafts' neighbourhood, and 41 are too many to
   * search.
   */
  @Test
  void onlySchedulesThatCountEachOthersPostsJoinANeighbourhood() {
    assertThat(searched(withFillers(38, Platform.X, null, at(0, 0), Duration.ZERO, Duration.ZERO).search()))
        .isTrue();
    assertThat(searched(withFillers(38, Platform.INSTAGRAM, "@shop", at(0, 20), Duration.ZERO, Duration.ZERO).search()))
        .isFalse();
  }

  // ------------------------------------------------------------------ step budgets

  /**
   * A neighbourhood whose search takes more than {@value ExactSearch#NODE_BUDGET} steps, starting
   * on day {@code day}: 22 of 23 slots (1:00 to 23:00) taken by drafts that may go anywhere that
   * day, 8 more left out whose windows (each opening a second later than the one before, so no two
   * are alike) miss 23:00. Moving a placed draft to 23:00 places one more, which the search finds
   * at once; proving that nothing better exists means trying which 7 of 30 stay out, far more than
   * the budget allows.
   */
  private static void addHardNeighbourhood(SchedulingRequest.Builder b, int day, List<String> placed, List<String> out) {
    for (int i = 0; i < 30; i++) {
      String id = "h" + day + "_" + i;
      Instant from = at(day, 0).plusSeconds(i + 1);
      Instant to = i < 22 ? at(day + 1, 0) : at(day, 23);
      b.addDrafts(draft(id, Platform.INSTAGRAM, from, to));
      (i < 22 ? placed : out).add(id);
    }
  }

  private static final int[] HOURS_1_TO_23 = IntStream.range(1, 24).toArray();

  @Test
  void aSearchThatRunsOutOfStepsKeepsTheChainsPlacement() {
    assertTheChainsPlacementIsKept();
  }

  /**
   * Searches the hard neighbourhood of the first day, with {@code extra} drafts left out as well,
   * from the chains' placement, and checks that the placement is kept: every placed draft where it
   * was, every draft left out still out with the chains' explanation.
   */
  private static void assertTheChainsPlacementIsKept(Draft... extra) {
    SchedulingRequest.Builder b = oneDay(schedule(Platform.INSTAGRAM, Duration.ZERO, HOURS_1_TO_23)).addDrafts(extra);
    List<String> placed = new ArrayList<>();
    List<String> out = new ArrayList<>();
    addHardNeighbourhood(b, 0, placed, out);
    Run run = new Run(b.build());
    for (int i = 0; i < placed.size(); i++) {
      run.put(placed.get(i), at(0, i + 1));
    }
    Arrays.stream(extra).forEach(d -> out.add(d.id()));
    run.leftOut(out.toArray(new String[0])).search();
    for (int i = 0; i < placed.size(); i++) {
      assertThat(run.timeOf(placed.get(i))).isEqualTo(at(0, i + 1));
    }
    for (String id : out) {
      assertThat(run.timeOf(id)).isNull();
      assertThat(run.explanationOf(id)).isEqualTo("no free slot (as the chains left it)");
    }
  }

  /**
   * The same, with a draft of higher priority whose window holds no slot: the search takes it first
   * and leaves it out, so the whole search is its "stays out" branch. That branch running out of
   * steps stops the search as well.
   */
  @Test
  void aSearchThatRunsOutOfStepsInItsLastBranchKeepsTheChainsPlacement() {
    assertTheChainsPlacementIsKept(
        draft("z", Platform.INSTAGRAM, at(0, 0).plusSeconds(600), at(0, 0).plusSeconds(3000)).withPriority(1));
  }

  /**
   * The whole step stops after {@value ExactSearch#TOTAL_BUDGET} steps: after seven searches that
   * each ran out of their {@value ExactSearch#NODE_BUDGET} steps, just under 250,000 are left and
   * the eighth neighbourhood, an easy one, is searched; after eight, none are left and it is not.
   */
  @Test
  void theWholeStepStopsWhenItsBudgetIsSpent() {
    assertThat(searchedAfterHardNeighbourhoods(7)).isTrue();
    assertThat(searchedAfterHardNeighbourhoods(8)).isFalse();
  }

  private static boolean searchedAfterHardNeighbourhoods(int hard) {
    // Each hard neighbourhood on a day of its own, three days apart (beyond the 2-day margin); the
    // easy one (a, b, c on the last day) is searched last.
    int easyDay = 3 * hard;
    SchedulingRequest.Builder b =
        SchedulingRequest.builder()
            .period(days(easyDay + 1))
            .zone(ZoneOffset.UTC)
            .addSchedules(schedule(Platform.INSTAGRAM, Duration.ZERO, HOURS_1_TO_23))
            .putTimeWeight(Platform.INSTAGRAM, weights(Map.of(9, 1.0, 12, 5.0, 19, 3.0)));
    List<String> placed = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (int h = 0; h < hard; h++) {
      addHardNeighbourhood(b, 3 * h, placed, out);
    }
    b.addDrafts(
        draft("a", Platform.INSTAGRAM, at(easyDay, 8), at(easyDay, 10)),
        draft("b", Platform.INSTAGRAM, at(easyDay, 0), at(easyDay + 1, 0)),
        draft("c", Platform.INSTAGRAM, at(easyDay, 8), at(easyDay, 10)));
    Run run = new Run(b.build());
    for (int h = 0; h < hard; h++) {
      for (int i = 0; i < 22; i++) {
        run.put(placed.get(22 * h + i), at(3 * h, i + 1));
      }
    }
    run.put("a", at(easyDay, 9)).put("b", at(easyDay, 19)).leftOut(out.toArray(new String[0])).leftOut("c");
    List<String> order = new ArrayList<>(out);
    order.add("c");
    run.search(order.toArray(new String[0]));
    Instant time = run.timeOf("b");
    assertThat(time).isIn(at(easyDay, 12), at(easyDay, 19));
    return time.equals(at(easyDay, 12));
  }

  // ------------------------------------------------------------------ with a mix target

  private static Draft draft(String id, Platform platform, PostPurpose purpose) {
    return Draft.of(id, platform, PostContent.builder().format(PostFormat.IMAGE).purpose(purpose).build());
  }

  /**
   * 80/20 over every five posts of a platform (each full window exactly one promotion). After four
   * Instagram posts that inform (1:00 to 4:00), Instagram's 9:00 slot takes only a promotion and
   * its 12:00 slot then only another kind: of the two drafts the mix left out, "p" (promote) goes
   * to 9:00 and "v" (educate) to 12:00. {@code older} informing Instagram posts before the period
   * lengthen its sequence; {@code xFillers} X drafts, each placed on the only slot its window
   * holds (every fifth a promotion, so X's sequence keeps to the mix), make the request larger.
   */
  private static Run mixRun(int older, int xFillers) {
    return mixRun(older, xFillers, 0);
  }

  /** The same with {@code slotless} more Instagram drafts whose windows hold no slot. */
  private static Run mixRun(int older, int xFillers, int slotless) {
    List<dev.socialplan.calendar.ScheduledPost> existing = new ArrayList<>();
    for (int i = 0; i < older; i++) {
      existing.add(draft("old" + i, Platform.INSTAGRAM, PostPurpose.INFORM).toPost(MONDAY.minus(Duration.ofHours(i + 1))));
    }
    for (int j = 0; j < 4; j++) {
      existing.add(draft("i" + j, Platform.INSTAGRAM, PostPurpose.INFORM).toPost(at(0, 1 + j)));
    }
    SchedulingRequest.Builder b =
        SchedulingRequest.builder()
            .period(days(2))
            .zone(ZoneOffset.UTC)
            .addSchedules(schedule(Platform.INSTAGRAM, Duration.ZERO, 9, 12), schedule(Platform.X, Duration.ZERO, hourly()))
            .existing(dev.socialplan.calendar.ContentCalendar.of(ZoneOffset.UTC, existing))
            .mix(
                dev.socialplan.calendar.RollingMix.of(
                    dev.socialplan.content.ContentMix.EIGHTY_TWENTY.withTolerance(0.1),
                    5,
                    dev.socialplan.calendar.MixScope.PLATFORM))
            .addDrafts(draft("v", Platform.INSTAGRAM, PostPurpose.EDUCATE), draft("p", Platform.INSTAGRAM, PostPurpose.PROMOTE));
    for (int f = 0; f < xFillers; f++) {
      Instant t = at(0, f);
      b.addDrafts(
          draft("x" + f, Platform.X, f % 5 == 4 ? PostPurpose.PROMOTE : PostPurpose.INFORM)
              .withCampaignWindow(Interval.of(t, Duration.ofMinutes(30))));
    }
    for (int n = 0; n < slotless; n++) {
      b.addDrafts(draft("n" + n, Platform.INSTAGRAM, PostPurpose.INFORM).withCampaignWindow(Interval.of(at(0, 5), at(0, 6))));
    }
    Run run = new Run(b.build());
    for (int f = 0; f < xFillers; f++) {
      run.put("x" + f, at(0, f));
    }
    for (int n = 0; n < slotless; n++) {
      run.records[run.index.get("n" + n)].unplaced(UnplacedReason.NO_SLOT, "no slot in its window");
    }
    return run.lostToMix("v", "p").search();
  }

  /** Whether the mix run placed p and v, which only the search does. */
  private static boolean mixSearched(Run run) {
    if (run.timeOf("p") == null) {
      assertThat(run.timeOf("v")).isNull();
      assertThat(run.explanationOf("p")).isEqualTo("off the mix (as the repair left it)");
      return false;
    }
    assertThat(run.timeOf("p")).isEqualTo(at(0, 9));
    assertThat(run.timeOf("v")).isEqualTo(at(0, 12));
    assertThat(run.reasonOf("p")).isNull();
    assertThat(run.reasonOf("v")).isNull();
    return true;
  }

  /**
   * With a mix target drafts are alike only in the same slice of the mix: v and p are alike in
   * everything else, and only p first in time keeps to the mix (alike drafts would go in the search
   * order, v first, and neither could be placed).
   */
  @Test
  void withAMixOnlyDraftsOfOneSliceAreAlike() {
    assertThat(mixSearched(mixRun(0, 0))).isTrue();
  }

  /** With a mix target the whole request is one neighbourhood: searched up to 40 drafts. */
  @Test
  void withAMixARequestOfFortyDraftsIsSearchedAndOneOfFortyOneIsNot() {
    assertThat(mixSearched(mixRun(0, 38))).isTrue();
    assertThat(mixSearched(mixRun(0, 39))).isFalse();
  }

  /** Drafts that cannot take part (no slot in their window) do not count towards the 40. */
  @Test
  void withAMixDraftsWithoutASlotDoNotCountTowardsTheBound() {
    assertThat(mixSearched(mixRun(0, 0, 41))).isTrue();
  }

  /** Judging the mix reads every post of its sequences: searched up to 2,000 posts. */
  @Test
  void withAMixSequencesOfTwoThousandPostsAreSearchedAndLongerOnesAreNot() {
    assertThat(mixSearched(mixRun(1996, 0))).isTrue();
    assertThat(mixSearched(mixRun(1997, 0))).isFalse();
  }
}
