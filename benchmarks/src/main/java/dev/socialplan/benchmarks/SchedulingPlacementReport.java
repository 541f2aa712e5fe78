package dev.socialplan.benchmarks;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.timing.TimeOfWeek;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scheduling (docs/performance.md), what the scheduler places: for the three benchmark instances
 * of {@link SchedulingBenchmark} (four weeks × three platforms, a year × ten, three years × ten,
 * built by {@link AgencyFixture}), the drafts placed, the reasons of those left over and the slot
 * weight of the result (the sum of the time-of-week weights of the placed posts' slots, read in
 * their schedule's zone), for the greedy construction alone ({@link
 * Scheduler#scheduleGreedily(SchedulingRequest)}, the scheduler before its improvement phase) and
 * for {@link Scheduler#schedule(SchedulingRequest)}. Deterministic: no timing.
 *
 * <p>Run: {@code java -cp benchmarks/target/classes:<classpath>
 * dev.socialplan.benchmarks.SchedulingPlacementReport}.
 */
public final class SchedulingPlacementReport {

  private SchedulingPlacementReport() {}

  /**
   * Prints one Markdown table row per instance and method.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, SchedulingRequest> instances = new LinkedHashMap<>();
    instances.put("4 weeks × 3 platforms", AgencyFixture.brand(1, 3, Period.ofWeeks(4), 40));
    instances.put("a year × 10 platforms", AgencyFixture.brand(1));
    instances.put("3 years × 10 platforms", AgencyFixture.brand(1, 10, Period.ofYears(3), 1_500));
    out.println("| instance | drafts | greedy placed | placed | greedy unplaced | unplaced"
        + " | greedy slot weight | slot weight |");
    out.println("|---|---:|---:|---:|---|---|---:|---:|");
    instances.forEach(
        (name, request) -> {
          SchedulingResult greedy = Scheduler.scheduleGreedily(request);
          SchedulingResult improved = Scheduler.schedule(request);
          out.printf(
              Locale.ROOT,
              "| %s | %,d | %,d | %,d | %s | %s | %,.1f | %,.1f |%n",
              name,
              request.drafts().size(),
              greedy.placedCount(),
              improved.placedCount(),
              greedy.unplacedByReason(),
              improved.unplacedByReason(),
              slotWeight(request, greedy),
              slotWeight(request, improved));
        });
  }

  /** The sum of the time weights of the placed posts' slots, read in their schedule's zone. */
  static double slotWeight(SchedulingRequest request, SchedulingResult result) {
    double total = 0;
    for (ScheduledPost post : result.placed()) {
      PostingSchedule schedule = request.scheduleFor(post.channel()).orElseThrow();
      total +=
          request
              .timeWeightsFor(Channel.of(schedule))
              .weight(TimeOfWeek.from(post.time().atZone(schedule.zone())));
    }
    return total;
  }
}
