package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.threeten.extra.Interval;

/**
 * {@link ExactSearch}'s guarantee against an exhaustive search, independent of the ejection chains:
 * from any maximal placement (drafts put first-fit in a generated order, the rest left out for want
 * of a free slot), a search over a neighbourhood that holds every draft ends on a placement that is
 * optimal priority first and, among those, has the most slot weight. The requests cover one
 * platform over one or two days (so every draft is one neighbourhood), its account schedule,
 * spacing, daily caps, campaign windows, bound slots, priorities and integer time weights (so sums
 * of weights compare exactly).
 */
class ExactSearchOptimumTest {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 6);
  private static final List<LocalTime> TIMES =
      List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(19, 0), LocalTime.of(23, 30));
  private static final List<Duration> SPACINGS =
      List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(10));

  /** A generated request and the order in which the first-fit placement takes its drafts. */
  private record Case(SchedulingRequest request, List<Integer> order) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("period ").append(request.period()).append(' ').append(request.zone());
      request.schedules().forEach(x -> s.append("\n  schedule ").append(x));
      request.drafts().forEach(d -> s.append("\n  draft ").append(d.id()).append(' ').append(d.channel())
          .append(" p").append(d.priority()).append(' ').append(d.campaignWindow())
          .append(d.content().pillar().map(p -> " pillar " + p).orElse("")));
      s.append("\n  weights ").append(request.timeWeights());
      return s.append("\n  first-fit order ").append(order).toString();
    }
  }

  private static Gen<Case> cases() {
    return in -> {
      ZoneId zone = Generate.pick(List.of(ZoneOffset.UTC, ZoneId.of("Asia/Taipei"))).generate(in);
      int days = Generate.range(1, 2).generate(in);
      Interval period =
          Interval.of(
              FIRST_DAY.atStartOfDay(zone).toInstant(), FIRST_DAY.plusDays(days).atStartOfDay(zone).toInstant());
      SchedulingRequest.Builder b = SchedulingRequest.builder().period(period).zone(zone);
      b.addSchedules(schedule(in, zone, null));
      if (Generate.booleans().generate(in)) {
        b.addSchedules(schedule(in, zone, "@shop"));
      }
      int count = Generate.range(1, 7).generate(in);
      for (int i = 0; i < count; i++) {
        Draft.Builder d =
            Draft.builder()
                .id("d" + i)
                .platform(Platform.INSTAGRAM)
                .content(
                    PostContent.builder()
                        .format(PostFormat.IMAGE)
                        .purpose(PostPurpose.EDUCATE)
                        .pillar(Generate.pick(List.of("tips", "stories")).generate(in))
                        .build())
                .priority(Generate.range(0, 1).generate(in));
        if (Generate.range(0, 2).generate(in) == 0) {
          d.account("@shop");
        }
        if (Generate.booleans().generate(in)) {
          Instant start = period.getStart().plus(Duration.ofHours(Generate.range(0, 24 * days).generate(in)));
          d.campaignWindow(Interval.of(start, Duration.ofHours(Generate.range(1, 24).generate(in))));
        }
        b.addDrafts(d.build());
      }
      Map<TimeOfWeek, Double> weights = new HashMap<>();
      for (DayOfWeek day : DayOfWeek.values()) {
        for (LocalTime time : TIMES) {
          weights.put(TimeOfWeek.of(day, time.getHour()), (double) Generate.range(0, 3).generate(in));
        }
      }
      b.putTimeWeight(Platform.INSTAGRAM, TimeOfWeekGrid.of(weights, 1.0));
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        order.add(Generate.range(0, order.size()).generate(in), i);
      }
      return new Case(b.build(), order);
    };
  }

  private static PostingSchedule schedule(RandomnessSource in, ZoneId zone, String account) {
    TreeSet<LocalTime> times = new TreeSet<>();
    int count = Generate.range(1, 4).generate(in);
    for (int i = 0; i < count; i++) {
      times.add(Generate.pick(TIMES).generate(in));
    }
    PostingSchedule.Builder b =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(zone)
            .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), times.toArray(new LocalTime[0])))
            .minimumSpacing(Generate.pick(SPACINGS).generate(in));
    if (account != null) {
      b.account(account);
    }
    int cap = Generate.range(0, 2).generate(in);
    if (cap > 0) {
      b.maxPostsPerDay(cap);
    }
    PostingSchedule built = b.build();
    if (Generate.range(0, 2).generate(in) == 0) {
      // Bind one weekly time every day to "tips".
      LocalTime bound = Generate.pick(new ArrayList<>(times)).generate(in);
      for (DayOfWeek day : DayOfWeek.values()) {
        built = built.withBinding(WeeklySlot.of(day, bound.getHour(), bound.getMinute()), SlotBinding.pillar("tips"));
      }
    }
    return built;
  }

  @Test
  void fromAnyMaximalPlacementTheSearchEndsOnTheBestPriorityFirstThenByWeight() {
    AtomicInteger improved = new AtomicInteger();
    AtomicInteger searched = new AtomicInteger();
    qt().withExamples(1500)
        .forAll(cases())
        .checkAssert(
            c -> {
              SchedulingRequest request = c.request();
              SchedulerOracle oracle = new SchedulerOracle(request);
              ExactSearchTest.Run run = new ExactSearchTest.Run(request);
              // First fit in the generated order: a maximal placement, as the chains leave one.
              List<ScheduledPost> placed = new ArrayList<>();
              List<String> out = new ArrayList<>();
              for (int i : c.order()) {
                Draft d = request.drafts().get(i);
                Instant slot = null;
                for (Instant t : oracle.options(d)) {
                  if (oracle.fits(d.channel(), t, placed)) {
                    slot = t;
                    break;
                  }
                }
                if (slot == null) {
                  out.add(d.id());
                } else {
                  placed.add(d.toPost(slot));
                  run.put(d.id(), slot);
                }
              }
              run.leftOut(out.toArray(new String[0])).search(out.toArray(new String[0]));
              List<ScheduledPost> after = new ArrayList<>();
              for (Draft d : request.drafts()) {
                Instant t = run.timeOf(d.id());
                if (t != null) {
                  assertThat(oracle.options(d)).contains(t);
                  after.add(d.toPost(t));
                } else {
                  assertThat(run.reasonOf(d.id())).isEqualTo(UnplacedReason.NO_FREE_SLOT);
                }
              }
              for (ScheduledPost p : after) {
                List<ScheduledPost> others = new ArrayList<>(after);
                others.remove(p);
                assertThat(oracle.fits(p.channel(), p.time(), others)).as("%s keeps spacing and caps", p.id()).isTrue();
              }
              if (out.isEmpty()) {
                // Nothing left out: the search does not run, and the placement stays.
                assertThat(after).containsExactlyInAnyOrderElementsOf(placed);
                return;
              }
              searched.incrementAndGet();
              SchedulerOracle.Best best = oracle.bruteForceBest();
              assertThat(oracle.priorityScore(after)).isEqualTo(best.score());
              assertThat(oracle.weight(after)).isEqualTo(best.weight());
              if (oracle.priorityScore(after) != oracle.priorityScore(placed)
                  || oracle.weight(after) != oracle.weight(placed)) {
                improved.incrementAndGet();
              } else {
                // Replaced only by a strictly better placement: an equal one leaves it as it was.
                assertThat(after).containsExactlyInAnyOrderElementsOf(placed);
                for (String id : out) {
                  assertThat(run.explanationOf(id)).isEqualTo("no free slot (as the chains left it)");
                }
              }
            });
    // The generator must reach searches that change the placement, and ones that keep it.
    assertThat(improved.get()).isPositive();
    assertThat(searched.get()).isGreaterThan(improved.get());
  }
}
