package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.GeneratedRequests.Case;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.Interval;

/**
 * {@link Reassignment} on its own, against {@link SchedulerOracle}: from a first-fit placement of
 * generated drafts (as the reservation leaves one), the free slots it reports are exactly the slots
 * where a post keeps spacing and caps with every other post, best first; an ejection chain that
 * moves posts only finds a place for a draft exactly when one exists without dropping a post (in
 * the proven case: one schedule per platform, conflicts of one post each); and every chain, proven
 * case or not, keeps every placed draft placed (or gives it up only for a draft of higher priority),
 * breaks no constraint, and when it fails leaves the placement exactly as it was.
 */
class ReassignmentTest {
  private static final List<Duration> SPACINGS =
      List.of(Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(10));

  /** Where a chain left a draft: the time of its slot on the given schedule. */
  private static Instant timeOf(ExactSearchTest.Run run, Reassignment chains, int schedule, String draftId) {
    return run.board.slotTime(schedule, chains.slotOf(run.index.get(draftId)));
  }

  /** Monday 2026-03-02, 0:00 UTC: where the period of every hand-made request starts. */
  private static final Instant MONDAY = Instant.parse("2026-03-02T00:00:00Z");

  /**
   * Requests over one to three days. In the proven case one schedule without spacing, else also an
   * account schedule (whose posts the platform's schedule counts) and spacing that crowds
   * neighbouring slots.
   */
  private static Gen<Case> cases(boolean proven) {
    return in -> {
      ZoneId zone = Generate.pick(List.of(ZoneOffset.UTC, ZoneId.of("America/New_York"))).generate(in);
      int days = Generate.range(1, 3).generate(in);
      Interval period = GeneratedRequests.period(zone, days);
      List<Duration> spacings = proven ? null : SPACINGS;
      SchedulingRequest.Builder b = SchedulingRequest.builder().period(period).zone(zone);
      b.addSchedules(GeneratedRequests.schedule(in, zone, null, spacings));
      if (!proven && Generate.booleans().generate(in)) {
        b.addSchedules(GeneratedRequests.schedule(in, zone, "@shop", spacings));
      }
      int count = Generate.range(1, 8).generate(in);
      for (int i = 0; i < count; i++) {
        b.addDrafts(GeneratedRequests.draft(in, i, period, days, 2, List.of("@shop", "@team"), -6, 30));
      }
      List<ScheduledPost> existing = new ArrayList<>();
      int existingCount = Generate.range(0, 2).generate(in);
      for (int i = 0; i < existingCount; i++) {
        Instant t = period.getStart().plus(Duration.ofMinutes(30L * Generate.range(-12, 48 * days).generate(in)));
        Draft old =
            Draft.of("old" + i, Platform.INSTAGRAM, PostContent.builder().format(PostFormat.IMAGE).purpose(PostPurpose.INFORM).build());
        if (Generate.booleans().generate(in)) {
          old = Draft.builder().from(old).account("@shop").build();
        }
        existing.add(
            old.toPost(t)
                .withStatus(Generate.pick(List.of(PostStatus.SCHEDULED, PostStatus.PUBLISHED, PostStatus.CANCELLED)).generate(in)));
      }
      b.existing(ContentCalendar.of(zone, existing));
      b.putTimeWeight(Platform.INSTAGRAM, GeneratedRequests.weights(in));
      return new Case(b.build(), GeneratedRequests.order(in, count));
    };
  }

  /** The first-fit placement, and the ejection chains over it. */
  private static final class Start extends GeneratedRequests.FirstFit {
    final Reassignment chains;

    Start(Case c) {
      super(c);
      chains = new Reassignment(c.request(), run.board, run.records);
    }

    /** The posts placed now, as the placement stands. */
    List<ScheduledPost> now() {
      List<ScheduledPost> posts = new ArrayList<>();
      for (DraftRecord r : run.records) {
        int slot = chains.slotOf(r.backlogIndex);
        if (slot >= 0) {
          posts.add(r.draft.toPost(run.board.slotTime(r.home, slot)));
        }
      }
      return posts;
    }

    int index(String id) {
      return run.index.get(id);
    }
  }

  @Test
  void theFreeSlotsAreTheSlotsWhereAPostFitsBestFirst() {
    qt().withExamples(800)
        .forAll(cases(false))
        .checkAssert(
            c -> {
              Start s = new Start(c);
              SchedulerOracle oracle = s.oracle;
              for (Draft d : c.request().drafts()) {
                if (s.chains.slotOf(s.index(d.id())) >= 0) {
                  continue;
                }
                List<Instant> expected = new ArrayList<>();
                for (Instant t : oracle.options(d)) {
                  if (oracle.fits(d.channel(), t, s.placed)) {
                    expected.add(t);
                  }
                }
                // Highest weight first, then earliest.
                expected.sort(
                    Comparator.comparingDouble((Instant t) -> -oracle.weight(d.toPost(t)))
                        .thenComparing(Comparator.naturalOrder()));
                List<Instant> actual = new ArrayList<>();
                int k = s.run.records[s.index(d.id())].home;
                for (int i : s.chains.freeSlots(s.index(d.id()))) {
                  actual.add(s.run.board.slotTime(k, i));
                }
                assertThat(actual).as("free slots of %s", d.id()).isEqualTo(expected);
              }
              // Every slot of every schedule is crowded exactly when a new post there would break
              // spacing or a cap with the posts placed and the existing ones.
              SlotBoard board = s.run.board;
              for (int k = 0; k < board.scheduleCount(); k++) {
                Channel channel = Channel.of(board.schedule(k));
                for (int i = 0; i < board.slotCount(k); i++) {
                  assertThat(s.chains.isCrowded(k, i))
                      .as("slot %s of %s crowded", board.slotTime(k, i), channel)
                      .isEqualTo(!oracle.fits(channel, board.slotTime(k, i), s.placed));
                }
              }
            });
  }

  /**
   * In the proven case (one schedule, no spacing: every conflict is one post on the slot or one
   * post of a day at its cap) a chain that moves posts only is an augmenting path, and one exists
   * exactly when the draft can be added with every placed draft still placed.
   */
  @Test
  void inTheProvenCaseAChainOfMovesFindsAPlaceExactlyWhenOneExists() {
    AtomicInteger found = new AtomicInteger();
    AtomicInteger none = new AtomicInteger();
    qt().withExamples(1000)
        .forAll(cases(true))
        .checkAssert(
            c -> {
              Start s = new Start(c);
              for (String id : s.out) {
                Draft draft = draftOf(c.request(), id);
                boolean possible = canAdd(s.oracle, c, s.placed, draft);
                List<ScheduledPost> before = s.now();
                boolean placed = s.chains.placeMovingOnly(s.index(id));
                assertThat(placed).as("a chain of moves places %s", id).isEqualTo(possible);
                if (placed) {
                  found.incrementAndGet();
                  assertKeepsEveryGuarantee(s, before, id);
                  assertThat(s.chains.dropped()).isEmpty();
                  s.chains.undo();
                } else {
                  none.incrementAndGet();
                }
                assertThat(s.now()).as("after the undo").containsExactlyInAnyOrderElementsOf(before);
              }
            });
    assertThat(found.get()).isPositive();
    assertThat(none.get()).isPositive();
  }

  /**
   * Beyond the proven case (spacing that crowds neighbouring slots, an account schedule counted by
   * the platform's) a chain is not proven to exist whenever a place does, but whatever it does keeps
   * every guarantee: the draft placed, every post in an allowed slot of its window with spacing and
   * caps kept, every draft placed before still placed or, when drops are allowed, given up only for
   * a draft of higher priority. A chain that fails leaves the placement as it was.
   */
  @Test
  void everyChainKeepsEveryGuaranteeAndAFailedOneChangesNothing() {
    AtomicInteger found = new AtomicInteger();
    AtomicInteger dropping = new AtomicInteger();
    AtomicInteger none = new AtomicInteger();
    qt().withExamples(1000)
        .forAll(cases(false))
        .checkAssert(
            c -> {
              Start s = new Start(c);
              for (String id : s.out) {
                List<ScheduledPost> before = s.now();
                boolean placed = s.chains.place(s.index(id));
                if (!placed) {
                  none.incrementAndGet();
                  assertThat(s.now()).containsExactlyInAnyOrderElementsOf(before);
                  continue;
                }
                found.incrementAndGet();
                assertKeepsEveryGuarantee(s, before, id);
                if (s.chains.dropped().length > 0) {
                  dropping.incrementAndGet();
                }
                s.chains.undo();
                assertThat(s.now()).as("after the undo").containsExactlyInAnyOrderElementsOf(before);
              }
            });
    assertThat(found.get()).isPositive();
    assertThat(dropping.get()).isPositive();
    assertThat(none.get()).isPositive();
  }

  private static Draft draftOf(SchedulingRequest request, String id) {
    return request.drafts().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  private static void assertKeepsEveryGuarantee(Start s, List<ScheduledPost> before, String id) {
    List<ScheduledPost> after = s.now();
    Draft draft = draftOf(s.run.request, id);
    Set<String> ids = new HashSet<>();
    after.forEach(p -> ids.add(p.id()));
    assertThat(ids).contains(id);
    Set<Integer> dropped = new HashSet<>();
    for (int e : s.chains.dropped()) {
      dropped.add(e);
      assertThat(s.run.records[e].priority).as("a draft given up").isLessThan(draft.priority());
      assertThat(ids).doesNotContain(s.run.records[e].draft.id());
    }
    for (ScheduledPost p : before) {
      if (!dropped.contains(s.index(p.id()))) {
        assertThat(ids).as("%s still placed", p.id()).contains(p.id());
      }
    }
    for (ScheduledPost p : after) {
      Draft d = draftOf(s.run.request, p.id());
      assertThat(s.oracle.options(d)).as("%s on an allowed slot of its window", p.id()).contains(p.time());
    }
    GeneratedRequests.assertEachFits(s.oracle, after);
  }

  /** Whether a draft can be placed beside the placed drafts, each of which may move (exhaustive). */
  private static boolean canAdd(SchedulerOracle oracle, Case c, List<ScheduledPost> placed, Draft draft) {
    List<Draft> drafts = new ArrayList<>();
    drafts.add(draft);
    for (ScheduledPost p : placed) {
      drafts.add(draftOf(c.request(), p.id()));
    }
    return assign(oracle, drafts, 0, new ArrayList<>());
  }

  private static boolean assign(SchedulerOracle oracle, List<Draft> drafts, int i, List<ScheduledPost> placed) {
    if (i == drafts.size()) {
      return true;
    }
    Draft d = drafts.get(i);
    for (Instant t : oracle.options(d)) {
      if (oracle.fits(d.channel(), t, placed)) {
        placed.add(d.toPost(t));
        boolean all = assign(oracle, drafts, i + 1, placed);
        placed.remove(placed.size() - 1);
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The improvement phase alone, in the proven case: from the reservation's placement (first fit,
   * drafts by priority), chains for the drafts left out, by priority, reach the optimum priority
   * first (the greedy of a matroid), with no exact search after them to make up for a draft the
   * phase skipped or failed to place.
   */
  @Test
  void inTheProvenCaseTheImprovementPhaseAloneIsOptimalPriorityFirst() {
    AtomicInteger improved = new AtomicInteger();
    qt().withExamples(1000)
        .forAll(cases(true))
        .checkAssert(
            generated -> {
              // Drafts by priority, highest first, then in the generated order (as the reservation).
              List<Integer> order = new ArrayList<>(generated.order());
              order.sort(Comparator.comparingInt((Integer i) -> -generated.request().drafts().get(i).priority()));
              Case c = new Case(generated.request(), order);
              Start s = new Start(c);
              int[] byPriority = order.stream().mapToInt(Integer::intValue).toArray();
              int before = s.now().size();
              s.chains.improve(byPriority);
              List<ScheduledPost> after = s.now();
              assertThat(s.oracle.priorityScore(after)).isEqualTo(s.oracle.bruteForcePriorityMaximum());
              GeneratedRequests.assertEachFits(s.oracle, after);
              for (ScheduledPost p : after) {
                assertThat(s.run.reasonOf(p.id())).as("%s placed has no reason", p.id()).isNull();
              }
              for (Draft d : c.request().drafts()) {
                if (after.stream().noneMatch(p -> p.id().equals(d.id()))) {
                  assertThat(s.run.reasonOf(d.id())).isEqualTo(UnplacedReason.NO_FREE_SLOT);
                }
              }
              if (after.size() > before) {
                improved.incrementAndGet();
              }
            });
    assertThat(improved.get()).isPositive();
  }

  /**
   * A chain of 20 moves: each of 20 drafts may take its slot or the next one, and sits on its own;
   * a draft that may take only the first slot moves every one of them one slot on.
   */
  @Test
  void aChainMovesEveryPostOfALongRunOneSlotOn() {
    SchedulingRequest.Builder b = utcRequestBuilder(Duration.ofDays(1), List.of(capped(null, ZoneOffset.UTC, 0, hours(1, 21))));
    PostContent content = PostContent.builder().format(PostFormat.IMAGE).purpose(PostPurpose.EDUCATE).build();
    for (int i = 1; i <= 20; i++) {
      b.addDrafts(
          Draft.of("d" + i, Platform.INSTAGRAM, content)
              .withCampaignWindow(Interval.of(hoursAfterMonday(i), Duration.ofMinutes(90))));
    }
    b.addDrafts(Draft.of("x", Platform.INSTAGRAM, content).withCampaignWindow(Interval.of(MONDAY, Duration.ofMinutes(90))));
    ExactSearchTest.Run run = new ExactSearchTest.Run(b.build());
    for (int i = 1; i <= 20; i++) {
      run.put("d" + i, hoursAfterMonday(i));
    }
    run.leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isTrue();
    assertThat(timeOf(run, chains, 0, "x")).isEqualTo(hoursAfterMonday(1));
    for (int i = 1; i <= 20; i++) {
      assertThat(timeOf(run, chains, 0, "d" + i))
          .isEqualTo(hoursAfterMonday(i + 1));
    }
    // Undone move by move, the run is where it was.
    chains.undo();
    assertThat(chains.slotOf(run.index.get("x"))).isNegative();
    for (int i = 1; i <= 20; i++) {
      assertThat(timeOf(run, chains, 0, "d" + i)).isEqualTo(hoursAfterMonday(i));
    }
  }

  /** A schedule in UTC (or another zone) with the given slots every day and a daily cap. */
  private static PostingSchedule capped(@org.jspecify.annotations.Nullable String account, ZoneId zone, int cap, int... hours) {
    PostingSchedule.Builder b =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(zone)
            .pattern(
                WeeklySlots.on(
                    EnumSet.allOf(DayOfWeek.class),
                    java.util.stream.IntStream.of(hours).mapToObj(h -> LocalTime.of(h, 0)).toArray(LocalTime[]::new)));
    if (account != null) {
      b.account(account);
    }
    if (cap > 0) {
      b.maxPostsPerDay(cap);
    }
    return b.build();
  }

  private static Draft plain(String id, @org.jspecify.annotations.Nullable String account, Instant from, Duration length) {
    Draft.Builder b =
        Draft.builder()
            .id(id)
            .platform(Platform.INSTAGRAM)
            .content(PostContent.builder().format(PostFormat.IMAGE).purpose(PostPurpose.EDUCATE).build())
            .campaignWindow(Interval.of(from, length));
    if (account != null) {
      b.account(account);
    }
    return b.build();
  }

  /**
   * A post that is moved goes to its best free slot, the earliest of equally weighted ones: x may
   * take only 9:00, where a sits; a may also take 12:00 and 19:00, and takes 12:00.
   */
  @Test
  void aMovedPostTakesTheEarliestOfItsEquallyGoodFreeSlots() {
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(1),
            List.of(capped(null, ZoneOffset.UTC, 0, 9, 12, 19)),
            plain("a", null, MONDAY, Duration.ofDays(1)),
            plain("x", null, hoursAfterMonday(8), Duration.ofHours(2)));
    ExactSearchTest.Run run = new ExactSearchTest.Run(request).put("a", hoursAfterMonday(9)).leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isTrue();
    assertThat(timeOf(run, chains, 0, "a")).isEqualTo(hoursAfterMonday(12));
  }

  /**
   * One post can fill two caps at once: p, on the account @shop, is the one post of Monday that
   * both @shop's cap and Instagram's allow. x (also @shop) may go only at Monday 12:00, so p, which
   * both caps count, moves to Tuesday.
   */
  @Test
  void aPostThatFillsTwoCapsIsMovedToClearBoth() {
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(2),
            List.of(capped(null, ZoneOffset.UTC, 1, 9, 12), capped("@shop", ZoneOffset.UTC, 1, 9, 12)),
            plain("p", "@shop", MONDAY, Duration.ofDays(2)),
            plain("x", "@shop", hoursAfterMonday(11), Duration.ofHours(2)));
    ExactSearchTest.Run run = new ExactSearchTest.Run(request).put("p", hoursAfterMonday(9)).leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.isCrowded(1, 1)).as("Monday 12:00 on @shop").isTrue();
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isTrue();
    assertThat(timeOf(run, chains, 1, "x")).isEqualTo(hoursAfterMonday(12));
    assertThat(timeOf(run, chains, 1, "p")).isEqualTo(hoursAfterMonday(33));
  }

  /**
   * Existing posts are counted up to the last local day a cap can see: in Kiritimati (UTC+14) a post
   * two local days after the period's last still lies within the run's margin, and is read without
   * error.
   */
  @Test
  void anExistingPostOnTheLastLocalDayInReachIsCounted() {
    ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
    // The period ends 2026-03-04 14:00 in Kiritimati; 2026-03-05T12:00Z is 2026-03-06 02:00 there,
    // and before the end of the run's margin (the period's end plus two days).
    ScheduledPost existing = plain("old", null, MONDAY, Duration.ofDays(5)).toPost(Instant.parse("2026-03-05T12:00:00Z"));
    SchedulingRequest request =
        utcRequestBuilder(Duration.ofDays(2), List.of(capped(null, kiritimati, 1, 9)))
            .addDrafts(plain("d", null, MONDAY, Duration.ofDays(2)))
            .existing(ContentCalendar.of(ZoneOffset.UTC, List.of(existing)))
            .build();
    ExactSearchTest.Run run = new ExactSearchTest.Run(request);
    Reassignment chains = chainsOver(run);
    assertThat(chains.freeSlots(run.index.get("d"))).isNotEmpty();
  }

  /**
   * A placed draft lifted off its slot has as free slots exactly the slots where it fits beside
   * every other post, the highest-weighted first, then the earliest (the order the exact search
   * and the recycling read them in).
   */
  @Test
  void theFreeSlotsOfALiftedPostAreTheSlotsWhereItFitsBestFirst() {
    AtomicInteger nonEmpty = new AtomicInteger();
    qt().withExamples(800)
        .forAll(cases(false))
        .checkAssert(
            c -> {
              Start s = new Start(c);
              SchedulerOracle oracle = s.oracle;
              for (ScheduledPost p : new ArrayList<>(s.placed)) {
                Draft d = draftOf(c.request(), p.id());
                int index = s.index(d.id());
                List<ScheduledPost> others = new ArrayList<>(s.placed);
                others.remove(p);
                List<Instant> expected = new ArrayList<>();
                for (Instant t : oracle.options(d)) {
                  if (oracle.fits(d.channel(), t, others)) {
                    expected.add(t);
                  }
                }
                expected.sort(
                    Comparator.comparingDouble((Instant t) -> -oracle.weight(d.toPost(t)))
                        .thenComparing(Comparator.naturalOrder()));
                s.chains.lift(index);
                List<Instant> actual = new ArrayList<>();
                int k = s.run.records[index].home;
                for (int i : s.chains.freeSlots(index)) {
                  actual.add(s.run.board.slotTime(k, i));
                }
                s.chains.undo();
                assertThat(actual).as("free slots of %s lifted", d.id()).isEqualTo(expected);
                if (expected.size() > 1) {
                  nonEmpty.incrementAndGet();
                }
              }
            });
    assertThat(nonEmpty.get()).isPositive();
  }

  /** A schedule in UTC with the given slots every day, a minimum spacing and a daily cap. */
  private static PostingSchedule spaced(Duration spacing, int cap, int... hours) {
    return PostingSchedule.builder().from(capped(null, ZoneOffset.UTC, cap, hours)).minimumSpacing(spacing).build();
  }

  private static Draft withPriority(Draft draft, int priority) {
    return Draft.builder().from(draft).priority(priority).build();
  }

  private static int[] hours(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to).toArray();
  }

  private static Instant hoursAfterMonday(int hours) {
    return MONDAY.plus(Duration.ofHours(hours));
  }

  private static Instant minutesAfterMonday(int minutes) {
    return MONDAY.plus(Duration.ofMinutes(minutes));
  }

  /** A request in UTC whose period runs from Monday for the given length, with the given schedules. */
  private static SchedulingRequest.Builder utcRequestBuilder(Duration period, List<PostingSchedule> schedules) {
    return SchedulingRequest.builder().period(Interval.of(MONDAY, period)).zone(ZoneOffset.UTC).addAllSchedules(schedules);
  }

  /** A request in UTC whose period runs from Monday for the given length, with the given schedules and drafts. */
  private static SchedulingRequest utcRequest(Duration period, List<PostingSchedule> schedules, Draft... drafts) {
    return utcRequestBuilder(period, schedules).addDrafts(drafts).build();
  }

  /** The ejection chains over a placement set by hand. */
  private static Reassignment chainsOver(ExactSearchTest.Run run) {
    return new Reassignment(run.request, run.board, run.records);
  }

  /**
   * A moved post takes its best free slot even when that is the first slot of its schedule: x may
   * take only 12:00, where a sits; a may also take 9:00 (the first slot) and 19:00, equally
   * weighted, and takes the earlier.
   */
  @Test
  void aMovedPostTakesItsSchedulesFirstSlotWhenThatIsItsBest() {
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(1),
            List.of(capped(null, ZoneOffset.UTC, 0, 9, 12, 19)),
            plain("a", null, MONDAY, Duration.ofDays(1)),
            plain("x", null, hoursAfterMonday(11), Duration.ofHours(2)));
    ExactSearchTest.Run run = new ExactSearchTest.Run(request).put("a", hoursAfterMonday(12)).leftOut("x");
    assertThat(run.board.slotTime(0, 0)).isEqualTo(hoursAfterMonday(9));
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isTrue();
    assertThat(chains.slotOf(run.index.get("a"))).isZero();
    assertThat(timeOf(run, chains, 0, "x")).isEqualTo(hoursAfterMonday(12));
  }

  /**
   * A move may lift two posts at once: x may go only at 10:00, between a (9:00) and b (11:00),
   * both closer than the 90 minutes' spacing. The cap of two a day leaves room for x once both are
   * lifted; a then takes 8:00 and b, Monday full, Tuesday.
   */
  @Test
  void aChainLiftsTheTwoPostsOnEitherSideOfASlot() {
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(2),
            List.of(spaced(Duration.ofMinutes(90), 2, hours(8, 20))),
            plain("a", null, MONDAY, Duration.ofDays(2)),
            plain("b", null, MONDAY, Duration.ofDays(2)),
            plain("x", null, minutesAfterMonday(570), Duration.ofHours(1)));
    ExactSearchTest.Run run =
        new ExactSearchTest.Run(request)
            .put("a", hoursAfterMonday(9))
            .put("b", hoursAfterMonday(11))
            .leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isTrue();
    assertThat(timeOf(run, chains, 0, "x")).isEqualTo(hoursAfterMonday(10));
    List<Instant> times = new ArrayList<>();
    for (String id : List.of("a", "b", "x")) {
      times.add(timeOf(run, chains, 0, id));
    }
    assertThat(times).containsExactlyInAnyOrder(
        hoursAfterMonday(8), hoursAfterMonday(10), hoursAfterMonday(32));
  }

  /**
   * A chain that gives up a post in a branch it then abandons keeps that post: x (priority 2) may
   * go from 10:00 to 14:00. At 10:00 it needs p (9:00, priority 1) and q (11:00, priority 2) out
   * of the way; p, with no other slot, may be given up, but q may not, so that branch is abandoned.
   * At 13:00 it crowds r (14:00, priority 1), which is given up. Only r is reported given up; p
   * and q stay where they were.
   */
  @Test
  void aPostGivenUpInAnAbandonedBranchStaysPlaced() {
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(1),
            List.of(spaced(Duration.ofMinutes(90), 0, hours(8, 20))),
            withPriority(plain("p", null, minutesAfterMonday(510), Duration.ofHours(1)), 1),
            withPriority(plain("q", null, minutesAfterMonday(630), Duration.ofHours(1)), 2),
            withPriority(plain("r", null, minutesAfterMonday(810), Duration.ofHours(1)), 1),
            withPriority(plain("x", null, minutesAfterMonday(570), Duration.ofMinutes(270)), 2));
    ExactSearchTest.Run run =
        new ExactSearchTest.Run(request)
            .put("p", hoursAfterMonday(9))
            .put("q", hoursAfterMonday(11))
            .put("r", hoursAfterMonday(14))
            .leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isFalse();
    assertThat(chains.place(run.index.get("x"))).isTrue();
    assertThat(chains.dropped()).containsExactly(run.index.get("r"));
    assertThat(chains.slotOf(run.index.get("r"))).isNegative();
    assertThat(timeOf(run, chains, 0, "p")).isEqualTo(hoursAfterMonday(9));
    assertThat(timeOf(run, chains, 0, "q")).isEqualTo(hoursAfterMonday(11));
    assertThat(timeOf(run, chains, 0, "x")).isEqualTo(hoursAfterMonday(13));
  }

  /**
   * Under a cap of five, any of the five posts of a full day may make room: x may go only at
   * Monday 12:00, so one of them (the earliest, 8:00, the first way tried) moves to Tuesday.
   */
  @Test
  void anyPostOfADayAtALargeCapCanMakeRoom() {
    SchedulingRequest.Builder b =
        utcRequestBuilder(Duration.ofDays(2), List.of(capped(null, ZoneOffset.UTC, 5, hours(8, 13))))
            .addDrafts(plain("x", null, minutesAfterMonday(690), Duration.ofHours(1)));
    for (int i = 0; i < 5; i++) {
      b.addDrafts(plain("p" + i, null, MONDAY, Duration.ofDays(2)));
    }
    SchedulingRequest request = b.build();
    ExactSearchTest.Run run = new ExactSearchTest.Run(request).leftOut("x");
    int[] at = {8, 9, 10, 11, 13};
    for (int i = 0; i < 5; i++) {
      run.put("p" + i, hoursAfterMonday(at[i]));
    }
    Reassignment chains = chainsOver(run);
    assertThat(chains.isCrowded(0, 4)).as("Monday 12:00").isTrue();
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isTrue();
    assertThat(timeOf(run, chains, 0, "x")).isEqualTo(hoursAfterMonday(12));
    assertThat(timeOf(run, chains, 0, "p0")).isEqualTo(hoursAfterMonday(32));
  }

  /**
   * Caps count by the local days of the schedule that sets them: Instagram's cap of one a day is in
   * UTC, and p, on @shop in Tokyo, is on Monday 20:00 UTC, already Tuesday in Tokyo. x (Instagram)
   * may go only at Monday 12:00 UTC; Monday is full in UTC because of p, so p moves on.
   */
  @Test
  void aCapIsClearedByMovingAPostOfItsOwnLocalDayFromAScheduleInAnotherZone() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(2),
            List.of(capped(null, ZoneOffset.UTC, 1, hours(0, 23)), capped("@shop", tokyo, 0, hours(0, 23))),
            plain("p", "@shop", MONDAY, Duration.ofDays(2)),
            plain("x", null, minutesAfterMonday(690), Duration.ofHours(1)));
    ExactSearchTest.Run run = new ExactSearchTest.Run(request).put("p", hoursAfterMonday(20)).leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isTrue();
    assertThat(timeOf(run, chains, 0, "x")).isEqualTo(hoursAfterMonday(12));
    assertThat(timeOf(run, chains, 1, "p")).isAfterOrEqualTo(MONDAY.plus(Duration.ofDays(1)));
  }

  /**
   * With two caps full, a post lifted must clear both: @shop (listed first) allows one post a day
   * and Instagram two. On Monday a (@shop, 9:00) fills @shop's cap and, with q (Instagram, 10:00),
   * Instagram's. x (@shop) may go only at Monday 12:00; a, which would clear both, may take no
   * other slot, and lifting q clears only Instagram's: no chain places x.
   */
  @Test
  void aPostThatClearsOnlyOneOfTwoFullCapsIsNotMoved() {
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(2),
            List.of(capped("@shop", ZoneOffset.UTC, 1, 9, 10, 12), capped(null, ZoneOffset.UTC, 2, 9, 10, 12)),
            plain("a", "@shop", minutesAfterMonday(510), Duration.ofHours(1)),
            plain("q", null, MONDAY, Duration.ofDays(2)),
            plain("x", "@shop", minutesAfterMonday(690), Duration.ofHours(1)));
    ExactSearchTest.Run run =
        new ExactSearchTest.Run(request)
            .put("a", hoursAfterMonday(9))
            .put("q", hoursAfterMonday(10))
            .leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isFalse();
    assertThat(chains.slotOf(run.index.get("x"))).isNegative();
    assertThat(timeOf(run, chains, 1, "q")).isEqualTo(hoursAfterMonday(10));
  }

  /**
   * A move lifts at most two posts: x (@shop) may go only at Monday 12:00, between Instagram's
   * posts at 11:00 and 13:00 (Instagram's spacing of 90 minutes counts @shop's posts), on a Monday
   * where a fills @shop's cap of one. Three posts would have to move; no chain places x.
   */
  @Test
  void aSlotThatThreePostsCrowdIsNotTaken() {
    PostingSchedule instagram = spaced(Duration.ofMinutes(90), 0, hours(8, 20));
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(2),
            List.of(instagram, capped("@shop", ZoneOffset.UTC, 1, hours(8, 20))),
            plain("late", null, MONDAY, Duration.ofDays(2)),
            plain("early", null, MONDAY, Duration.ofDays(2)),
            plain("a", "@shop", MONDAY, Duration.ofDays(2)),
            plain("x", "@shop", minutesAfterMonday(690), Duration.ofHours(1)));
    ExactSearchTest.Run run =
        new ExactSearchTest.Run(request)
            .put("early", hoursAfterMonday(11))
            .put("late", hoursAfterMonday(13))
            .put("a", hoursAfterMonday(17))
            .leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isFalse();
    assertThat(timeOf(run, chains, 0, "late")).isEqualTo(hoursAfterMonday(13));
  }

  /**
   * Slots on the local day of the period's end are counted when the period ends after midnight:
   * the period ends Tuesday 12:00 UTC, and a draft whose window is Tuesday morning has Tuesday
   * 9:00 as its free slot under a cap.
   */
  @Test
  void aSlotOnTheDayThePeriodEndsIsCounted() {
    SchedulingRequest request =
        utcRequest(
            Duration.ofHours(36),
            List.of(capped(null, ZoneOffset.UTC, 1, 9)),
            plain("d", null, hoursAfterMonday(30), Duration.ofHours(6)));
    ExactSearchTest.Run run = new ExactSearchTest.Run(request).leftOut("d");
    Reassignment chains = chainsOver(run);
    int[] free = chains.freeSlots(run.index.get("d"));
    assertThat(free).hasSize(1);
    assertThat(run.board.slotTime(0, free[0])).isEqualTo(hoursAfterMonday(33));
  }

  /**
   * Two spacings can put three posts in the way of a slot: x (@shop) may go only at Monday 12:00;
   * @shop's posts at 10:00 and 14:00 are closer than @shop's spacing of three hours, and
   * Instagram's post at 12:00 closer than Instagram's 30 minutes. A move lifts at most two posts:
   * no chain places x.
   */
  @Test
  void aSlotThatTwoSpacingsCrowdWithThreePostsIsNotTaken() {
    PostingSchedule shop =
        PostingSchedule.builder().from(capped("@shop", ZoneOffset.UTC, 0, hours(8, 20))).minimumSpacing(Duration.ofHours(3)).build();
    SchedulingRequest request =
        utcRequest(
            Duration.ofDays(2),
            List.of(spaced(Duration.ofMinutes(30), 0, hours(8, 20)), shop),
            plain("late", "@shop", MONDAY, Duration.ofDays(2)),
            plain("early", "@shop", MONDAY, Duration.ofDays(2)),
            plain("p", null, MONDAY, Duration.ofDays(2)),
            plain("x", "@shop", minutesAfterMonday(690), Duration.ofHours(1)));
    ExactSearchTest.Run run =
        new ExactSearchTest.Run(request)
            .put("early", hoursAfterMonday(10))
            .put("late", hoursAfterMonday(14))
            .put("p", hoursAfterMonday(12))
            .leftOut("x");
    Reassignment chains = chainsOver(run);
    assertThat(chains.isCrowded(1, run.board.firstSlotFrom(1, hoursAfterMonday(12)))).isTrue();
    assertThat(chains.placeMovingOnly(run.index.get("x"))).isFalse();
    assertThat(timeOf(run, chains, 1, "late")).isEqualTo(hoursAfterMonday(14));
  }
}
