package dev.socialplan.benchmarks;

import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ObjIntConsumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scheduling (docs/performance.md), second half: an agency of 1,000 brands, each a year for ten platforms (5,000 drafts, 5
 * million in all), scheduled in one call of {@link Scheduler#scheduleAll(List, ObjIntConsumer)}
 * (brands in parallel on the common pool, each result handed to a sink when ready) with a heap of
 * at most 2 GB. Measured single-shot: each iteration is one call. Target: under 30 s on two cores.
 *
 * <p>The requests (5 million drafts, about 840 MB live) are built before each iteration and held
 * during the call; the sink counts the placed posts and drops each calendar, as an agency would
 * after storing it. Holding all 1,000 calendars at once ({@link Scheduler#scheduleAll(List)}) needs
 * about 1.1 GB more (5 million posts and their calendars' indexes), which leaves too little headroom
 * in 2 GB. The requests' size matters for speed as well as fit: above 45 % of the heap, G1 runs one
 * concurrent marking cycle after another during the call; see {@code docs/performance.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AgencySchedulingBenchmark {
  /** The number of brands of the target. */
  static final int BRANDS = 1000;

  /** The number of brands scheduled: {@value #BRANDS} unless a test sets fewer. */
  @Param({"1000"})
  public int brands;

  private List<SchedulingRequest> agency;

  /** Builds the agency's requests before each call. */
  @Setup(Level.Iteration)
  public void setUp() {
    agency = AgencyFixture.agency(brands);
    // The previous iteration's requests (840 MB) are garbage in the old generation now: with them
    // and the new requests it is over G1's 45 % initiating occupancy, and G1 would mark and clean
    // it up concurrently during the measured call, which the first call in a process never meets.
    // A full collection leaves the heap holding only this iteration's requests.
    System.gc();
  }

  /** Drops the requests so the next iteration starts from the same heap. */
  @TearDown(Level.Iteration)
  public void tearDown() {
    agency = List.of();
  }

  /**
   * Schedules every brand of the agency in one call.
   *
   * @return the number of posts placed
   */
  @Benchmark
  public long scheduleAgencyOfThousandBrands() {
    LongAdder placed = new LongAdder();
    Scheduler.scheduleAll(agency, (result, i) -> placed.add(result.placedCount()));
    return placed.sum();
  }
}
