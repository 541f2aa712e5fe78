package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.schedule.PostingSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.threeten.extra.Interval;
import java.time.Duration;

/**
 * The improvement phase of a {@link SchedulingRun}: places drafts the greedy reservation left
 * without a slot by moving placed posts out of the way along <b>ejection chains</b>, the
 * augmenting paths of bipartite matching generalised to spacing and daily caps.
 *
 * <p>To place draft d, take its free slots first (the highest-weighted, then the earliest). When
 * none is free, try each slot of its schedule and window in turn: the placed posts that stop d
 * from going there (the post on the slot, posts closer than a counting schedule's spacing, one post
 * of a local day at its cap) are lifted out, at most {@value #MAX_EJECTED} of them, d takes the
 * slot, and each lifted post is placed again the same way, recursively. A post moves at most once
 * per attempt (the visited marks of Kuhn's augmenting-path search), so one attempt costs O(m · w)
 * for m placed posts and windows of w slots, and is further cut off by a work budget. A chain that
 * fails is undone move by move, so a failed attempt leaves the placement exactly as it was and
 * placed drafts are only ever moved, never dropped.
 *
 * <p>When every conflict is one post (slots taken, daily caps; spacing no longer than the gap
 * between a schedule's slots) the posts, slots and daily caps form a flow network with nested
 * capacities, an ejection chain is an augmenting path in it, and an attempt that finds none proves
 * the draft cannot be added without dropping another. Taking the drafts by priority then gives the
 * greedy of a matroid (the sets of drafts that can be placed together), which is optimal for every
 * weighting that favours higher priorities: the most drafts of the highest priority, then the most
 * of the next, and the most drafts in all. Chains that lift two posts at once (a slot between two
 * spaced posts) are searched too, but with the same visited marks the search is no longer proven
 * complete for them.
 *
 * <p>Mutable working state of one run, used by one thread.
 */
final class Reassignment {
  /** The most posts lifted out of the way of one move. */
  static final int MAX_EJECTED = 2;

  /** The deepest chain, so the recursion never nears the thread's stack size. */
  private static final int MAX_DEPTH = 512;

  /** Slot checks per attempt, and in all: a bound on the time the phase can take. */
  private static final long ATTEMPT_BUDGET = 200_000;

  private final SlotBoard board;
  private DraftRecord[] records;
  private final int n;
  private final Instant[][] times;
  private final boolean[][] barred;
  private final Duration[] spacing;
  private final int[] cap;
  /** dayOf[k][j][i]: the local day of slot i of schedule k for its j-th counting schedule. */
  private final int[][][] dayOf;

  private final int[][] dayCount;
  private int[] slotOf;
  private int[] movedIn;
  private final int[][] seenIn;
  private int attempt;
  private long budget;
  private long totalBudget;

  /** The undo log: each move as draft, schedule, slot, and 1 placed, 0 lifted, 2 given up. */
  private int[] log = new int[64];

  private int logSize;

  /** Whether a chain may end by giving up a post of lower priority than the draft it places. */
  private boolean allowDrops;

  private int rootPriority;
  private int[] dropped = new int[8];
  private int droppedCount;

  /** Scratch for the posts in the way of one move, per recursion depth. */
  private final int[][] scratch = new int[MAX_DEPTH + 1][];

  Reassignment(SchedulingRequest request, SlotBoard board, DraftRecord[] records) {
    this.board = board;
    this.records = records;
    this.n = board.scheduleCount();
    this.times = new Instant[n][];
    this.barred = new boolean[n][];
    this.spacing = new Duration[n];
    this.cap = new int[n];
    this.dayOf = new int[n][][];
    this.dayCount = new int[n][];
    long[] dayBase = new long[n];
    long slots = 0;
    for (int s = 0; s < n; s++) {
      PostingSchedule schedule = board.schedule(s);
      spacing[s] = schedule.minimumSpacing();
      cap[s] = schedule.maxPostsPerDay().orElse(Integer.MAX_VALUE);
      ZoneId zone = schedule.zone();
      dayBase[s] = LocalDate.ofInstant(request.period().getStart(), zone).toEpochDay() - 1;
      long last = LocalDate.ofInstant(request.period().getEnd(), zone).toEpochDay() + 1;
      dayCount[s] = new int[Math.toIntExact(last - dayBase[s] + 1)];
    }
    for (int k = 0; k < n; k++) {
      int count = board.slotCount(k);
      slots += count;
      times[k] = new Instant[count];
      for (int i = 0; i < count; i++) {
        times[k][i] = board.slotTime(k, i);
      }
      barred[k] = new boolean[count];
      int[] counters = board.countersOf(k);
      dayOf[k] = new int[counters.length][];
      for (int j = 0; j < counters.length; j++) {
        dayOf[k][j] = localDays(k, board.schedule(counters[j]).zone(), dayBase[counters[j]]);
      }
    }
    for (int s = 0; s < n; s++) {
      ZoneId zone = board.schedule(s).zone();
      for (Instant post : board.existingCountedBy(s)) {
        for (int k : board.domainOf(s)) {
          Arrays.fill(barred[k], from(k, s, post), to(k, s, post), true);
        }
        long day = LocalDate.ofInstant(post, zone).toEpochDay() - dayBase[s];
        if (day >= 0 && day < dayCount[s].length) {
          dayCount[s][(int) day]++;
        }
      }
    }
    this.slotOf = new int[records.length];
    this.movedIn = new int[records.length];
    Arrays.fill(slotOf, -1);
    this.seenIn = new int[n][];
    for (int k = 0; k < n; k++) {
      seenIn[k] = new int[times[k].length];
      for (int i = 0; i < times[k].length; i++) {
        int d = board.draftOn(k, i);
        if (d >= 0) {
          slotOf[d] = i;
          count(k, i, 1);
        }
      }
    }
    this.totalBudget = 50 * (slots + records.length) + 4 * ATTEMPT_BUDGET;
  }

  /** The local day (from a base) of each slot of schedule k in a zone; slots are in time order. */
  private int[] localDays(int k, ZoneId zone, long base) {
    int[] days = new int[times[k].length];
    Instant dayEnd = Instant.MIN;
    int current = 0;
    for (int i = 0; i < days.length; i++) {
      if (!times[k][i].isBefore(dayEnd)) {
        LocalDate date = LocalDate.ofInstant(times[k][i], zone);
        current = Math.toIntExact(date.toEpochDay() - base);
        dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
      }
      days[i] = current;
    }
    return days;
  }

  // ---------------------------------------------------------------- the phase

  /**
   * Places as many of the drafts the reservation left with {@link UnplacedReason#NO_FREE_SLOT} as
   * ejection chains allow, by priority (highest first), then deadline, then backlog order.
   */
  void improve(int[] order) {
    // An attempt that fails changes nothing, so a later draft of the same schedule and binding
    // class whose window lies inside a failed one would fail too (it may take no slot the failed
    // draft could not, and drop no post it could not: drafts come by priority): skip it until a
    // success changes the placement. A draft of another class may take other bound slots.
    int[][] failedLo = new int[n][];
    int[][] failedHi = new int[n][];
    for (int k = 0; k < n; k++) {
      failedLo[k] = new int[board.classCount(k)];
      failedHi[k] = new int[board.classCount(k)];
      Arrays.fill(failedHi[k], -1);
    }
    for (int d : order) {
      DraftRecord record = records[d];
      if (record.reason != UnplacedReason.NO_FREE_SLOT || totalBudget <= 0) {
        continue;
      }
      int k = record.home;
      int c = record.bindingClass;
      int lo = board.firstSlotFrom(k, record.release);
      int hi = board.firstSlotFrom(k, record.deadline);
      if (failedLo[k][c] <= lo && hi <= failedHi[k][c]) {
        continue;
      }
      if (place(d)) {
        record.placedAfterAll();
        for (int e : dropped()) {
          records[e].unplaced(
              UnplacedReason.NO_FREE_SLOT,
              "gave its slot to a draft of higher priority; every slot of its schedule in "
                  + Interval.of(records[e].release, records[e].deadline)
                  + " is taken by drafts of the same or higher priority or blocked by spacing or"
                  + " the daily cap");
        }
        for (int[] failed : failedHi) {
          Arrays.fill(failed, -1);
        }
      } else {
        failedLo[k][c] = lo;
        failedHi[k][c] = hi;
      }
    }
  }

  /**
   * Tries to place one unplaced draft by an ejection chain, first one that moves posts only, then
   * one that may also give up posts of lower priority; true if it now has a slot. The drafts given
   * up are left in {@link #dropped}.
   */
  boolean place(int d) {
    return place(d, new boolean[] {false, true});
  }

  /** Tries to place one unplaced draft by an ejection chain that gives up no post. */
  boolean placeMovingOnly(int d) {
    return place(d, new boolean[] {false});
  }

  /** Takes back every move of the last successful {@link #place} or {@link #put}. */
  void undo() {
    undoTo(0);
  }

  private boolean place(int d, boolean[] passes) {
    rootPriority = records[d].priority;
    for (boolean drops : passes) {
      attempt++;
      allowDrops = drops;
      budget = Math.min(ATTEMPT_BUDGET, totalBudget);
      long before = budget;
      logSize = 0;
      droppedCount = 0;
      movedIn[d] = attempt;
      boolean placed = insert(d, 0);
      totalBudget -= before - budget;
      if (placed) {
        return true;
      }
      undoTo(0);
    }
    return false;
  }

  /** The drafts the last successful {@link #place} gave up for a draft of higher priority. */
  int[] dropped() {
    return Arrays.copyOf(dropped, droppedCount);
  }

  /**
   * The free slots a draft could take as the placement stands, without moving anything: the
   * highest-weighted first, then the earliest. Empty when it has none.
   */
  int[] freeSlots(int d) {
    DraftRecord record = records[d];
    int k = record.home;
    return freeSlots(
        k,
        record.bindingClass,
        board.firstSlotFrom(k, record.release),
        board.firstSlotFrom(k, record.deadline));
  }

  /**
   * The slots of schedule k in [from, to) free for a post of binding class c as the placement
   * stands: the highest-weighted first, then the earliest.
   */
  int[] freeSlots(int k, int c, int from, int to) {
    int count = 0;
    int[] result = new int[Math.max(0, to - from)];
    for (int i = from; i < to; i++) {
      if (isFree(k, i, c)) {
        result[count++] = i;
      }
    }
    result = Arrays.copyOf(result, count);
    // Insertion sort, stable over the slots' time order: windows are short.
    for (int x = 1; x < count; x++) {
      int v = result[x];
      int y = x - 1;
      while (y >= 0 && board.slotWeight(k, result[y]) < board.slotWeight(k, v)) {
        result[y + 1] = result[y];
        y--;
      }
      result[y + 1] = v;
    }
    return result;
  }

  /**
   * Takes a longer array of records: the same drafts, then records of recycled posts (not yet on
   * the board) after them.
   */
  void extend(DraftRecord[] all) {
    int before = slotOf.length;
    records = all;
    slotOf = Arrays.copyOf(slotOf, all.length);
    Arrays.fill(slotOf, before, all.length, -1);
    movedIn = Arrays.copyOf(movedIn, all.length);
  }

  /**
   * Tells whether slot i of schedule k could take a new post of binding class c as the placement
   * stands.
   */
  boolean isFree(int k, int i, int c) {
    return board.draftOn(k, i) < 0 && board.accepts(k, i, c) && inTheWay(k, i, 0) == 0;
  }

  /** Tells whether a new post on slot i of schedule k would be crowded (spacing, daily cap). */
  boolean isCrowded(int k, int i) {
    return inTheWay(k, i, 0) != 0;
  }

  /** Places an unplaced draft on a free slot of its schedule (one of {@link #freeSlots}). */
  void put(int d, int slot) {
    logSize = 0;
    move(d, records[d].home, slot, true);
  }

  /** Takes a placed draft off its slot, freeing what it crowded. */
  void lift(int d) {
    logSize = 0;
    move(d, records[d].home, slotOf[d], false);
  }

  private boolean insert(int d, int depth) {
    DraftRecord record = records[d];
    int k = record.home;
    int lo = board.firstSlotFrom(k, record.release);
    int hi = board.firstSlotFrom(k, record.deadline);
    int best = -1;
    int c = record.bindingClass;
    for (int i = lo; i < hi; i++) {
      if (board.draftOn(k, i) < 0
          && !barred[k][i]
          && board.accepts(k, i, c)
          && (best < 0 || board.slotWeight(k, i) > board.slotWeight(k, best))
          && inTheWay(k, i, depth) == 0) {
        best = i;
      }
    }
    budget -= hi - lo;
    if (best >= 0) {
      move(d, k, best, true);
      return true;
    }
    if (depth >= MAX_DEPTH) {
      return drop(d, depth);
    }
    for (int i = lo; i < hi && budget > 0; i++) {
      if (barred[k][i] || seenIn[k][i] == attempt || !board.accepts(k, i, c)) {
        continue;
      }
      seenIn[k][i] = attempt;
      budget--;
      int ways = inTheWay(k, i, depth);
      if (ways <= 0) {
        continue;
      }
      int[] way = scratch[depth];
      // Each way is a group of up to MAX_EJECTED posts, -1 padded; copy out, deeper levels reuse.
      int[] groups = Arrays.copyOf(way, ways * MAX_EJECTED);
      for (int g = 0; g < ways; g++) {
        boolean fresh = true;
        for (int m = 0; m < MAX_EJECTED; m++) {
          int e = groups[g * MAX_EJECTED + m];
          fresh &= e < 0 || movedIn[e] != attempt;
        }
        if (!fresh) {
          continue;
        }
        int mark = logSize;
        for (int m = 0; m < MAX_EJECTED; m++) {
          int e = groups[g * MAX_EJECTED + m];
          if (e >= 0) {
            movedIn[e] = attempt;
            move(e, records[e].home, slotOf[e], false);
          }
        }
        move(d, k, i, true);
        boolean all = true;
        for (int m = 0; m < MAX_EJECTED && all; m++) {
          int e = groups[g * MAX_EJECTED + m];
          all = e < 0 || insert(e, depth + 1);
        }
        if (all) {
          return true;
        }
        undoTo(mark);
        if (budget <= 0) {
          return drop(d, depth);
        }
      }
    }
    return drop(d, depth);
  }

  /**
   * Gives up a lifted post that found no slot, when that is allowed: only posts of lower priority
   * than the draft being placed, so each success raises the priority-weighted count.
   */
  private boolean drop(int d, int depth) {
    if (!allowDrops || depth == 0 || records[d].priority >= rootPriority) {
      return false;
    }
    if (droppedCount == dropped.length) {
      dropped = Arrays.copyOf(dropped, 2 * droppedCount);
    }
    dropped[droppedCount++] = d;
    push(d, -1, -1, 2);
    return true;
  }

  /**
   * The ways to clear slot i of schedule k for a new post: 0 when it is clear already; -1 when
   * nothing within reach clears it (an existing post in the way, or more than {@value
   * #MAX_EJECTED} posts); otherwise the number of groups written to {@code scratch[depth]}, each
   * {@value #MAX_EJECTED} draft indices padded with -1, any one of which, lifted out, clears it.
   */
  private int inTheWay(int k, int i, int depth) {
    if (barred[k][i]) {
      return -1;
    }
    int[] counters = board.countersOf(k);
    Instant t = times[k][i];
    int first = -1;
    int second = -1;
    for (int s : counters) {
      for (int other : board.domainOf(s)) {
        int lo = from(other, s, t);
        int hi = to(other, s, t);
        for (int j = lo; j < hi; j++) {
          int e = board.draftOn(other, j);
          if (e < 0 || e == first || e == second) {
            continue;
          }
          if (first < 0) {
            first = e;
          } else if (second < 0) {
            second = e;
          } else {
            return -1;
          }
        }
      }
    }
    // The caps still full once those posts are gone; each needs one more post of its day gone.
    int full = -1;
    int fullDay = 0;
    int alsoFull = -1;
    int alsoDay = 0;
    for (int j = 0; j < counters.length; j++) {
      int s = counters[j];
      if (cap[s] == Integer.MAX_VALUE) {
        continue;
      }
      int day = dayOf[k][j][i];
      int count = dayCount[s][day] + 1 - countedOn(first, s, day) - countedOn(second, s, day);
      if (count > cap[s]) {
        if (full < 0) {
          full = s;
          fullDay = day;
        } else {
          alsoFull = s;
          alsoDay = day;
        }
      }
    }
    int[] out = scratch[depth];
    if (full < 0) {
      if (first < 0) {
        return 0;
      }
      out = ensure(depth, MAX_EJECTED);
      out[0] = first;
      out[1] = second;
      return 1;
    }
    if (second >= 0) {
      return -1;
    }
    int ways = 0;
    for (int other : board.domainOf(full)) {
      int j = counterIndex(other, full);
      int[] days = dayOf[other][j];
      int lo = lowerBound(days, fullDay);
      int hi = lowerBound(days, fullDay + 1);
      for (int x = lo; x < hi; x++) {
        int e = board.draftOn(other, x);
        if (e < 0 || e == first || (alsoFull >= 0 && countedOn(e, alsoFull, alsoDay) == 0)) {
          continue;
        }
        out = ensure(depth, (ways + 1) * MAX_EJECTED);
        out[ways * MAX_EJECTED] = e;
        out[ways * MAX_EJECTED + 1] = first;
        ways++;
      }
    }
    return ways == 0 ? -1 : ways;
  }

  private int[] ensure(int depth, int size) {
    int[] out = scratch[depth];
    if (out == null || out.length < size) {
      out = out == null ? new int[Math.max(8, size)] : Arrays.copyOf(out, Math.max(size, 2 * out.length));
      scratch[depth] = out;
    }
    return out;
  }

  /** 1 if placed draft e is counted by schedule s on local day {@code day} of s, else 0. */
  private int countedOn(int e, int s, int day) {
    if (e < 0) {
      return 0;
    }
    int k = records[e].home;
    int j = counterIndex(k, s);
    return j >= 0 && dayOf[k][j][slotOf[e]] == day ? 1 : 0;
  }

  private int counterIndex(int k, int s) {
    int[] counters = board.countersOf(k);
    for (int j = 0; j < counters.length; j++) {
      if (counters[j] == s) {
        return j;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- moves and their undo

  private void move(int d, int k, int i, boolean placing) {
    if (placing) {
      board.assign(k, i, d);
      slotOf[d] = i;
      count(k, i, 1);
    } else {
      board.assign(k, i, -1);
      slotOf[d] = -1;
      count(k, i, -1);
    }
    push(d, k, i, placing ? 1 : 0);
  }

  private void push(int d, int k, int i, int kind) {
    if (logSize + 4 > log.length) {
      log = Arrays.copyOf(log, log.length * 2);
    }
    log[logSize++] = d;
    log[logSize++] = k;
    log[logSize++] = i;
    log[logSize++] = kind;
  }

  private void undoTo(int mark) {
    while (logSize > mark) {
      int kind = log[--logSize];
      int i = log[--logSize];
      int k = log[--logSize];
      int d = log[--logSize];
      if (kind == 2) {
        droppedCount--;
      } else if (kind == 1) {
        board.assign(k, i, -1);
        slotOf[d] = -1;
        count(k, i, -1);
      } else {
        board.assign(k, i, d);
        slotOf[d] = i;
        count(k, i, 1);
      }
    }
  }

  private void count(int k, int i, int delta) {
    int[] counters = board.countersOf(k);
    for (int j = 0; j < counters.length; j++) {
      dayCount[counters[j]][dayOf[k][j][i]] += delta;
    }
  }

  /** The slot a draft is placed on in its schedule, or -1. */
  int slotOf(int d) {
    return slotOf[d];
  }

  /**
   * The first slot of schedule k that a post at time t, counted by schedule s, crowds: the first
   * after t minus s's spacing, or the first at t when s has none. As {@link SlotBoard} blocks.
   */
  private int from(int k, int s, Instant t) {
    return spacing[s].isZero()
        ? SlotBoard.lowerBound(times[k], t)
        : SlotBoard.upperBound(times[k], t.minus(spacing[s]));
  }

  /** One past the last slot of schedule k that a post at time t, counted by schedule s, crowds. */
  private int to(int k, int s, Instant t) {
    return spacing[s].isZero()
        ? SlotBoard.upperBound(times[k], t)
        : SlotBoard.lowerBound(times[k], t.plus(spacing[s]));
  }

  static int lowerBound(int[] values, int value) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

}
