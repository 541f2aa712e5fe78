package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.timing.TimeOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.Interval;

/**
 * The slots of one scheduling run, laid out per schedule: each schedule's candidate slots in time
 * order with their weights (in a {@link SlotTree} that finds the best free slot of a range), the
 * draft reserved on each slot, and the daily counts of schedules with a cap. Posts are counted by
 * the schedule of their channel and by the schedule of their whole platform, if both exist.
 *
 * <p>Schedules are numbered by their position in the request. Mutable working state of one {@link
 * SchedulingRun}, used by one thread.
 */
final class SlotBoard {
  private final Instant periodStart;
  private final PostingSchedule[] schedules;

  /** counters[k]: the schedules that count a post placed on a slot of schedule k. */
  private final int[][] counters;

  /** domain[s]: the schedules whose posts schedule s counts (s itself, and its platform's accounts). */
  private final int[][] domain;

  private final Map<Channel, Integer> scheduleByChannel = new HashMap<>();

  /** Slots, per schedule, ascending. */
  private final Instant[][] slotTimes;

  /**
   * trees[k][c]: the segment tree of schedule k's slots of binding class c (0 for unbound slots,
   * the others' weights minus infinity); one tree per schedule without bindings.
   */
  private final SlotTree[][] trees;

  /** slotClass[k][i]: the binding class of slot i of schedule k; null for a schedule without. */
  private final int[][] slotClass;

  /** classBinding[k][c - 1]: the binding of class c of schedule k. */
  private final SlotBinding[][] classBinding;

  /** The weight of each slot, per schedule. */
  private final double[][] slotWeights;

  /** The draft (its backlog index) reserved for each slot, or -1. */
  private final int[][] slotDraft;

  /** Daily caps, per counting schedule: counts per local day from dayBase[s]. */
  private final long[] dayBase;

  private final int[][] dayCounts;

  /** existing[s]: the times of the existing posts that schedule s counts, as recorded. */
  private final List<List<Instant>> existing = new ArrayList<>();

  SlotBoard(SchedulingRequest request) {
    Interval period = request.period();
    this.periodStart = period.getStart();
    this.schedules = request.schedules().toArray(new PostingSchedule[0]);
    int n = schedules.length;
    for (int k = 0; k < n; k++) {
      scheduleByChannel.put(Channel.of(schedules[k]), k);
    }
    this.counters = new int[n][];
    List<List<Integer>> domains = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      domains.add(new ArrayList<>());
    }
    for (int k = 0; k < n; k++) {
      Channel channel = Channel.of(schedules[k]);
      Integer platformWide =
          channel.isWholePlatform() ? null : scheduleByChannel.get(channel.wholePlatform());
      counters[k] = platformWide == null ? new int[] {k} : new int[] {k, platformWide};
      for (int s : counters[k]) {
        domains.get(s).add(k);
      }
    }
    this.domain = new int[n][];
    for (int s = 0; s < n; s++) {
      existing.add(new ArrayList<>());
    }
    for (int s = 0; s < n; s++) {
      domain[s] = domains.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    this.slotTimes = new Instant[n][];
    this.trees = new SlotTree[n][];
    this.slotClass = new int[n][];
    this.classBinding = new SlotBinding[n][];
    this.slotWeights = new double[n][];
    this.slotDraft = new int[n][];
    this.dayBase = new long[n];
    this.dayCounts = new int[n][];
    for (int k = 0; k < n; k++) {
      buildSlots(request, k);
      if (schedules[k].maxPostsPerDay().isPresent()) {
        ZoneId zone = schedules[k].zone();
        dayBase[k] = LocalDate.ofInstant(periodStart, zone).toEpochDay();
        long last = LocalDate.ofInstant(period.getEnd(), zone).toEpochDay();
        dayCounts[k] = new int[Math.toIntExact(last - dayBase[k] + 1)];
      }
    }
  }

  private void buildSlots(SchedulingRequest request, int k) {
    PostingSchedule schedule = schedules[k];
    List<ZonedDateTime> candidates = schedule.candidateSlots(request.period());
    double[] grid = request.timeWeightsFor(Channel.of(schedule)).toArray();
    List<Instant> times = new ArrayList<>(candidates.size());
    List<Double> weights = new ArrayList<>(candidates.size());
    for (ZonedDateTime slot : candidates) {
      Instant instant = slot.toInstant();
      boolean allowed = true;
      for (int s : counters[k]) {
        if (s != k && !schedules[s].allows(instant)) {
          allowed = false;
        }
      }
      if (allowed) {
        times.add(instant);
        weights.add(grid[TimeOfWeek.from(slot).index()]);
      }
    }
    slotTimes[k] = times.toArray(new Instant[0]);
    slotWeights[k] = weights.stream().mapToDouble(Double::doubleValue).toArray();
    if (schedule.bindings().isEmpty()) {
      trees[k] = new SlotTree[] {new SlotTree(slotWeights[k])};
    } else {
      bind(k);
    }
    slotDraft[k] = new int[times.size()];
    Arrays.fill(slotDraft[k], -1);
  }

  /** Splits the slots of a schedule with bindings into classes, each with a tree of its own. */
  private void bind(int k) {
    PostingSchedule schedule = schedules[k];
    Instant[] times = slotTimes[k];
    int[] classes = new int[times.length];
    List<SlotBinding> bindings = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      SlotBinding binding = schedule.bindingAt(times[i]).orElse(null);
      if (binding != null) {
        int c = bindings.indexOf(binding);
        if (c < 0) {
          bindings.add(binding);
          c = bindings.size() - 1;
        }
        classes[i] = c + 1;
      }
    }
    slotClass[k] = classes;
    classBinding[k] = bindings.toArray(new SlotBinding[0]);
    trees[k] = new SlotTree[bindings.size() + 1];
    for (int c = 0; c <= bindings.size(); c++) {
      double[] weights = slotWeights[k].clone();
      for (int i = 0; i < weights.length; i++) {
        if (classes[i] != c) {
          weights[i] = Double.NEGATIVE_INFINITY;
        }
      }
      trees[k][c] = new SlotTree(weights);
    }
  }

  /** Tells whether schedule k has bound slots in the period. */
  boolean hasBindings(int k) {
    return slotClass[k] != null && classBinding[k].length > 0;
  }

  /**
   * The binding class a draft's content has on schedule k: the class of the binding that accepts
   * it, or 0 (unbound slots only). A schedule binds only pillars or only purposes, so at most one
   * binding accepts a draft.
   */
  int classOf(int k, Draft draft) {
    if (slotClass[k] == null) {
      return 0;
    }
    for (int c = 0; c < classBinding[k].length; c++) {
      if (classBinding[k][c].accepts(draft.content().purpose(), draft.content().pillar())) {
        return c + 1;
      }
    }
    return 0;
  }

  /** The number of binding classes of schedule k, unbound included (1 without bindings). */
  int classCount(int k) {
    return trees[k].length;
  }

  /** The binding class of slot i of schedule k (0 when unbound). */
  int slotClass(int k, int i) {
    return slotClass[k] == null ? 0 : slotClass[k][i];
  }

  /** The binding of class c (at least 1) of schedule k. */
  SlotBinding binding(int k, int c) {
    return classBinding[k][c - 1];
  }

  /** Tells whether a draft of binding class {@code c} may take slot i of schedule k. */
  boolean accepts(int k, int i, int c) {
    if (slotClass[k] == null) {
      return true;
    }
    int own = slotClass[k][i];
    return own == 0 || own == c;
  }

  private void blockSlot(int k, int i) {
    trees[k][slotClass[k] == null ? 0 : slotClass[k][i]].block(i);
  }

  private void blockRange(int k, int lo, int hi) {
    if (slotClass[k] == null) {
      trees[k][0].blockRange(lo, hi);
      return;
    }
    for (int i = lo; i < hi; i++) {
      trees[k][slotClass[k][i]].block(i);
    }
  }

  /** The number of schedules. */
  int scheduleCount() {
    return schedules.length;
  }

  /** A schedule by its index. */
  PostingSchedule schedule(int k) {
    return schedules[k];
  }

  /** The index of the schedule for exactly a channel; -1 when there is none. */
  int scheduleOf(Channel channel) {
    Integer k = scheduleByChannel.get(channel);
    return k == null ? -1 : k;
  }

  /** The index of the schedule a draft on a channel goes to: its own, else its platform's; -1. */
  int homeOf(Channel channel) {
    int k = scheduleOf(channel);
    return k < 0 && !channel.isWholePlatform() ? scheduleOf(channel.wholePlatform()) : k;
  }

  /** The schedules that count a post placed on a slot of schedule k: k, then its platform's. */
  int[] countersOf(int k) {
    return counters[k];
  }

  /** The schedules whose posts schedule s counts: s itself and, for a platform, its accounts. */
  int[] domainOf(int s) {
    return domain[s];
  }

  /** The times of the existing posts that schedule s counts (those near the period). */
  List<Instant> existingCountedBy(int s) {
    return existing.get(s);
  }

  /** The longest minimum spacing of any schedule. */
  Duration maxSpacing() {
    Duration max = Duration.ZERO;
    for (PostingSchedule schedule : schedules) {
      if (schedule.minimumSpacing().compareTo(max) > 0) {
        max = schedule.minimumSpacing();
      }
    }
    return max;
  }

  /** The time of slot i of schedule k. */
  Instant slotTime(int k, int i) {
    return slotTimes[k][i];
  }

  /** The weight of slot i of schedule k. */
  double slotWeight(int k, int i) {
    return slotWeights[k][i];
  }

  /** The number of slots of schedule k. */
  int slotCount(int k) {
    return slotTimes[k].length;
  }

  /** The first slot of schedule k not before a time. */
  int firstSlotFrom(int k, Instant time) {
    return lowerBound(slotTimes[k], time);
  }

  /**
   * The best free slot of schedule k in [lo, hi) for a draft of binding class c (an unbound slot,
   * or one of its class), by weight then time; -1 if none is free.
   */
  int bestFreeSlot(int k, int c, int lo, int hi) {
    int best = trees[k][0].best(lo, hi);
    if (c == 0) {
      return best;
    }
    int bound = trees[k][c].best(lo, hi);
    if (best < 0) {
      return bound;
    }
    if (bound < 0) {
      return best;
    }
    double a = slotWeights[k][best];
    double b = slotWeights[k][bound];
    return b > a || (b == a && bound < best) ? bound : best;
  }

  /** The draft reserved on slot i of schedule k, or -1. */
  int draftOn(int k, int i) {
    return slotDraft[k][i];
  }

  /** Records a draft on slot i of schedule k (or frees it with -1), without blocking anything. */
  void assign(int k, int i, int draft) {
    slotDraft[k][i] = draft;
  }

  /**
   * Reserves slot i of schedule k for a draft: takes the slot and blocks what the post placed there
   * blocks for every schedule that counts it.
   */
  void reserve(int k, int i, int draft) {
    slotDraft[k][i] = draft;
    blockSlot(k, i);
    for (int s : counters[k]) {
      occupy(s, slotTimes[k][i], k, i);
    }
  }

  /**
   * Records an existing post on a channel at a time: blocks what it blocks for the schedule of its
   * whole platform and the schedule of its account, if they exist.
   */
  void occupyExisting(Channel channel, Instant time) {
    int platformWide = scheduleOf(channel.wholePlatform());
    if (platformWide >= 0) {
      existing.get(platformWide).add(time);
      occupy(platformWide, time, -1, -1);
    }
    if (!channel.isWholePlatform()) {
      int own = scheduleOf(channel);
      if (own >= 0) {
        existing.get(own).add(time);
        occupy(own, time, -1, -1);
      }
    }
  }

  /**
   * Records a post counted by schedule s at a time: blocks the slots of s's domain that are closer
   * than s's spacing (or at the same instant), and the rest of the day once s's cap is reached. For
   * a post placed on slot {@code slot} of schedule {@code own} (-1 for an existing post), that
   * schedule's range is found by walking out from the slot instead of searching.
   */
  private void occupy(int s, Instant time, int own, int slot) {
    PostingSchedule schedule = schedules[s];
    Duration spacing = schedule.minimumSpacing();
    Instant from = time.minus(spacing);
    Instant to = time.plus(spacing);
    for (int t : domain[s]) {
      Instant[] times = slotTimes[t];
      int lo;
      int hi;
      if (t == own) {
        // The range around a slot is a few slots wide: walk out from it.
        lo = slot;
        hi = slot + 1;
        if (!spacing.isZero()) {
          while (lo > 0 && times[lo - 1].isAfter(from)) {
            lo--;
          }
          while (hi < times.length && times[hi].isBefore(to)) {
            hi++;
          }
        }
      } else if (spacing.isZero()) {
        lo = lowerBound(times, time);
        hi = upperBound(times, time);
      } else {
        lo = upperBound(times, from);
        hi = lowerBound(times, to);
      }
      blockRange(t, lo, hi);
    }
    if (dayCounts[s] != null) {
      long day = LocalDate.ofInstant(time, schedule.zone()).toEpochDay() - dayBase[s];
      if (day < 0 || day >= dayCounts[s].length) {
        return;
      }
      int count = ++dayCounts[s][(int) day];
      if (count >= schedule.maxPostsPerDay().getAsInt()) {
        Interval local = schedule.dayOf(time);
        for (int t : domain[s]) {
          Instant[] times = slotTimes[t];
          int lo;
          int hi;
          if (t == own) {
            lo = slot;
            hi = slot + 1;
            while (lo > 0 && !times[lo - 1].isBefore(local.getStart())) {
              lo--;
            }
            while (hi < times.length && times[hi].isBefore(local.getEnd())) {
              hi++;
            }
          } else {
            lo = lowerBound(times, local.getStart());
            hi = lowerBound(times, local.getEnd());
          }
          blockRange(t, lo, hi);
        }
      }
    }
  }

  /** First index whose time is not before {@code time}. */
  static int lowerBound(Instant[] times, Instant time) {
    int lo = 0;
    int hi = times.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid].isBefore(time)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index whose time is after {@code time}. */
  static int upperBound(Instant[] times, Instant time) {
    int lo = 0;
    int hi = times.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid].isAfter(time)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
