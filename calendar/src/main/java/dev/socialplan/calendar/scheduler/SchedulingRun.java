package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.threeten.extra.Interval;

/**
 * One run of the scheduler over one request; see {@link Scheduler} for the algorithm and its
 * guarantees. Holds mutable working state, so it is used once, by one thread.
 */
final class SchedulingRun {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  private static final double EPSILON = 1e-9;

  private final SchedulingRequest request;
  private final Instant periodStart;
  private final Instant periodEnd;
  private final List<Draft> drafts;

  // Schedules, by index in the request.
  private final PostingSchedule[] schedules;
  /** counters[k]: the schedules that count a post placed on a slot of schedule k. */
  private final int[][] counters;
  /** domain[s]: the schedules whose posts schedule s counts (s itself, and its platform's accounts). */
  private final int[][] domain;
  private final Map<Channel, Integer> scheduleByChannel = new HashMap<>();

  // Slots, per schedule, ascending.
  private final Instant[][] slotTimes;
  private final SlotTree[] trees;
  /** The draft reserved for each slot, or -1. */
  private final int[][] slotDraft;

  // Daily caps, per counting schedule: counts per local day from dayBase[s].
  private final long[] dayBase;
  private final int[][] dayCounts;

  // Per draft.
  private final Draft[] draftArray;
  private final int[] priority;
  /** The first and (exclusive) last instant of the period and campaign window. */
  private final Instant[] release;
  private final Instant[] deadline;
  private final int[] home;
  private final UnplacedReason[] reasons;
  private final String[] explanations;

  SchedulingRun(SchedulingRequest request) {
    this.request = request;
    this.periodStart = request.period().getStart();
    this.periodEnd = request.period().getEnd();
    this.drafts = request.drafts();
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
      domain[s] = domains.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    this.slotTimes = new Instant[n][];
    this.trees = new SlotTree[n];
    this.slotDraft = new int[n][];
    this.dayBase = new long[n];
    this.dayCounts = new int[n][];
    for (int k = 0; k < n; k++) {
      buildSlots(k);
      if (schedules[k].maxPostsPerDay().isPresent()) {
        ZoneId zone = schedules[k].zone();
        dayBase[k] = LocalDate.ofInstant(periodStart, zone).toEpochDay();
        long last = LocalDate.ofInstant(periodEnd, zone).toEpochDay();
        dayCounts[k] = new int[Math.toIntExact(last - dayBase[k] + 1)];
      }
    }
    int count = drafts.size();
    this.home = new int[count];
    this.reasons = new UnplacedReason[count];
    this.explanations = new String[count];
    this.draftArray = drafts.toArray(new Draft[0]);
    this.priority = new int[count];
    this.release = new Instant[count];
    this.deadline = new Instant[count];
    for (int d = 0; d < count; d++) {
      Draft draft = draftArray[d];
      priority[d] = draft.priority();
      release[d] = periodStart;
      deadline[d] = periodEnd;
      if (draft.campaignWindow().isPresent()) {
        release[d] = release(draft.campaignWindow().get());
        deadline[d] = deadline(draft.campaignWindow().get());
      }
    }
  }

  /** Sorts the indices 0..n-1 by a comparator, stably. */
  private static int[] sortedIndices(int n, Comparator<Integer> order) {
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

  private void buildSlots(int k) {
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
    trees[k] = new SlotTree(weights.stream().mapToDouble(Double::doubleValue).toArray());
    slotDraft[k] = new int[times.size()];
    Arrays.fill(slotDraft[k], -1);
  }

  SchedulingResult run() {
    blockAroundExistingPosts();
    reserveSlots();
    if (request.mix().isPresent()) {
      new MixAssignment(request.mix().get()).run();
    }
    return result();
  }

  // ---------------------------------------------------------------- constraints

  private void blockAroundExistingPosts() {
    if (schedules.length == 0 || request.existing().isEmpty()) {
      return;
    }
    Duration maxSpacing = Duration.ZERO;
    for (PostingSchedule schedule : schedules) {
      if (schedule.minimumSpacing().compareTo(maxSpacing) > 0) {
        maxSpacing = schedule.minimumSpacing();
      }
    }
    // Posts further away cannot crowd a slot of the period nor share its local day.
    Duration margin = maxSpacing.plusDays(2);
    ContentCalendar near =
        request.existing().between(periodStart.minus(margin), periodEnd.plus(margin));
    for (ScheduledPost post : near) {
      if (!post.status().occupiesSlot()) {
        continue;
      }
      Integer platformWide = scheduleByChannel.get(Channel.of(post.platform()));
      if (platformWide != null) {
        occupy(platformWide, post.time());
      }
      if (post.account().isPresent()) {
        Integer own = scheduleByChannel.get(Channel.of(post.platform(), post.account().get()));
        if (own != null) {
          occupy(own, post.time());
        }
      }
    }
  }

  /**
   * Records a post counted by schedule s at a time: blocks the slots of s's domain that are closer
   * than s's spacing (or at the same instant), and the rest of the day once s's cap is reached.
   */
  private void occupy(int s, Instant time) {
    occupy(s, time, -1, -1);
  }

  /**
   * As {@link #occupy(int, Instant)}, for a post placed on slot {@code slot} of schedule {@code
   * own}: that schedule's range is found by walking out from the slot instead of searching.
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
      trees[t].blockRange(lo, hi);
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
          trees[t].blockRange(lo, hi);
        }
      }
    }
  }

  // ---------------------------------------------------------------- phase 1: reserve

  private void reserveSlots() {
    int[] order =
        sortedIndices(
            draftArray.length,
            (a, b) -> {
              if (priority[a] != priority[b]) {
                return priority[a] > priority[b] ? -1 : 1;
              }
              int byDeadline = deadline[a].compareTo(deadline[b]);
              return byDeadline != 0 ? byDeadline : Integer.compare(a, b);
            });
    for (int d : order) {
      reserve(d);
    }
  }

  private Instant deadline(Interval window) {
    return window.isUnboundedEnd() || window.getEnd().isAfter(periodEnd) ? periodEnd : window.getEnd();
  }

  private Instant release(Interval window) {
    return window.isUnboundedStart() || window.getStart().isBefore(periodStart)
        ? periodStart
        : window.getStart();
  }

  private void reserve(int d) {
    Draft draft = draftArray[d];
    Channel channel = draft.channel();
    Integer k = scheduleByChannel.get(channel);
    if (k == null && !channel.isWholePlatform()) {
      k = scheduleByChannel.get(channel.wholePlatform());
    }
    if (k == null) {
      home[d] = -1;
      unplaced(d, UnplacedReason.NO_SCHEDULE, "no posting schedule for " + channel);
      return;
    }
    home[d] = k;
    Instant from = release[d];
    Instant to = deadline[d];
    if (draft.campaignWindow().isPresent()) {
      Interval window = draft.campaignWindow().get();
      if (!from.isBefore(to)) {
        unplaced(
            d,
            UnplacedReason.CAMPAIGN_WINDOW_OUTSIDE_PERIOD,
            "campaign window " + window + " does not overlap the period " + request.period());
        return;
      }
    }
    Instant[] times = slotTimes[k];
    int lo = lowerBound(times, from);
    int hi = lowerBound(times, to);
    if (lo >= hi) {
      unplaced(
          d,
          UnplacedReason.NO_SLOT,
          "the schedule for " + Channel.of(schedules[k]) + " has no slot in " + Interval.of(from, to)
              + " (its pattern, blackouts and allowed windows leave none)");
      return;
    }
    int slot = trees[k].best(lo, hi);
    if (slot < 0) {
      unplaced(
          d,
          UnplacedReason.NO_FREE_SLOT,
          "all "
              + (hi - lo)
              + (hi - lo == 1 ? " slot" : " slots")
              + " of the schedule for "
              + Channel.of(schedules[k])
              + " in "
              + Interval.of(from, to)
              + " are taken or blocked by spacing or the daily cap");
      return;
    }
    slotDraft[k][slot] = d;
    trees[k].block(slot);
    for (int s : counters[k]) {
      occupy(s, times[slot], k, slot);
    }
  }

  private void unplaced(int d, UnplacedReason reason, String explanation) {
    reasons[d] = reason;
    explanations[d] = explanation;
    if (LOG.isDebugEnabled()) {
      LOG.debug("draft {} not placed: {} ({})", draftArray[d].id(), reason, explanation);
    }
  }

  // ---------------------------------------------------------------- phase 2: the mix

  /**
   * Re-assigns the drafts to the reserved slots in time order so that every full window ending at a
   * placed post keeps to the mix. At each slot, among the drafts of its schedule whose campaign
   * window contains it, the one with the earliest campaign deadline wins, then the highest priority,
   * then the earliest in the backlog; a draft whose kind would put a window off target is passed
   * over for the next. A slot with no acceptable draft stays empty.
   */
  private final class MixAssignment {
    private final RollingMix target;
    private final ContentMix mix;
    private final int window;
    private final int[][] sliceOf = new int[PostPurpose.values().length][];
    private final double[] shares;
    private final double tolerance;
    /** The fewest and most posts of each slice a full window may hold. */
    private final long[] least;
    private final long[] most;
    private final long mostTotal;
    /**
     * The drafts in order of preference (earliest deadline, highest priority, backlog order), and
     * each draft's place in it.
     */
    private final int[] byRank;
    private final int[] rank;
    private final int[] draftSlice;
    private final Map<Platform, Group> groups = new HashMap<>();
    private final Group wholeCalendar = new Group("the calendar");

    MixAssignment(RollingMix target) {
      this.target = target;
      this.mix = target.mix();
      this.window = target.windowPosts();
      for (PostPurpose p : PostPurpose.values()) {
        sliceOf[p.ordinal()] = new int[ContentSource.values().length];
        for (ContentSource s : ContentSource.values()) {
          sliceOf[p.ordinal()][s.ordinal()] = mix.slices().indexOf(mix.sliceOf(ContentKind.of(p, s)));
        }
      }
      this.shares = mix.slices().stream().mapToDouble(s -> s.share()).toArray();
      this.tolerance = mix.tolerance();
      this.least = new long[shares.length];
      this.most = new long[shares.length];
      long total = 0;
      for (int c = 0; c < shares.length; c++) {
        least[c] = -1;
        for (int count = 0; count <= window; count++) {
          if (Math.abs(count - shares[c] * window) <= (tolerance + EPSILON) * window) {
            if (least[c] < 0) {
              least[c] = count;
            }
            most[c] = count;
          }
        }
        if (least[c] < 0) {
          // No count of this slice keeps a window within tolerance: nothing can complete one.
          least[c] = window + 1L;
        }
        total += most[c];
      }
      this.mostTotal = total;
      int count = draftArray.length;
      this.byRank =
          sortedIndices(
              count,
              (a, b) -> {
                int byDeadline = deadline[a].compareTo(deadline[b]);
                if (byDeadline != 0) {
                  return byDeadline;
                }
                if (priority[a] != priority[b]) {
                  return priority[a] > priority[b] ? -1 : 1;
                }
                return Integer.compare(a, b);
              });
      this.rank = new int[count];
      for (int r = 0; r < count; r++) {
        rank[byRank[r]] = r;
      }
      this.draftSlice = new int[count];
      for (int d = 0; d < count; d++) {
        draftSlice[d] = slice(draftArray[d].content().kind());
      }
    }

    private int slice(ContentKind kind) {
      return sliceOf[kind.purpose().ordinal()][kind.source().ordinal()];
    }

    void run() {
      int n = schedules.length;
      // The reserved slots of every schedule, freed for re-assignment, in time order overall.
      int events = 0;
      int[][] reservedDrafts = new int[n][];
      for (int k = 0; k < n; k++) {
        int c = 0;
        for (int d : slotDraft[k]) {
          c += d >= 0 ? 1 : 0;
        }
        reservedDrafts[k] = new int[c];
        events += c;
      }
      int[] eventSchedule = new int[events];
      int[] eventSlot = new int[events];
      int e = 0;
      for (int k = 0; k < n; k++) {
        int c = 0;
        for (int i = 0; i < slotDraft[k].length; i++) {
          if (slotDraft[k][i] >= 0) {
            reservedDrafts[k][c++] = slotDraft[k][i];
            slotDraft[k][i] = -1;
            eventSchedule[e] = k;
            eventSlot[e++] = i;
          }
        }
      }
      int[] eventOrder =
          sortedIndices(
              events,
              (a, b) -> {
                int byTime =
                    slotTimes[eventSchedule[a]][eventSlot[a]].compareTo(
                        slotTimes[eventSchedule[b]][eventSlot[b]]);
                return byTime != 0 ? byTime : Integer.compare(a, b);
              });
      // Each schedule's drafts by release time, and the released ones waiting, per slice, by rank.
      int[] nextRelease = new int[n];
      IntHeap[][] waiting = new IntHeap[n][];
      for (int k = 0; k < n; k++) {
        int[] mine = reservedDrafts[k];
        int[] byRelease =
            sortedIndices(
                mine.length,
                (a, b) -> {
                  int byTime = release[mine[a]].compareTo(release[mine[b]]);
                  return byTime != 0 ? byTime : Integer.compare(mine[a], mine[b]);
                });
        int[] sorted = new int[mine.length];
        for (int r = 0; r < mine.length; r++) {
          sorted[r] = mine[byRelease[r]];
        }
        reservedDrafts[k] = sorted;
        waiting[k] = new IntHeap[shares.length];
        for (int c = 0; c < shares.length; c++) {
          waiting[k][c] = new IntHeap();
        }
      }

      // Existing posts that count for the mix, in calendar order, before the end of the period.
      List<ScheduledPost> existing = new ArrayList<>();
      for (ScheduledPost post : request.existing()) {
        if (!post.time().isBefore(periodEnd)) {
          break;
        }
        if (post.status().occupiesSlot()) {
          existing.add(post);
        }
      }

      int next = 0;
      int x = 0;
      List<Group> touched = new ArrayList<>();
      int[] candidates = new int[shares.length];
      while (next < events || x < existing.size()) {
        Instant eventTime = next < events ? eventTime(eventOrder[next], eventSchedule, eventSlot) : null;
        Instant now =
            eventTime == null
                    || (x < existing.size() && !existing.get(x).time().isAfter(eventTime))
                ? existing.get(x).time()
                : eventTime;
        for (; x < existing.size() && existing.get(x).time().equals(now); x++) {
          ScheduledPost post = existing.get(x);
          Group g = group(post.platform());
          g.batch(touched);
          g.add(new Member(post.id(), slice(post.content().kind()), false));
        }
        for (; next < events; next++) {
          int ev = eventOrder[next];
          int k = eventSchedule[ev];
          if (!slotTimes[k][eventSlot[ev]].equals(now)) {
            break;
          }
          int[] mine = reservedDrafts[k];
          IntHeap[] queues = waiting[k];
          while (nextRelease[k] < mine.length && !release[mine[nextRelease[k]]].isAfter(now)) {
            int d = mine[nextRelease[k]++];
            queues[draftSlice[d]].add(rank[d]);
          }
          int found = 0;
          for (IntHeap queue : queues) {
            while (!queue.isEmpty() && !deadline[byRank[queue.peek()]].isAfter(now)) {
              lostToMix(byRank[queue.poll()]);
            }
            if (!queue.isEmpty()) {
              candidates[found++] = queue.peek();
            }
          }
          Arrays.sort(candidates, 0, found);
          Group g = group(schedules[k].platform());
          List<Member> batch = g.batch(touched);
          for (int c = 0; c < found; c++) {
            int d = byRank[candidates[c]];
            Member member = new Member(draftArray[d].id(), draftSlice[d], true);
            if (g.accepts(batch, member)) {
              g.add(member);
              queues[member.slice].poll();
              slotDraft[k][eventSlot[ev]] = d;
              break;
            }
          }
        }
        for (Group g : touched) {
          g.commit();
        }
        touched.clear();
      }
      for (int k = 0; k < n; k++) {
        for (IntHeap queue : waiting[k]) {
          while (!queue.isEmpty()) {
            lostToMix(byRank[queue.poll()]);
          }
        }
        for (int r = nextRelease[k]; r < reservedDrafts[k].length; r++) {
          lostToMix(reservedDrafts[k][r]);
        }
      }
    }

    private Instant eventTime(int event, int[] eventSchedule, int[] eventSlot) {
      return slotTimes[eventSchedule[event]][eventSlot[event]];
    }

    /** The sequence a post on a platform belongs to. Only looked up, never iterated. */
    private Group group(Platform platform) {
      if (target.scope() == MixScope.CALENDAR) {
        return wholeCalendar;
      }
      return groups.computeIfAbsent(platform, p -> new Group(p.id()));
    }

    private void lostToMix(int d) {
      Draft draft = draftArray[d];
      unplaced(
          d,
          UnplacedReason.MIX_OFF_TARGET,
          "no slot of the schedule for "
              + Channel.of(schedules[home[d]])
              + " that was free for it kept the "
              + mix.name()
              + " mix within tolerance in every rolling window of "
              + window
              + " posts ("
              + (target.scope() == MixScope.CALENDAR ? "whole calendar" : draft.platform().id())
              + ") with a "
              + mix.slices().get(draftSlice[d]).name()
              + " post");
    }

    /** A post counted in a mix sequence: its id (the tie-break at equal times) and slice. */
    private final class Member {
      final String id;
      final int slice;
      final boolean placed;

      Member(String id, int slice, boolean placed) {
        this.id = id;
        this.slice = slice;
        this.placed = placed;
      }
    }

    /** One mix sequence: the slices of its committed posts and the batch at the current instant. */
    private final class Group {
      final String name;
      int[] sequence = new int[16];
      int length;
      final List<Member> batch = new ArrayList<>();

      Group(String name) {
        this.name = name;
      }

      List<Member> batch(List<Group> touched) {
        if (batch.isEmpty() && !touched.contains(this)) {
          touched.add(this);
        }
        return batch;
      }

      /**
       * Tells whether a member can join the batch: every full window ending at a placed post of the
       * batch, with the batch in id order, keeps to the mix.
       */
      boolean accepts(List<Member> current, Member candidate) {
        List<Member> trial = new ArrayList<>(current.size() + 1);
        trial.addAll(current);
        int at = trial.size();
        while (at > 0 && trial.get(at - 1).id.compareTo(candidate.id) > 0) {
          at--;
        }
        trial.add(at, candidate);
        long[] counts = new long[shares.length];
        for (int j = 0; j < trial.size(); j++) {
          if (!trial.get(j).placed) {
            continue;
          }
          int end = length + j;
          Arrays.fill(counts, 0);
          for (int p = Math.max(0, end - window + 1); p <= end; p++) {
            counts[p < length ? sequence[p] : trial.get(p - length).slice]++;
          }
          if (end + 1 < window ? !canComplete(counts) : !withinTolerance(counts)) {
            return false;
          }
        }
        return true;
      }

      /** Adds a member to the batch, keeping it in id order. */
      void add(Member member) {
        int at = batch.size();
        while (at > 0 && batch.get(at - 1).id.compareTo(member.id) > 0) {
          at--;
        }
        batch.add(at, member);
      }

      void commit() {
        for (Member m : batch) {
          if (length == sequence.length) {
            sequence = Arrays.copyOf(sequence, length * 2);
          }
          sequence[length++] = m.slice;
        }
        batch.clear();
      }

      @Override
      public String toString() {
        return name;
      }
    }

    /**
     * Tells whether the first posts of a sequence, fewer than a window, can still be followed by
     * posts that make the first full window keep to the mix: no slice already above the most a
     * window may hold, and room left for every slice's least. Without this look-ahead, unjudged
     * first posts (four promotions in a row) could leave no kind that completes the window.
     */
    private boolean canComplete(long[] counts) {
      long needed = 0;
      for (int c = 0; c < counts.length; c++) {
        if (counts[c] > most[c]) {
          return false;
        }
        needed += Math.max(counts[c], least[c]);
      }
      return needed <= window && mostTotal >= window;
    }

    /** The tolerance test of {@link ContentMix}: |count − share × total| ≤ (tolerance + 1e-9) × total. */
    private boolean withinTolerance(long[] counts) {
      for (int c = 0; c < counts.length; c++) {
        if (Math.abs(counts[c] - shares[c] * window) > (tolerance + EPSILON) * window) {
          return false;
        }
      }
      return true;
    }
  }

  // ---------------------------------------------------------------- result

  private SchedulingResult result() {
    List<ScheduledPost> placed = new ArrayList<>();
    for (int k = 0; k < schedules.length; k++) {
      for (int i = 0; i < slotDraft[k].length; i++) {
        int d = slotDraft[k][i];
        if (d >= 0) {
          placed.add(draftArray[d].toPost(slotTimes[k][i]));
        }
      }
    }
    List<UnplacedDraft> unplaced = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      if (reasons[d] != null) {
        unplaced.add(new UnplacedDraft(draftArray[d], reasons[d], explanations[d]));
      }
    }
    ContentCalendar existing = request.existing().withZone(request.zone());
    if (existing.isEmpty()) {
      // The calendar sorts the posts once; its list is the placed posts in time order.
      ContentCalendar calendar = ContentCalendar.of(request.zone(), placed);
      return SchedulingResult.of(calendar, calendar.posts(), unplaced);
    }
    placed.sort(ScheduledPost.timeOrder());
    return SchedulingResult.of(existing.withAll(placed), placed, unplaced);
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
