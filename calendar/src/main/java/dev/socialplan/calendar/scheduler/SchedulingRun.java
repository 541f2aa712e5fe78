package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.ScheduledPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import dev.socialplan.calendar.schedule.SlotBinding;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.Interval;

/**
 * One run of the scheduler over one request; see {@link Scheduler} for the algorithm and its
 * guarantees. The data is laid out apart from the steps: a {@link SlotBoard} holds the slots of
 * every schedule and what blocks them, a {@link DraftRecord} per draft what the run knows of it.
 * This class runs the steps: block the slots around existing posts, reserve a slot for each draft
 * in order of priority and deadline, re-assign the reserved slots to keep the mix ({@link
 * MixAssignment}), and build the result. Holds mutable working state, so it is used once, by one
 * thread.
 */
final class SchedulingRun {
  private final SchedulingRequest request;
  private final SlotBoard board;
  /** The drafts' records, then (after recycling) those of recycled posts. */
  private DraftRecord[] records;

  private final int draftCount;
  private final boolean improve;
  private boolean anyEvergreen;

  SchedulingRun(SchedulingRequest request, boolean improve) {
    this.request = request;
    this.improve = improve;
    this.board = new SlotBoard(request);
    List<Draft> drafts = request.drafts();
    this.records = new DraftRecord[drafts.size()];
    this.draftCount = records.length;
    ContentCalendar existing = request.existing();
    for (int d = 0; d < records.length; d++) {
      Draft draft = drafts.get(d);
      records[d] = new DraftRecord(d, draft, request.period());
      if (draft.evergreen().isPresent()) {
        anyEvergreen = true;
        // The request accepts an evergreen draft's id in the calendar only for a post that
        // occupies its slot: the draft is published already.
        records[d].published = !existing.isEmpty() && existing.contains(draft.id());
      }
    }
  }

  /** Sorts the indices 0..n-1 by a comparator, stably. */
  static int[] sortedIndices(int n, Comparator<Integer> order) {
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, order);
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = boxed[i];
    }
    return result;
  }

  SchedulingResult run() {
    blockAroundExistingPosts();
    int[] order = reserveSlots();
    if (improve && anyUnplaced(UnplacedReason.NO_FREE_SLOT)) {
      Reassignment chains = new Reassignment(request, board, records);
      chains.improve(order);
      if (request.mix().isEmpty() && anyUnplaced(UnplacedReason.NO_FREE_SLOT)) {
        new ExactSearch(board, records, chains, null).run(order);
      }
    }
    MixAssignment mix = null;
    if (request.mix().isPresent()) {
      mix = new MixAssignment(request, board, records);
      mix.run();
      if (improve && anyUnplaced(UnplacedReason.MIX_OFF_TARGET)) {
        mix.repair(new Reassignment(request, board, records), order);
      }
      if (improve
          && (anyUnplaced(UnplacedReason.MIX_OFF_TARGET)
              || anyUnplaced(UnplacedReason.NO_FREE_SLOT))) {
        new ExactSearch(board, records, new Reassignment(request, board, records), mix).run(order);
      }
    }
    if (anyEvergreen) {
      records = new Recycling(request, board, records, mix).run(order);
    }
    List<UnfilledSlot> unfilled = List.of();
    for (int k = 0; k < board.scheduleCount(); k++) {
      if (board.hasBindings(k)) {
        unfilled = unfilledBoundSlots(mix != null);
        break;
      }
    }
    SchedulingResult result = result();
    return unfilled.isEmpty() ? result : result.withUnfilled(unfilled);
  }

  private boolean anyUnplaced(UnplacedReason reason) {
    for (DraftRecord record : records) {
      if (record.reason == reason) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- constraints

  private void blockAroundExistingPosts() {
    if (board.scheduleCount() == 0 || request.existing().isEmpty()) {
      return;
    }
    // Posts further away cannot crowd a slot of the period nor share its local day.
    Duration margin = board.maxSpacing().plusDays(2);
    Interval period = request.period();
    ContentCalendar near =
        request.existing().between(period.getStart().minus(margin), period.getEnd().plus(margin));
    for (ScheduledPost post : near) {
      if (post.status().occupiesSlot()) {
        board.occupyExisting(post.channel(), post.time());
      }
    }
  }

  // ---------------------------------------------------------------- phase 1: reserve

  /** Reserves a slot for each draft it can; returns the drafts in the order they were taken. */
  private int[] reserveSlots() {
    int[] order =
        sortedIndices(
            records.length,
            (a, b) -> {
              if (records[a].priority != records[b].priority) {
                return records[a].priority > records[b].priority ? -1 : 1;
              }
              int byDeadline = records[a].deadline.compareTo(records[b].deadline);
              return byDeadline != 0 ? byDeadline : Integer.compare(a, b);
            });
    for (int d : order) {
      reserve(records[d]);
    }
    return order;
  }

  private void reserve(DraftRecord record) {
    Draft draft = record.draft;
    int k = board.homeOf(record.channel());
    if (k >= 0) {
      record.bindingClass = board.classOf(k, draft);
    }
    if (record.published) {
      record.home = k;
      return;
    }
    if (k < 0) {
      record.unplaced(UnplacedReason.NO_SCHEDULE, "no posting schedule for " + record.channel());
      return;
    }
    record.home = k;
    Instant from = record.release;
    Instant to = record.deadline;
    if (draft.campaignWindow().isPresent() && !from.isBefore(record.windowDeadline)) {
      record.unplaced(
          UnplacedReason.CAMPAIGN_WINDOW_OUTSIDE_PERIOD,
          "campaign window "
              + draft.campaignWindow().get()
              + " does not overlap the period "
              + request.period());
      return;
    }
    if (!from.isBefore(to)) {
      record.unplaced(
          UnplacedReason.EXPIRED,
          "the evergreen draft expires at "
              + draft.evergreen().orElseThrow().expiry().orElseThrow()
              + ", not after "
              + from
              + ", the first instant it could go out");
      return;
    }
    int lo = board.firstSlotFrom(k, from);
    int hi = board.firstSlotFrom(k, to);
    if (lo >= hi) {
      record.unplaced(
          UnplacedReason.NO_SLOT,
          scheduleName(k) + " has no slot in " + Interval.of(from, to)
              + " (its pattern, blackouts and allowed windows leave none)");
      return;
    }
    if (board.hasBindings(k) && !anyAccepting(k, lo, hi, record.bindingClass)) {
      record.unplaced(
          UnplacedReason.NO_SLOT,
          scheduleName(k) + " has no slot in " + Interval.of(from, to) + " for a draft "
              + (record.bindingClass == 0 ? "of no bound pillar or purpose" : "of " + board.binding(k, record.bindingClass))
              + ": every slot there is bound to another pillar or purpose");
      return;
    }
    int slot = board.bestFreeSlot(k, record.bindingClass, lo, hi);
    if (slot < 0) {
      record.unplaced(
          UnplacedReason.NO_FREE_SLOT,
          "all "
              + (hi - lo)
              + (hi - lo == 1 ? " slot" : " slots")
              + " of "
              + scheduleName(k)
              + " in "
              + Interval.of(from, to)
              + " are taken or blocked by spacing or the daily cap");
      return;
    }
    board.reserve(k, slot, record.backlogIndex);
  }

  private boolean anyAccepting(int k, int lo, int hi, int c) {
    for (int i = lo; i < hi; i++) {
      if (board.accepts(k, i, c)) {
        return true;
      }
    }
    return false;
  }

  private String scheduleName(int k) {
    return "the schedule for " + Channel.of(board.schedule(k));
  }

  // ---------------------------------------------------------------- bound slots left empty

  /**
   * The bound slots no post fills, in time order (then schedule order), each with why: crowded by a
   * post near it, a draft of its class lost to the mix, or no draft of its class left for it.
   */
  private List<UnfilledSlot> unfilledBoundSlots(boolean withMix) {
    Reassignment placement = new Reassignment(request, board, records);
    List<UnfilledSlot> unfilled = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    for (int k = 0; k < board.scheduleCount(); k++) {
      if (!board.hasBindings(k)) {
        continue;
      }
      Set<Instant> existing = new HashSet<>(board.existingCountedBy(k));
      Channel channel = Channel.of(board.schedule(k));
      for (int i = 0; i < board.slotCount(k); i++) {
        int c = board.slotClass(k, i);
        Instant time = board.slotTime(k, i);
        if (c == 0 || board.draftOn(k, i) >= 0 || existing.contains(time)) {
          continue;
        }
        SlotBinding binding = board.binding(k, c);
        UnfilledReason reason;
        String because;
        DraftRecord waiting = withMix ? unplacedOfClass(k, c, time) : null;
        if (placement.isCrowded(k, i)) {
          reason = UnfilledReason.CROWDED;
          because = "a post near it keeps it empty: the minimum spacing or the daily cap of "
              + scheduleName(k);
        } else if (waiting != null) {
          reason = UnfilledReason.MIX_OFF_TARGET;
          because = "draft " + waiting.draft.id() + " (" + binding + ") could go there but would put the "
              + request.mix().orElseThrow().mix().name() + " mix off target";
        } else {
          reason = UnfilledReason.NO_DRAFT;
          because = "no draft of " + binding + " for " + channel
              + " was left that could go there (placed elsewhere, or its campaign window or expiry"
              + " excludes it)";
        }
        unfilled.add(new UnfilledSlot(channel, time, binding, reason, because));
        times.add(time);
      }
    }
    int[] order = sortedIndices(unfilled.size(), (a, b) -> times.get(a).compareTo(times.get(b)));
    List<UnfilledSlot> sorted = new ArrayList<>(unfilled.size());
    for (int o : order) {
      sorted.add(unfilled.get(o));
    }
    return sorted;
  }

  /** An unplaced draft of binding class c on schedule k whose span contains a time, or null. */
  private @Nullable DraftRecord unplacedOfClass(int k, int c, Instant time) {
    for (int d = 0; d < draftCount; d++) {
      DraftRecord record = records[d];
      if (record.isUnplaced()
          && record.home == k
          && record.bindingClass == c
          && !record.release.isAfter(time)
          && record.deadline.isAfter(time)) {
        return record;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- result

  private SchedulingResult result() {
    List<ScheduledPost> placed = new ArrayList<>();
    List<ScheduledPost> recycled = new ArrayList<>();
    for (int k = 0; k < board.scheduleCount(); k++) {
      for (int i = 0; i < board.slotCount(k); i++) {
        int d = board.draftOn(k, i);
        if (d >= 0) {
          (d < draftCount ? placed : recycled).add(records[d].toPost(board.slotTime(k, i)));
        }
      }
    }
    List<UnplacedDraft> unplaced = new ArrayList<>();
    for (int d = 0; d < draftCount; d++) {
      DraftRecord record = records[d];
      if (record.reason != null && record.explanation != null) {
        unplaced.add(new UnplacedDraft(record.draft, record.reason, record.explanation));
      }
    }
    ContentCalendar existing = request.existing().withZone(request.zone());
    if (existing.isEmpty() && recycled.isEmpty()) {
      // The calendar sorts the posts once; its list is the placed posts in time order.
      ContentCalendar calendar = ContentCalendar.of(request.zone(), placed);
      return SchedulingResult.of(calendar, calendar.posts(), unplaced);
    }
    placed.sort(ScheduledPost.timeOrder());
    if (recycled.isEmpty()) {
      return SchedulingResult.of(existing.withAll(placed), placed, unplaced);
    }
    recycled.sort(ScheduledPost.timeOrder());
    List<ScheduledPost> all = new ArrayList<>(placed);
    all.addAll(recycled);
    return SchedulingResult.of(existing.withAll(all), placed, unplaced).withRecycled(recycled);
  }
}
