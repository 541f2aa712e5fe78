package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.scheduler.GeneratedRequests.Case;
import dev.socialplan.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
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
  private static final List<Duration> SPACINGS =
      List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(10));

  private static Gen<Case> cases() {
    return in -> {
      ZoneId zone = Generate.pick(List.of(ZoneOffset.UTC, ZoneId.of("Asia/Taipei"))).generate(in);
      int days = Generate.range(1, 2).generate(in);
      Interval period = GeneratedRequests.period(zone, days);
      SchedulingRequest.Builder b = SchedulingRequest.builder().period(period).zone(zone);
      b.addSchedules(GeneratedRequests.schedule(in, zone, null, SPACINGS));
      if (Generate.booleans().generate(in)) {
        b.addSchedules(GeneratedRequests.schedule(in, zone, "@shop", SPACINGS));
      }
      int count = Generate.range(1, 7).generate(in);
      for (int i = 0; i < count; i++) {
        b.addDrafts(GeneratedRequests.draft(in, i, period, days, 1, List.of("@shop"), 0, 24));
      }
      b.putTimeWeight(Platform.INSTAGRAM, GeneratedRequests.weights(in));
      return new Case(b.build(), GeneratedRequests.order(in, count));
    };
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
              GeneratedRequests.FirstFit start = new GeneratedRequests.FirstFit(c);
              SchedulerOracle oracle = start.oracle;
              ExactSearchTest.Run run = start.run;
              List<ScheduledPost> placed = start.placed;
              List<String> out = start.out;
              run.search(out.toArray(new String[0]));
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
              GeneratedRequests.assertEachFits(oracle, after);
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
