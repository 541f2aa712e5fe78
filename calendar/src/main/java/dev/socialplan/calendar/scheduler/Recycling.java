package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.ScheduledPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The last phase of a {@link SchedulingRun} when some draft is {@linkplain Draft#evergreen()
 * evergreen}: places the recyclings of evergreen drafts into the slots the drafts left free.
 *
 * <p>Each evergreen draft that is published (placed in this run, or an existing post that occupies
 * its slot) is recycled in rounds: in each round every draft still active, in the order the
 * reservation took them (priority, then deadline, then backlog order), gets its next recycling, at
 * least a cooldown after its last publication, inside its campaign window and before its expiry.
 * The recycling takes the first free slot from then on, or a higher-weighted free slot less than a
 * cooldown after that one (the highest, the earliest on ties), so that recyclings keep their rhythm
 * and still prefer the better times. A slot is free when no post is on it and no post crowds it
 * (spacing, daily cap) for any schedule that counts it, and, with a mix target, the recycled post
 * would put no rolling window ending at a placed or recycled post off target. A draft whose next
 * recycling finds no such slot, or that has used its {@link Evergreen#maxRecycles()}, stops.
 *
 * <p>Recyclings are only ever added after the drafts are placed: they never take a slot a draft
 * could have had, so the placement of the drafts is the same as without recycling.
 *
 * <p>Mutable working state of one run, used by one thread.
 */
final class Recycling {
  private final SchedulingRequest request;
  private final SlotBoard board;
  private final @Nullable MixAssignment mix;
  private final Reassignment moves;
  private DraftRecord[] records;
  private int count;
  private @Nullable Map<Object, MixAssignment.Sequence> sequences;

  /** One evergreen draft being recycled. */
  private static final class Cycle {
    final DraftRecord record;
    final Evergreen rule;
    @Nullable Instant last;
    int done;

    Cycle(DraftRecord record) {
      this.record = record;
      this.rule = record.draft.evergreen().orElseThrow();
    }
  }

  Recycling(
      SchedulingRequest request, SlotBoard board, DraftRecord[] records, @Nullable MixAssignment mix) {
    this.request = request;
    this.board = board;
    this.records = records;
    this.count = records.length;
    this.mix = mix;
    this.moves = new Reassignment(request, board, records);
  }

  /**
   * Places the recyclings.
   *
   * @param order the drafts in the order the reservation took them
   * @return the records: the drafts', then one per recycled post (its index on the board)
   */
  DraftRecord[] run(int[] order) {
    List<Cycle> active = new ArrayList<>();
    Map<String, Cycle> byId = new HashMap<>();
    for (int d : order) {
      DraftRecord record = records[d];
      if (record.draft.evergreen().isEmpty() || record.home < 0) {
        continue;
      }
      int slot = moves.slotOf(d);
      if (slot < 0 && !record.published) {
        continue;
      }
      Cycle cycle = new Cycle(record);
      if (slot >= 0) {
        cycle.last = board.slotTime(record.home, slot);
      }
      active.add(cycle);
      byId.put(record.draft.id(), cycle);
    }
    if (active.isEmpty()) {
      return records;
    }
    readEarlierPublications(byId);
    while (!active.isEmpty()) {
      List<Cycle> next = new ArrayList<>(active.size());
      for (Cycle cycle : active) {
        if (recycle(cycle)) {
          next.add(cycle);
        }
      }
      active = next;
    }
    return Arrays.copyOf(records, count);
  }

  /**
   * Finds the publications of evergreen drafts in the existing calendar: a post with the draft's
   * id or a recycling's id that occupies its slot sets the last publication; every recycling's id,
   * whatever its status, keeps its number from being used again.
   */
  private void readEarlierPublications(Map<String, Cycle> byId) {
    for (ScheduledPost post : request.existing()) {
      Cycle cycle = byId.get(post.id());
      int number = 0;
      if (cycle == null) {
        Optional<String> draftId = Evergreen.draftIdOf(post.id());
        cycle = draftId.isPresent() ? byId.get(draftId.get()) : null;
        if (cycle == null) {
          continue;
        }
        number = Evergreen.recyclingOf(cycle.record.draft.id(), post.id()).orElseThrow();
        cycle.done = Math.max(cycle.done, number);
      }
      if (post.status().occupiesSlot() && (cycle.last == null || post.time().isAfter(cycle.last))) {
        cycle.last = post.time();
      }
    }
  }

  /** Places a draft's next recycling; true if it did and the draft may be recycled again. */
  private boolean recycle(Cycle cycle) {
    int number = cycle.done + 1;
    if (number > cycle.rule.maxRecycles() || cycle.last == null) {
      return false;
    }
    DraftRecord original = cycle.record;
    Duration cooldown = cycle.rule.cooldown();
    Instant earliest = cycle.last.plus(cooldown);
    Instant release = earliest.isAfter(original.release) ? earliest : original.release;
    Instant deadline = original.deadline;
    if (!release.isBefore(deadline)) {
      return false;
    }
    int k = original.home;
    DraftRecord record = new DraftRecord(count, original.draft, number, release, deadline, k);
    record.bindingClass = original.bindingClass;
    if (mix != null) {
      record.slice = original.slice;
    }
    int lo = board.firstSlotFrom(k, release);
    int hi = board.firstSlotFrom(k, deadline);
    int best = -1;
    Instant spanEnd = Instant.MAX;
    for (int i = lo; i < hi; i++) {
      Instant time = board.slotTime(k, i);
      if (!time.isBefore(spanEnd)) {
        break;
      }
      if (!moves.isFree(k, i, record.bindingClass) || !keepsTheMix(record, k, i, false)) {
        continue;
      }
      if (best < 0) {
        best = i;
        spanEnd = time.plus(cooldown);
      } else if (board.slotWeight(k, i) > board.slotWeight(k, best)) {
        best = i;
      }
    }
    if (best < 0) {
      return false;
    }
    if (count == records.length) {
      records = Arrays.copyOf(records, Math.max(8, 2 * count));
      moves.extend(records);
    }
    records[count++] = record;
    moves.put(record.backlogIndex, best);
    keepsTheMix(record, k, best, true);
    cycle.done = number;
    cycle.last = board.slotTime(k, best);
    return true;
  }

  /**
   * Tells whether a recycled post on slot i of schedule k keeps every rolling window it joins on
   * target (always, without a mix target); when {@code insert} is set, adds it to its sequence.
   */
  private boolean keepsTheMix(DraftRecord record, int k, int i, boolean insert) {
    if (mix == null) {
      return true;
    }
    if (sequences == null) {
      sequences = mix.sequences(Arrays.copyOf(records, count));
    }
    MixAssignment.Sequence sequence = mix.sequence(sequences, board.schedule(k).platform());
    Instant time = board.slotTime(k, i);
    int at = sequence.positionOf(time, record.postId);
    if (insert) {
      sequence.insert(at, time, record.postId, record.slice);
      return true;
    }
    return sequence.acceptsAt(at, record.slice);
  }
}
