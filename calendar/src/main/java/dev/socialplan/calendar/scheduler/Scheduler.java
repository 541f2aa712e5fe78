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
 * <p>For every post the scheduler places, a draft's or a {@linkplain SchedulingResult#recycled()
 * recycling} of an {@linkplain Draft#evergreen() evergreen} draft's, with H the schedule its draft
 * goes to (the schedule of the draft's channel, or of its whole platform when its account has
 * none):
 *
 * <ol>
 *   <li>its time is one of H's {@linkplain
 *       dev.socialplan.calendar.schedule.PostingSchedule#candidateSlots candidate slots} in the
 *       period: a slot of H's pattern, not on a blacked-out date and inside an allowed window; when H
 *       is an account's schedule, the time is also allowed by the schedule of the whole platform;
 *   <li>its time lies in its draft's campaign window, if it has one, and before its evergreen
 *       expiry, if it has one;
 *   <li>when its slot is {@linkplain dev.socialplan.calendar.schedule.PostingSchedule#bindings()
 *       bound} to a pillar or purpose, its draft has that pillar or purpose;
 *   <li>for every schedule S that counts it (H, and the whole platform's schedule for an account's
 *       post, as {@code ContentCalendar.isFree} counts posts): no other post counted by S that
 *       {@linkplain dev.socialplan.calendar.PostStatus#occupiesSlot() occupies its slot} — existing
 *       or placed — is at the same instant or closer than S's minimum spacing, and its local day in
 *       S's zone holds at most S's daily cap of such posts;
 *   <li>with a {@linkplain SchedulingRequest#mix() mix target}: every full window of the target's
 *       sequences (existing posts that occupy their slot included, in calendar order) that ends at a
 *       placed post keeps to the mix. When the existing posts all lie before the period, that is
 *       every window that contains a placed post;
 *   <li>for a recycling: its draft was published (placed in this result, or a post of the existing
 *       calendar with the draft's id that occupies its slot); it is at least the draft's {@link
 *       Evergreen#cooldown()} after every earlier publication of the draft (existing posts with the
 *       draft's id or a recycling's id that occupy their slot, the placed post, earlier
 *       recyclings); its number continues from the highest already in the calendar and is at most
 *       {@link Evergreen#maxRecycles()}; its text is the next in the rotation ({@link
 *       Draft#recycledPost(int, java.time.Instant)}).
 * </ol>
 *
 * <p>Every draft is placed once or reported once, with an {@link UnplacedReason}, except an
 * evergreen draft already published in the existing calendar, which is only recycled. Every bound
 * candidate slot of the period that no post of its schedule fills (placed, recycled, or an existing
 * post the schedule counts at its instant) is reported once as an {@link UnfilledSlot}: {@link
 * UnfilledReason#CROWDED} exactly when a post there would break spacing or a daily cap, otherwise
 * {@link UnfilledReason#MIX_OFF_TARGET} when an unplaced draft of its pillar could have gone there,
 * else {@link UnfilledReason#NO_DRAFT}. The result depends
 * on nothing but the request: no hash order, no clock, no randomness; ties are broken by time, then
 * schedule order, then backlog order.
 *
 * <h2>The algorithm</h2>
 *
 * <p>Placement comes first, slot weight second: the scheduler places as many drafts as it can,
 * priority first (the most drafts of the highest priority, then the most of the next, and so on),
 * and among the placements it finds prefers higher-weighted slots.
 *
 * <ol>
 *   <li>Expand each schedule's candidate slots in the period and weigh each with the {@link
 *       dev.socialplan.timing.TimeOfWeekGrid} of its channel, read in the schedule's local time.
 *       Block the slots that posts of the existing calendar crowd (spacing, daily cap). Bound slots
 *       are kept apart by class (one pillar or purpose): a draft may take an unbound slot or a slot
 *       of its own class, in every step below.
 *   <li><b>Reserve</b> (the greedy construction): take the drafts by priority (highest first), then
 *       campaign deadline (earliest first), then backlog order; give each the highest-weighted slot
 *       still free in its schedule and campaign window (the earliest on equal weights), then block
 *       the slots the new post crowds. A segment tree over each schedule's slots answers each query
 *       in O(log n).
 *   <li><b>Improve</b>: each draft the reservation left without a free slot, in the same order,
 *       gets one attempt at an <i>ejection chain</i>, the augmenting path of bipartite matching
 *       generalised to spacing and caps. For each slot of its schedule and window, the placed posts
 *       in the way (the post on the slot, posts closer than a counting schedule's spacing, one post
 *       of a local day at its cap; at most two) are lifted out, the draft takes the slot, and each
 *       lifted post is placed again the same way (its best free slot first), recursively. A post
 *       moves at most once per attempt. A chain that only moves posts is searched first; failing
 *       that, one that may end by giving up a post of <i>lower</i> priority than the draft. A failed
 *       attempt is undone move by move and leaves the placement as it was.
 *   <li><b>Exact search</b>, for each draft the chains still leave without a slot: its <i>neighbourhood</i> is every placed or slot-less draft joined to it through
 *       drafts of schedules that count each other's posts whose campaign windows come within the
 *       longest minimum spacing plus two days of each other; no other post can interact with it. A
 *       branch-and-bound search over the neighbourhood (drafts by priority, then fewest slots; each
 *       takes a free slot or stays out; a branch is cut when placing every draft left could not
 *       beat the best found, priority first, then slot weight) keeps the chains' placement unless
 *       it finds a strictly better one. Neighbourhoods of more than 40 drafts are left as the
 *       chains placed them, and a search that exceeds 250,000 steps (search nodes, slots checked and
 *       posts read to judge the mix; 2,000,000 for the whole step) keeps the chains' placement.
 *       With a mix target this step runs after the mix repair, over the whole request (a rolling
 *       window joins posts however far apart) when it has at most 40 placed or left-over drafts
 *       and its mix sequences at most 2,000 posts, and accepts a placement only when the whole
 *       calendar keeps to the mix.
 *   <li><b>With a mix target</b>, the reserved slots are re-assigned in time order: at each, among
 *       the drafts of its schedule whose campaign window contains it, the earliest campaign deadline
 *       wins, then the highest priority, then backlog order, passing over any draft whose kind would
 *       put a window ending at it off target (and, before a sequence has a full window, any draft
 *       after which no posts could complete the first window within tolerance). A slot with no
 *       acceptable draft stays empty. Taking the earliest deadline first never loses a campaign draft
 *       that fits (for unit tasks with release times and deadlines, earliest-deadline-first finds an
 *       assignment whenever one exists).
 *   <li><b>Mix repair</b>: each draft left over, lost to the mix or without a free slot (the slots
 *       the mix left empty are free again), goes to the best free slot of its schedule and window
 *       where every full window it joins still keeps to the mix; a draft lost to the mix with no
 *       such slot gets one ejection chain (moves only), kept if its whole sequence keeps to the mix.
 *       Whatever is still left is reported as {@link UnplacedReason#MIX_OFF_TARGET} or {@link
 *       UnplacedReason#NO_FREE_SLOT}.
 *   <li><b>Recycling</b>, when some draft is evergreen: in rounds, each published evergreen draft
 *       (priority, then deadline, then backlog order) gets its next recycling on the first slot
 *       free of posts, spacing, caps and the mix from a cooldown after its last publication on, or
 *       on a higher-weighted free slot less than a cooldown after that one; a draft whose next
 *       recycling finds none, or that has used its recyclings, stops. Recyclings only fill slots
 *       the drafts left free: the drafts' placement is exactly the same as without them, and
 *       without a mix target no evergreen draft that stopped early had a slot left for its next
 *       recycling. Without an evergreen draft this step does not run and costs nothing.
 * </ol>
 *
 * <p>Cost: O(s log s + d log s) for s candidate slots and d drafts to reserve, plus O(w) per placed
 * post for a mix window of w posts. The improvement and the repair run only for drafts left over:
 * one attempt costs O(m · c) for m placed posts and campaign windows of c slots, and is cut off
 * after 200,000 slot checks (50 · (s + d) + 800,000 for the whole phase); a draft whose window lies
 * inside that of a draft of its schedule that just failed is not tried again until a chain
 * succeeds. The exact search costs O(d log d) to find the neighbourhoods and at most 2,000,000
 * steps. A year for ten platforms (about 5,000 posts) takes milliseconds; see {@code
 * docs/performance.md}. {@link #scheduleGreedily(SchedulingRequest)} stops after the reservation
 * and the mix re-assignment.
 *
 * <h2>Compared with an optimal schedule</h2>
 *
 * <p>Without a mix target:
 *
 * <ul>
 *   <li><b>Maximal</b>: every draft reported as {@link UnplacedReason#NO_FREE_SLOT} has, in the
 *       result, no slot in its schedule and campaign window that could take it. No single draft can
 *       be added.
 *   <li><b>Optimal, proven</b> (bound slots included: a draft is joined only to the slots it may
 *       take), when each platform has one schedule, no schedule's minimum spacing
 *       is longer than the shortest gap between two of its slots (daily caps and campaign windows
 *       allowed, existing posts too), and no attempt is cut off (by the budget, or at a chain of 512
 *       moves): drafts, slots and local days (with the cap as
 *       capacity) then form a flow network, a chain is an augmenting path in it, a failed attempt
 *       proves the draft cannot be added without dropping another, and the sets of drafts that can
 *       be placed together form a matroid (a gammoid), on which taking the drafts by priority is the
 *       greedy algorithm: optimal for every weighting that ranks a higher priority above a lower
 *       one, and in particular the most drafts in all.
 *   <li><b>Optimal, proven</b>, beyond that (spacing that crowds neighbouring slots, schedules for
 *       accounts under one for their platform), whenever the exact search runs to completion for
 *       every draft the chains leave without a slot: each such draft's neighbourhood then has an
 *       optimal placement, and the neighbourhoods do not interact. That holds for every request
 *       whose slot-less drafts have neighbourhoods of at most 40 drafts searched within budget; the
 *       scheduler's property tests compare it with an exhaustive search over 3,500 generated
 *       requests (campaign windows, blackouts, allowed windows, caps, spacing, several schedules,
 *       existing posts) under several seeds and find no request where it places fewer drafts,
 *       priority first, than the optimum. Beyond that (a larger neighbourhood, a search cut off),
 *       the chains' placement stands and is maximal, but not proven optimal.
 * </ul>
 *
 * <p>With a mix target, a request with at most 40 drafts placed or left over and at most 2,000
 * posts in its mix sequences, whose search completes, is placed optimally, priority first, among the placements that keep to the mix (a
 * backlog whose kinds cannot fill a window within tolerance leaves slots empty, by design, rather
 * than breaking the mix). Larger requests keep the repair's placement, with no proven bound; on
 * the benchmark instances (four weeks for three platforms, a year and three years for ten, at the
 * 80/20 mix over every ten posts) every draft is placed. Measured against an exhaustive search
 * over 2,000 generated requests with a mix, none places fewer drafts than the optimum (figures in
 * {@code docs/performance.md}).
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
    return new SchedulingRun(request, true).run();
  }

  /**
   * Schedules one request with the construction alone: the reservation and, with a mix target, the
   * re-assignment in time order, without the improvement phase (no ejection chains, no repair of
   * drafts lost to the mix). Every guarantee of a result holds except the placement bounds of
   * {@link #schedule(SchedulingRequest)}: it may place fewer drafts, never more, and is somewhat
   * faster. It is what this class did before the improvement phase, kept as a baseline for
   * measurement and for callers who want the quickest result.
   *
   * @param request the period, schedules, drafts, existing calendar, time weights and mix target
   * @return the calendar, the placed posts and the unplaced drafts
   */
  public static SchedulingResult scheduleGreedily(SchedulingRequest request) {
    Checks.notNull(request, "request");
    return new SchedulingRun(request, false).run();
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
