package dev.socialplan.benchmarks;

import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Evergreen;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scheduling (docs/performance.md), first half: scheduling a year for ten platforms (5,000 drafts; see {@link AgencyFixture})
 * in one call of {@link Scheduler#schedule(SchedulingRequest)}. Target: under 50 ms.
 *
 * <p>Warm-up iterations last 10 s (also with {@code -wi 2} on the command line): on a shared
 * two-core machine the JIT needs 10 to 15 s of this workload before the time per call settles;
 * with 2 s iterations the first measured ones were still three to five times slower.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 2)
public class SchedulingBenchmark {
  private SchedulingRequest year;
  private SchedulingRequest fourWeeks;
  private SchedulingRequest threeYears;
  private SchedulingRequest yearWithEvergreen;

  /** Builds the requests once; scheduling them does not change them. */
  @Setup
  public void setUp() {
    year = AgencyFixture.brand(1);
    fourWeeks = AgencyFixture.brand(1, 3, Period.ofWeeks(4), 40);
    threeYears = AgencyFixture.brand(1, 10, Period.ofYears(3), 1_500);
    yearWithEvergreen = withEvergreen(year);
  }

  /** The same request with every tenth draft evergreen: recycled monthly, at most three times. */
  static SchedulingRequest withEvergreen(SchedulingRequest request) {
    List<Draft> drafts = new ArrayList<>(request.drafts());
    for (int i = 0; i < drafts.size(); i += 10) {
      drafts.set(i, drafts.get(i).withEvergreen(Evergreen.of(Duration.ofDays(30), 3)));
    }
    return request.withDrafts(drafts);
  }

  /**
   * The year with every tenth draft evergreen: the recycling phase's cost on top of {@link
   * #scheduleYearForTenPlatforms()}.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public SchedulingResult scheduleYearForTenPlatformsWithEvergreenDrafts() {
    return Scheduler.schedule(yearWithEvergreen);
  }

  /**
   * The baseline: the same year with the greedy construction alone ({@link
   * Scheduler#scheduleGreedily(SchedulingRequest)}), as the scheduler was before its improvement
   * phase.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public SchedulingResult scheduleYearForTenPlatformsGreedily() {
    return Scheduler.scheduleGreedily(year);
  }

  /**
   * Four weeks for three platforms (120 drafts).
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public SchedulingResult scheduleFourWeeksForThreePlatforms() {
    return Scheduler.schedule(fourWeeks);
  }

  /**
   * Three years for ten platforms (15,000 drafts).
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public SchedulingResult scheduleThreeYearsForTenPlatforms() {
    return Scheduler.schedule(threeYears);
  }

  /** The four-week request, for tests. */
  SchedulingRequest fourWeeks() {
    return fourWeeks;
  }

  /** The three-year request, for tests. */
  SchedulingRequest threeYears() {
    return threeYears;
  }

  /**
   * Schedules one brand's year.
   *
   * @return the result, consumed by JMH
   */
  @Benchmark
  public SchedulingResult scheduleYearForTenPlatforms() {
    return Scheduler.schedule(year);
  }
}
