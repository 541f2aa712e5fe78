package dev.socialplan.calendar.scheduler;

import dev.socialplan.internal.Checks;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Fills a period of a content calendar from posting schedules and a backlog of drafts.
 *
 * <pre>{@code
 * SchedulingResult result = Scheduler.schedule(request);
 * ContentCalendar calendar = result.calendar();
 * Map<String, String> whyNot = new LinkedHashMap<>();
 * for (UnplacedDraft u : result.unplaced()) {
 *   whyNot.put(u.draft().id(), u.explanation());
 * }
 * }</pre>
 *
 * <h2>What every result guarantees</h2>
 *
 * <p>For every post the scheduler places, with H the schedule its draft goes to (the schedule of the
 * draft's channel, or of its whole platform when its account has none):
 *
 * <ol>
 *   <li>its time is one of H's {@linkplain
 *       dev.socialplan.calendar.schedule.PostingSchedule#candidateSlots candidate slots} in the
 *       period: a slot of H's pattern, not on a blacked-out date and inside an allowed window; when H
 *       is an account's schedule, the time is also allowed by the schedule of the whole platform;
 *   <li>its time lies in its draft's campaign window, if it has one;
 *   <li>for every schedule S that counts it (H, and the whole platform's schedule for an account's
 *       post, as {@code ContentCalendar.isFree} counts posts): no other post counted by S that
 *       {@linkplain dev.socialplan.calendar.PostStatus#occupiesSlot() occupies its slot} — existing
 *       or placed — is at the same instant or closer than S's minimum spacing, and its local day in
 *       S's zone holds at most S's daily cap of such posts;
 *   <li>with a {@linkplain SchedulingRequest#mix() mix target}: every full window of the target's
 *       sequences (existing posts that occupy their slot included, in calendar order) that ends at a
 *       placed post keeps to the mix. When the existing posts all lie before the period, that is
 *       every window that contains a placed post.
 * </ol>
 *
 * <p>Every draft is placed once or reported once, with an {@link UnplacedReason}. The result depends
 * on nothing but the request: no hash order, no clock, no randomness; ties are broken by time, then
 * schedule order, then backlog order.
 *
 * <h2>The algorithm</h2>
 *
 * <ol>
 *   <li>Expand each schedule's candidate slots in the period and weigh each with the {@link
 *       dev.socialplan.timing.TimeOfWeekGrid} of its channel, read in the schedule's local time.
 *       Block the slots that posts of the existing calendar crowd (spacing, daily cap).
 *   <li><b>Reserve</b>: take the drafts by priority (highest first), then campaign deadline
 *       (earliest first), then backlog order; give each the highest-weighted slot still free in its
 *       schedule and campaign window (the earliest on equal weights), then block the slots the new
 *       post crowds. A segment tree over each schedule's slots answers each query in O(log n).
 *   <li>Without a mix target, the reservations are the result: each draft, in priority order, has
 *       the best slot that was still free for it.
 *   <li><b>With a mix target</b>, the reserved slots are re-assigned in time order: at each, among
 *       the drafts of its schedule whose campaign window contains it, the earliest campaign deadline
 *       wins, then the highest priority, then backlog order — passing over any draft whose kind would
 *       put a window ending at it off target (and, before a sequence has a full window, any draft after
 *       which no posts could complete the first window within tolerance). A slot with no acceptable
 *       draft stays empty and a draft
 *       left over is reported as {@link UnplacedReason#MIX_OFF_TARGET}. Taking the earliest deadline
 *       first never loses a campaign draft that fits (for unit tasks with release times and
 *       deadlines, earliest-deadline-first finds an assignment whenever one exists), so without
 *       windows off target this step places every reserved draft.
 * </ol>
 *
 * <p>Cost: O(s log s + d log s) for s candidate slots and d drafts, plus O(w) per placed post for a
 * mix window of w posts. A year for ten platforms (about 5,000 posts) takes milliseconds; see {@code
 * docs/performance.md}.
 *
 * <h2>Compared with an optimal schedule</h2>
 *
 * <p>The scheduler is greedy: it never moves a post once placed, so it can place fewer drafts than
 * the most that could be placed. What it does guarantee without a mix target:
 *
 * <ul>
 *   <li><b>Maximal</b>: every draft reported as {@link UnplacedReason#NO_FREE_SLOT} has, in the
 *       result, no slot in its schedule and campaign window that could take it. No single draft can
 *       be added.
 *   <li><b>Optimal</b> when each platform has one schedule, no schedule has a minimum spacing or a
 *       daily cap and no draft has a campaign window: each schedule gets as many drafts as it has
 *       free slots, or all of its drafts.
 *   <li><b>At least a quarter of the optimum</b> when each platform has one schedule: every post of
 *       an optimal schedule that the scheduler did not place sits on a slot that a placed post
 *       occupies (at most one per placed post), crowds by spacing (at most two per placed post) or
 *       fills to the cap (at most one per placed post). With a schedule for the whole platform and
 *       schedules for its accounts, a post counts on two schedules and the bound is a seventh.
 * </ul>
 *
 * <p>Measured against an exhaustive search on small random requests (the scheduler's property
 * tests), the greedy count equals the optimum in most cases; see {@code docs/performance.md}. With a
 * mix target no bound holds: a backlog whose kinds cannot fill a window within tolerance leaves slots
 * empty, by design, rather than breaking the mix.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class Scheduler {
  private Scheduler() {}

  /**
   * Schedules one request.
   *
   * @param request the period, schedules, drafts, existing calendar, time weights and mix target
   * @return the calendar, the placed posts and the unplaced drafts
   */
  public static SchedulingResult schedule(SchedulingRequest request) {
    Checks.notNull(request, "request");
    return new SchedulingRun(request).run();
  }

  /**
   * Schedules many independent requests, such as every brand of an agency, in parallel on the
   * common fork-join pool. Each request is scheduled exactly as {@link #schedule(SchedulingRequest)}
   * would, so the results are the same as scheduling them one by one.
   *
   * @param requests the requests
   * @return one result per request, in the same order
   * @throws NullPointerException if the list or a request is null
   */
  public static List<SchedulingResult> scheduleAll(List<SchedulingRequest> requests) {
    Checks.noNullElements(requests, "requests");
    return requests.parallelStream().map(Scheduler::schedule).collect(Collectors.toList());
  }

  /**
   * Schedules many independent requests in parallel on the common fork-join pool, handing each
   * result to a sink as soon as it is ready, so that the results need not all be held at once: an
   * agency of 1,000 brands (5 million posts) then needs memory for its requests and a few
   * calendars in flight, not for 1,000 calendars.
   *
   * <pre>{@code
   * Scheduler.scheduleAll(brands, (result, i) -> store.save(brands.get(i), result.calendar()));
   * }</pre>
   *
   * @param requests the requests
   * @param sink receives each result with the index of its request, once per request; it is called
   *     from several threads at once and in no particular order, so it must be thread-safe
   * @throws NullPointerException if an argument or a request is null
   */
  public static void scheduleAll(
      List<SchedulingRequest> requests, ObjIntConsumer<SchedulingResult> sink) {
    Checks.noNullElements(requests, "requests");
    Checks.notNull(sink, "sink");
    IntStream.range(0, requests.size())
        .parallel()
        .forEach(i -> sink.accept(schedule(requests.get(i)), i));
  }
}
