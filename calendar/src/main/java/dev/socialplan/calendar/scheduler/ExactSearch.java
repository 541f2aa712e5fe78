package dev.socialplan.calendar.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The last step of the improvement phase: for each draft the ejection chains (and, with a mix
 * target, the mix repair) left without a slot, an exhaustive branch-and-bound search over the
 * drafts that can interact with it, which either proves the placement optimal or replaces it by an
 * optimal one.
 *
 * <p><b>With a mix target</b> a rolling window joins posts however far apart, so the neighbourhood
 * is every placed or left-over draft of the request, searched only when there are at most {@value
 * #MAX_DRAFTS}; a placement is accepted only when every full window of every mix sequence that ends
 * at a placed post keeps to the mix (the scheduler's guarantee), checked on the whole calendar.
 *
 * <p><b>Neighbourhood.</b> Two drafts can interact only when some schedule counts both (a
 * platform's schedule counts its accounts' posts) and their campaign windows come within the
 * longest minimum spacing plus two days of each other (spacing crowds neighbouring slots, a daily
 * cap joins the posts of one local day in any zone). A draft's neighbourhood is every draft it is
 * joined to through a chain of such pairs, among the placed drafts and those left out for want of
 * a slot. Every other placed post is further from each of its drafts' windows than that margin, so
 * no move inside the neighbourhood affects it or is affected by it, and the best placement of the
 * neighbourhood, the others fixed, is the best placement of the whole request. The neighbourhoods
 * are found in one sweep over the drafts sorted by release, O(d log d).
 *
 * <p><b>Search.</b> The drafts are taken by priority (highest first), then the fewest candidate
 * slots; each either takes one of its free slots (highest weight first) or stays out. A branch is
 * cut when even placing every draft still to decide could not beat the best found, compared
 * priority first (the most drafts of the highest priority, then of the next) and then by slot
 * weight. Drafts that cannot be told apart (same schedule, window, binding class and priority, and
 * with a mix target the same slice of the mix) are
 * placed in slot order, and one stays out only after those before it did, so each placement is
 * searched once. The chains' placement is the first incumbent: it is replaced only by a strictly
 * better one.
 *
 * <p><b>Cost and guarantee.</b> A neighbourhood of more than {@value #MAX_DRAFTS} drafts is left as
 * the chains placed it, and so is a request whose mix sequences hold more than {@value
 * #MAX_MIX_POSTS} posts. Work is counted in steps (a search node, a slot checked, a post read to
 * judge the mix): a search stops after {@value #NODE_BUDGET} steps and keeps the chains'
 * placement; the whole step stops after {@value #TOTAL_BUDGET}. A search that completes
 * proves the neighbourhood's placement optimal, priority first. Benchmark-sized requests whose
 * drafts all find a slot never reach this step.
 *
 * <p>Mutable working state of one run, used by one thread.
 */
final class ExactSearch {
  /** The largest neighbourhood searched. */
  static final int MAX_DRAFTS = 40;

  /** Steps per neighbourhood: search nodes, slot checks, and posts read to judge the mix. */
  static final long NODE_BUDGET = 250_000;

  /** Steps for the whole step. */
  static final long TOTAL_BUDGET = 2_000_000;

  /** With a mix target, the most posts (existing and placed) the mix sequences may hold. */
  static final int MAX_MIX_POSTS = 2_000;

  private final SlotBoard board;
  private final DraftRecord[] records;
  private final Reassignment placement;
  private final int[] group;
  private final Duration margin;
  private final @Nullable MixAssignment mix;

  // The neighbourhood being searched, in search order.
  private int[] drafts;
  private int[] level;
  private int[] lo;
  private int[] hi;
  private double[] bestWeightOf;
  private boolean[] sameAsPrevious;
  /** remaining[x][l]: drafts of level l at positions x and later. */
  private int[][] remaining;
  /** weightAfter[x]: the most slot weight the drafts at positions x and later could add. */
  private double[] weightAfter;

  private int[] slotAt;
  private int[] counts;
  private double weight;
  private int[] bestSlots;
  private int[] bestCounts;
  private double bestWeight;
  private boolean improved;
  private long nodes;
  private long total = TOTAL_BUDGET;
  /** With a mix target, the posts of the mix sequences: the cost of judging one placement. */
  private int mixPosts;

  ExactSearch(
      SlotBoard board, DraftRecord[] records, Reassignment placement, @Nullable MixAssignment mix) {
    this.board = board;
    this.mix = mix;
    this.records = records;
    this.placement = placement;
    int n = board.scheduleCount();
    int[] parent = new int[n];
    for (int k = 0; k < n; k++) {
      parent[k] = k;
    }
    for (int k = 0; k < n; k++) {
      for (int s : board.countersOf(k)) {
        parent[root(parent, k)] = root(parent, s);
      }
    }
    this.group = new int[n];
    for (int k = 0; k < n; k++) {
      group[k] = root(parent, k);
    }
    this.margin = board.maxSpacing().plusDays(2);
  }

  private static int root(int[] parent, int k) {
    while (parent[k] != k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }

  /** Searches the neighbourhood of each draft still unplaced for want of a slot, in order. */
  void run(int[] order) {
    if (mix != null) {
      // Counting the drafts first spares a large request the cost of building its sequences.
      int movable = 0;
      for (int d = 0; d < records.length && movable <= MAX_DRAFTS; d++) {
        if (movable(d)) {
          movable++;
        }
      }
      if (movable > MAX_DRAFTS) {
        return;
      }
      mixPosts = 0;
      for (MixAssignment.Sequence sequence : mix.sequences(records).values()) {
        mixPosts += sequence.length;
      }
      if (mixPosts > MAX_MIX_POSTS) {
        return;
      }
    }
    int[] cluster = mix == null ? clusters() : wholeRequest();
    boolean[] searched = new boolean[records.length];
    for (int d : order) {
      if (total <= 0) {
        return;
      }
      if (!leftOver(d) || searched[cluster[d]]) {
        continue;
      }
      searched[cluster[d]] = true;
      int size = 0;
      for (int e = 0; e < records.length && size <= MAX_DRAFTS; e++) {
        if (cluster[e] == cluster[d]) {
          size++;
        }
      }
      if (size <= MAX_DRAFTS) {
        int[] members = new int[size];
        int x = 0;
        for (int e = 0; e < records.length; e++) {
          if (cluster[e] == cluster[d]) {
            members[x++] = e;
          }
        }
        search(members);
      }
    }
  }

  /** Whether a draft was left out for want of a free slot, or (with a mix target) for the mix. */
  private boolean leftOver(int d) {
    UnplacedReason reason = records[d].reason;
    return reason == UnplacedReason.NO_FREE_SLOT
        || (mix != null && reason == UnplacedReason.MIX_OFF_TARGET);
  }

  /** Whether a draft can take part: placed, or left over. */
  private boolean movable(int d) {
    return placement.slotOf(d) >= 0 || leftOver(d);
  }

  /**
   * With a mix target, one neighbourhood of every draft that can take part: a rolling window joins
   * posts however far apart they are, so only the whole request is independent of the rest.
   */
  private int[] wholeRequest() {
    int[] cluster = new int[records.length];
    Arrays.fill(cluster, -1);
    for (int d = 0; d < records.length; d++) {
      if (movable(d)) {
        cluster[d] = 0;
      }
    }
    return cluster;
  }

  /**
   * The neighbourhoods: for each draft that can take part, the index of the first draft of its
   * neighbourhood (-1 for the others). Within a group of schedules, drafts whose windows widened
   * by half the margin on each side overlap, directly or through others, share one: one sweep
   * over the drafts sorted by release, O(d log d).
   */
  private int[] clusters() {
    int[] cluster = new int[records.length];
    Arrays.fill(cluster, -1);
    Duration half = margin.dividedBy(2);
    int[] sorted =
        SchedulingRun.sortedIndices(
            records.length,
            (a, b) -> {
              DraftRecord ra = records[a];
              DraftRecord rb = records[b];
              int byGroup = Integer.compare(groupOf(a), groupOf(b));
              return byGroup != 0 ? byGroup : ra.release.compareTo(rb.release);
            });
    int currentGroup = -1;
    int head = -1;
    Instant reach = Instant.MIN;
    for (int d : sorted) {
      if (!movable(d)) {
        continue;
      }
      DraftRecord r = records[d];
      int g = groupOf(d);
      if (g != currentGroup || !earlier(r.release, half).isBefore(reach)) {
        currentGroup = g;
        head = d;
        reach = Instant.MIN;
      }
      cluster[d] = head;
      Instant end = later(r.deadline, half);
      if (end.isAfter(reach)) {
        reach = end;
      }
    }
    // Heads are the first of each neighbourhood in release order; any member index serves as a
    // name, and searched[] is indexed by it.
    return cluster;
  }

  /** t minus d, or Instant.MIN when that is earlier than an Instant can be. */
  private static Instant earlier(Instant t, Duration d) {
    return t.isBefore(Instant.MIN.plus(d)) ? Instant.MIN : t.minus(d);
  }

  /** t plus d, or Instant.MAX when that is later than an Instant can be. */
  private static Instant later(Instant t, Duration d) {
    return t.isAfter(Instant.MAX.minus(d)) ? Instant.MAX : t.plus(d);
  }

  private int groupOf(int d) {
    int home = records[d].home;
    return home < 0 ? -1 : group[home];
  }

  private void search(int[] members) {
    int m = members.length;
    TreeSet<Integer> priorities = new TreeSet<>();
    for (int d : members) {
      priorities.add(records[d].priority);
    }
    List<Integer> levels = new ArrayList<>(priorities.descendingSet());
    int[] windowLo = new int[records.length];
    int[] windowHi = new int[records.length];
    for (int d : members) {
      DraftRecord r = records[d];
      windowLo[d] = board.firstSlotFrom(r.home, r.release);
      windowHi[d] = board.firstSlotFrom(r.home, r.deadline);
    }
    drafts =
        Arrays.stream(members)
            .boxed()
            .sorted(
                (a, b) -> {
                  DraftRecord ra = records[a];
                  DraftRecord rb = records[b];
                  int c = Integer.compare(rb.priority, ra.priority);
                  if (c == 0) {
                    c = Integer.compare(windowHi[a] - windowLo[a], windowHi[b] - windowLo[b]);
                  }
                  if (c == 0) {
                    c = Integer.compare(ra.home, rb.home);
                  }
                  if (c == 0) {
                    c = ra.release.compareTo(rb.release);
                  }
                  if (c == 0) {
                    c = ra.deadline.compareTo(rb.deadline);
                  }
                  if (c == 0) {
                    c = Integer.compare(ra.bindingClass, rb.bindingClass);
                  }
                  if (c == 0) {
                    c = Integer.compare(ra.slice, rb.slice);
                  }
                  return c != 0 ? c : Integer.compare(a, b);
                })
            .mapToInt(Integer::intValue)
            .toArray();
    int levelCount = levels.size();
    level = new int[m];
    lo = new int[m];
    hi = new int[m];
    bestWeightOf = new double[m];
    sameAsPrevious = new boolean[m];
    for (int x = 0; x < m; x++) {
      int d = drafts[x];
      DraftRecord r = records[d];
      level[x] = levels.indexOf(r.priority);
      lo[x] = windowLo[d];
      hi[x] = windowHi[d];
      double most = 0;
      for (int i = lo[x]; i < hi[x]; i++) {
        most = Math.max(most, board.slotWeight(r.home, i));
      }
      bestWeightOf[x] = most;
      if (x > 0) {
        DraftRecord p = records[drafts[x - 1]];
        sameAsPrevious[x] =
            p.priority == r.priority
                && p.home == r.home
                && p.release.equals(r.release)
                && p.deadline.equals(r.deadline)
                && p.bindingClass == r.bindingClass
                && (mix == null || p.slice == r.slice);
      }
    }
    remaining = new int[m + 1][levelCount];
    weightAfter = new double[m + 1];
    for (int x = m - 1; x >= 0; x--) {
      remaining[x] = remaining[x + 1].clone();
      remaining[x][level[x]]++;
      weightAfter[x] = weightAfter[x + 1] + bestWeightOf[x];
    }

    // The chains' placement is the incumbent; lift the neighbourhood off the board.
    int[] chainSlots = new int[m];
    bestCounts = new int[levelCount];
    bestWeight = 0;
    for (int x = 0; x < m; x++) {
      int d = drafts[x];
      chainSlots[x] = placement.slotOf(d);
      if (chainSlots[x] >= 0) {
        bestCounts[level[x]]++;
        bestWeight += board.slotWeight(records[d].home, chainSlots[x]);
        placement.lift(d);
      }
    }
    bestSlots = chainSlots.clone();
    slotAt = new int[m];
    Arrays.fill(slotAt, -1);
    counts = new int[levelCount];
    weight = 0;
    improved = false;
    nodes = 0;
    boolean complete = descend(0);
    total -= nodes;
    int[] chosen = complete && improved ? bestSlots : chainSlots;
    for (int x = 0; x < m; x++) {
      int d = drafts[x];
      if (chosen[x] >= 0) {
        placement.put(d, chosen[x]);
      }
    }
    if (chosen == chainSlots) {
      return;
    }
    for (int x = 0; x < m; x++) {
      int d = drafts[x];
      if (chosen[x] >= 0) {
        records[d].placedAfterAll();
        continue;
      }
      // Without a mix the optimum is maximal: no free slot is left for a draft it leaves out.
      // With one, a draft left out may have a free slot that the mix rules out.
      UnplacedReason reason =
          placement.freeSlots(d).length > 0
              ? UnplacedReason.MIX_OFF_TARGET
              : UnplacedReason.NO_FREE_SLOT;
      if (chainSlots[x] < 0 && records[d].reason == reason) {
        continue;
      }
      records[d].unplaced(
          reason,
          reason == UnplacedReason.NO_FREE_SLOT
              ? "left out of the best placement of the drafts near it: every slot of its schedule"
                  + " in its window is taken or blocked by spacing or the daily cap, and no"
                  + " placement that includes it places as many drafts of the same or higher"
                  + " priority"
              : "left out of the best placement of the drafts near it: its free slots would put"
                  + " the content mix off target in a rolling window, and no placement that"
                  + " includes it places as many drafts of the same or higher priority");
    }
  }

  /** Searches positions x and later; false when the node budget ran out. */
  private boolean descend(int x) {
    if (++nodes > NODE_BUDGET || nodes > total) {
      return false;
    }
    if (!canBeat(x)) {
      return true;
    }
    if (x == drafts.length) {
      if (mix != null) {
        nodes += mixPosts;
        if (!keepsToMix()) {
          return true;
        }
      }
      bestSlots = slotAt.clone();
      bestCounts = counts.clone();
      bestWeight = weight;
      improved = true;
      return true;
    }
    int d = drafts[x];
    DraftRecord r = records[d];
    int k = r.home;
    boolean previousOut = sameAsPrevious[x] && slotAt[x - 1] < 0;
    if (!previousOut) {
      int after = sameAsPrevious[x] ? slotAt[x - 1] : -1;
      int[] free = freeSlots(k, r.bindingClass, Math.max(lo[x], after + 1), hi[x]);
      for (int i : free) {
        placement.put(d, i);
        slotAt[x] = i;
        counts[level[x]]++;
        weight += board.slotWeight(k, i);
        boolean complete = descend(x + 1);
        weight -= board.slotWeight(k, i);
        counts[level[x]]--;
        slotAt[x] = -1;
        placement.lift(d);
        if (!complete) {
          return false;
        }
      }
    }
    return descend(x + 1);
  }

  /**
   * Whether placing every draft from position x on could still beat the best placement found:
   * more drafts priority first, or as many with more slot weight.
   */
  private boolean canBeat(int x) {
    int[] rest = remaining[x];
    for (int l = 0; l < counts.length; l++) {
      int bound = counts[l] + rest[l];
      if (bound != bestCounts[l]) {
        return bound > bestCounts[l];
      }
    }
    return weight + weightAfter[x] > bestWeight;
  }

  /** Whether every mix sequence, as the board stands, keeps every full window to the mix. */
  private boolean keepsToMix() {
    for (MixAssignment.Sequence sequence : mix.sequences(records).values()) {
      if (!sequence.holds()) {
        return false;
      }
    }
    return true;
  }

  /** The free slots of schedule k in [from, to) for binding class c, counted as steps. */
  private int[] freeSlots(int k, int c, int from, int to) {
    nodes += Math.max(0, to - from);
    return placement.freeSlots(k, c, from, to);
  }
}
