package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.ScheduledPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
      new Reassignment(request, board, records).improve(order);
    }
    MixAssignment mix = null;
    if (request.mix().isPresent()) {
      mix = new MixAssignment(request, board, records);
      mix.run();
      if (improve && anyUnplaced(UnplacedReason.MIX_OFF_TARGET)) {
        mix.repair(new Reassignment(request, board, records), order);
      }
    }
    if (anyEvergreen) {
      records = new Recycling(request, board, records, mix).run(order);
    }
    return result();
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
    int slot = board.bestFreeSlot(k, lo, hi);
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

  private String scheduleName(int k) {
    return "the schedule for " + Channel.of(board.schedule(k));
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
