package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ScheduledPost;
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

  /** 0 for the draft itself; n for the n-th recycling of an evergreen draft. */
  final int recycling;

  /** The id of the post the record becomes: the draft's, or its recycling's. */
  final String postId;

  final int priority;

  /** The first instant the draft may go out: the later of the period's and its window's start. */
  final Instant release;

  /**
   * The instant before which it must go out: the earliest of the period's end, its window's end and
   * its evergreen expiry.
   */
  final Instant deadline;

  /** The same without the expiry: the earlier of the period's and its window's end. */
  final Instant windowDeadline;

  /** The index of the schedule for its channel on the {@link SlotBoard}; -1 when there is none. */
  int home = -1;

  /** The index of its kind's slice in the mix target, when the run holds a mix. */
  int slice;

  /**
   * Its binding class on its schedule: the class of the bound slots that take it (see {@link
   * SlotBoard#classOf}), or 0 when it may take unbound slots only.
   */
  int bindingClass;

  /** An evergreen draft already published in the existing calendar: only recycled, never placed. */
  boolean published;

  @Nullable UnplacedReason reason;
  @Nullable String explanation;

  DraftRecord(int backlogIndex, Draft draft, Interval period) {
    this.backlogIndex = backlogIndex;
    this.draft = draft;
    this.recycling = 0;
    this.postId = draft.id();
    this.priority = draft.priority();
    Instant start = period.getStart();
    Instant end = period.getEnd();
    if (draft.campaignWindow().isPresent()) {
      Interval window = draft.campaignWindow().get();
      this.release = window.isUnboundedStart() || window.getStart().isBefore(start) ? start : window.getStart();
      end = window.isUnboundedEnd() || window.getEnd().isAfter(end) ? end : window.getEnd();
    } else {
      this.release = start;
    }
    this.windowDeadline = end;
    if (draft.evergreen().isPresent() && draft.evergreen().get().expiry().isPresent()) {
      Instant expiry = draft.evergreen().get().expiry().get();
      end = expiry.isBefore(end) ? expiry : end;
    }
    this.deadline = end;
  }

  /** A record for a recycling of an evergreen draft, in a span its last publication allows. */
  DraftRecord(int backlogIndex, Draft draft, int recycling, Instant release, Instant deadline, int home) {
    this.backlogIndex = backlogIndex;
    this.draft = draft;
    this.recycling = recycling;
    this.postId = Evergreen.recycleId(draft.id(), recycling);
    this.priority = draft.priority();
    this.release = release;
    this.deadline = deadline;
    this.windowDeadline = deadline;
    this.home = home;
  }

  /** The post the record becomes on a slot at a time. */
  ScheduledPost toPost(Instant time) {
    return recycling == 0 ? draft.toPost(time) : draft.recycledPost(recycling, time);
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
