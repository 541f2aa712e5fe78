package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threeten.extra.Interval;

/**
 * What one run of the scheduler knows of one draft: its position in the backlog, priority, the
 * half-open span it may be placed in (the period cut by its campaign window), the schedule it goes
 * to and, once decided, why it was not placed. Mutable working state of one {@link SchedulingRun},
 * used by one thread.
 */
final class DraftRecord {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  /** The draft's position in the request's backlog: the last tie-break everywhere. */
  final int backlogIndex;

  final Draft draft;
  final int priority;

  /** The first instant the draft may go out: the later of the period's and its window's start. */
  final Instant release;

  /** The instant before which it must go out: the earlier of the period's and its window's end. */
  final Instant deadline;

  /** The index of the schedule for its channel on the {@link SlotBoard}; -1 when there is none. */
  int home = -1;

  /** The index of its kind's slice in the mix target, when the run holds a mix. */
  int slice;

  @Nullable UnplacedReason reason;
  @Nullable String explanation;

  DraftRecord(int backlogIndex, Draft draft, Interval period) {
    this.backlogIndex = backlogIndex;
    this.draft = draft;
    this.priority = draft.priority();
    Instant start = period.getStart();
    Instant end = period.getEnd();
    if (draft.campaignWindow().isPresent()) {
      Interval window = draft.campaignWindow().get();
      this.release = window.isUnboundedStart() || window.getStart().isBefore(start) ? start : window.getStart();
      this.deadline = window.isUnboundedEnd() || window.getEnd().isAfter(end) ? end : window.getEnd();
    } else {
      this.release = start;
      this.deadline = end;
    }
  }

  Channel channel() {
    return draft.channel();
  }

  /** Records why the draft was not placed; the last reason given wins. */
  void unplaced(UnplacedReason why, String because) {
    this.reason = why;
    this.explanation = because;
    if (LOG.isDebugEnabled()) {
      LOG.debug("draft {} not placed: {} ({})", draft.id(), why, because);
    }
  }

  /** Forgets the reason once a later step has placed the draft after all. */
  void placedAfterAll() {
    this.reason = null;
    this.explanation = null;
  }

  boolean isUnplaced() {
    return reason != null;
  }
}
