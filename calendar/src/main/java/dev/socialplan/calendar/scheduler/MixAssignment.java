package dev.socialplan.calendar.scheduler;

import static dev.socialplan.calendar.scheduler.SchedulingRun.sortedIndices;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 2 of a {@link SchedulingRun}, when the request holds a mix target: re-assigns the drafts
 * to the reserved slots in time order so that every full window ending at a placed post keeps to
 * the mix. At each slot, among the drafts of its schedule whose campaign
 * window contains it, the one with the earliest campaign deadline wins, then the highest priority,
 * then the earliest in the backlog; a draft whose kind would put a window off target is passed
 * over for the next. A slot with no acceptable draft stays empty.
 *
 * <p>Mutable working state of one run, used by one thread.
 */
final class MixAssignment {
  private static final double EPSILON = 1e-9;

  private final SchedulingRequest request;
  private final SlotBoard board;
  private final DraftRecord[] records;
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
  private final Map<Platform, Group> groups = new HashMap<>();
  private final Group wholeCalendar = new Group("the calendar");

  MixAssignment(SchedulingRequest request, SlotBoard board, DraftRecord[] records) {
    this.request = request;
    this.board = board;
    this.records = records;
    this.target = request.mix().orElseThrow();
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
    int count = records.length;
    this.byRank =
        sortedIndices(
            count,
            (a, b) -> {
              int byDeadline = records[a].deadline.compareTo(records[b].deadline);
              if (byDeadline != 0) {
                return byDeadline;
              }
              if (records[a].priority != records[b].priority) {
                return records[a].priority > records[b].priority ? -1 : 1;
              }
              return Integer.compare(a, b);
            });
    this.rank = new int[count];
    for (int r = 0; r < count; r++) {
      rank[byRank[r]] = r;
    }
    for (DraftRecord record : records) {
      record.slice = slice(record.draft.content().kind());
    }
  }

  /** The index of a kind's slice in the mix target. */
  int slice(ContentKind kind) {
    return sliceOf[kind.purpose().ordinal()][kind.source().ordinal()];
  }

  void run() {
    int n = board.scheduleCount();
    // The reserved slots of every schedule, freed for re-assignment, in time order overall.
    int events = 0;
    int[][] reservedDrafts = new int[n][];
    for (int k = 0; k < n; k++) {
      int c = 0;
      for (int i = 0; i < board.slotCount(k); i++) {
        c += board.draftOn(k, i) >= 0 ? 1 : 0;
      }
      reservedDrafts[k] = new int[c];
      events += c;
    }
    int[] eventSchedule = new int[events];
    int[] eventSlot = new int[events];
    int e = 0;
    for (int k = 0; k < n; k++) {
      int c = 0;
      for (int i = 0; i < board.slotCount(k); i++) {
        if (board.draftOn(k, i) >= 0) {
          reservedDrafts[k][c++] = board.draftOn(k, i);
          board.assign(k, i, -1);
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
                  board.slotTime(eventSchedule[a], eventSlot[a]).compareTo(
                      board.slotTime(eventSchedule[b], eventSlot[b]));
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
                int byTime = records[mine[a]].release.compareTo(records[mine[b]].release);
                return byTime != 0 ? byTime : Integer.compare(mine[a], mine[b]);
              });
      int[] sorted = new int[mine.length];
      for (int r = 0; r < mine.length; r++) {
        sorted[r] = mine[byRelease[r]];
      }
      reservedDrafts[k] = sorted;
      // One queue per slice and binding class: a bound slot takes only drafts of its class.
      waiting[k] = new IntHeap[shares.length * board.classCount(k)];
      for (int c = 0; c < waiting[k].length; c++) {
        waiting[k][c] = new IntHeap();
      }
    }

    // Existing posts that count for the mix, in calendar order, before the end of the period.
    List<ScheduledPost> existing = new ArrayList<>();
    for (ScheduledPost post : request.existing()) {
      if (!post.time().isBefore(request.period().getEnd())) {
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
        if (!board.slotTime(k, eventSlot[ev]).equals(now)) {
          break;
        }
        int[] mine = reservedDrafts[k];
        IntHeap[] queues = waiting[k];
        while (nextRelease[k] < mine.length && !records[mine[nextRelease[k]]].release.isAfter(now)) {
          int d = mine[nextRelease[k]++];
          queues[queueOf(k, d)].add(rank[d]);
        }
        int found = 0;
        int classes = board.classCount(k);
        int slotClass = board.slotClass(k, eventSlot[ev]);
        if (candidates.length < queues.length) {
          candidates = new int[queues.length];
        }
        for (int q = 0; q < queues.length; q++) {
          IntHeap queue = queues[q];
          while (!queue.isEmpty() && !records[byRank[queue.peek()]].deadline.isAfter(now)) {
            lostToMix(byRank[queue.poll()]);
          }
          if (!queue.isEmpty() && (slotClass == 0 || q % classes == slotClass)) {
            candidates[found++] = queue.peek();
          }
        }
        Arrays.sort(candidates, 0, found);
        Group g = group(board.schedule(k).platform());
        List<Member> batch = g.batch(touched);
        for (int c = 0; c < found; c++) {
          int d = byRank[candidates[c]];
          Member member = new Member(records[d].postId, records[d].slice, true);
          if (g.accepts(batch, member)) {
            g.add(member);
            queues[queueOf(k, d)].poll();
            board.assign(k, eventSlot[ev], d);
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

  /**
   * The repair after {@link #run()}: each draft lost to the mix or left without a free slot (slots
   * the mix left empty are free again), by priority, then deadline, then backlog order, goes to the best free slot of its schedule and window (highest weight, then
   * earliest) where it puts no window off target: every full window ending at a placed post, from
   * it to the window's length after it, keeps to the mix. Posts are only added, so the only windows
   * that change are the ones the added post joins, and those are the ones checked. The look-ahead
   * of the first pass (a first window that could no longer be completed) is not applied here: the
   * posts after are already placed, and a sequence shorter than a window breaks no target. A draft
   * lost to the mix with no such slot is tried once more by an ejection chain of {@link
   * Reassignment} (moves only), kept if its whole sequence still keeps to the mix.
   */
  void repair(Reassignment moves, int[] order) {
    Map<Object, Sequence> sequences = sequences(records);
    for (int d : order) {
      DraftRecord record = records[d];
      if (record.reason != UnplacedReason.MIX_OFF_TARGET && record.reason != UnplacedReason.NO_FREE_SLOT) {
        continue;
      }
      int k = record.home;
      Sequence sequence = sequence(sequences, board.schedule(k).platform());
      boolean placed = false;
      for (int slot : moves.freeSlots(d)) {
        Instant time = board.slotTime(k, slot);
        int at = sequence.positionOf(time, record.postId);
        if (sequence.acceptsAt(at, record.slice)) {
          moves.put(d, slot);
          sequence.insert(at, time, record.postId, record.slice);
          placed = true;
          break;
        }
      }
      if (!placed && record.reason == UnplacedReason.MIX_OFF_TARGET && moves.placeMovingOnly(d)) {
        // The chain moved posts of this draft's sequence (a chain stays within the schedules of
        // one platform): judge that sequence whole, and take the chain back if it breaks the mix.
        Map<Object, Sequence> after = sequences(records);
        if (sequence(after, board.schedule(k).platform()).holds()) {
          sequences = after;
          placed = true;
        } else {
          moves.undo();
        }
      }
      if (placed) {
        record.placedAfterAll();
      }
    }
  }

  /**
   * The mix sequences as the board stands: existing posts that count, and the posts on the board,
   * each the post of its record in {@code all} (the drafts, and recycled posts after them).
   */
  Map<Object, Sequence> sequences(DraftRecord[] all) {
    Map<Object, Sequence> sequences = new HashMap<>();
    for (ScheduledPost post : request.existing()) {
      if (!post.time().isBefore(request.period().getEnd())) {
        break;
      }
      if (post.status().occupiesSlot()) {
        sequence(sequences, post.platform()).append(post.time(), post.id(), slice(post.content().kind()), false);
      }
    }
    for (int k = 0; k < board.scheduleCount(); k++) {
      Sequence sequence = sequence(sequences, board.schedule(k).platform());
      for (int i = 0; i < board.slotCount(k); i++) {
        int d = board.draftOn(k, i);
        if (d >= 0) {
          sequence.append(board.slotTime(k, i), all[d].postId, all[d].slice, true);
        }
      }
    }
    for (Sequence sequence : sequences.values()) {
      sequence.sort();
    }
    return sequences;
  }

  /** The sequence a post on a platform belongs to, made empty when it has no post yet. */
  Sequence sequence(Map<Object, Sequence> sequences, Platform platform) {
    return sequences.computeIfAbsent(
        target.scope() == MixScope.CALENDAR ? MixScope.CALENDAR : platform, key -> new Sequence());
  }

  /** One mix sequence as a list in calendar order (time, then id), for the repair. */
  final class Sequence {
    Instant[] times = new Instant[16];
    String[] ids = new String[16];
    int[] slices = new int[16];
    boolean[] placed = new boolean[16];
    int length;

    void append(Instant time, String id, int slice, boolean isPlaced) {
      grow();
      times[length] = time;
      ids[length] = id;
      slices[length] = slice;
      placed[length++] = isPlaced;
    }

    private void grow() {
      if (length == times.length) {
        times = Arrays.copyOf(times, 2 * length);
        ids = Arrays.copyOf(ids, 2 * length);
        slices = Arrays.copyOf(slices, 2 * length);
        placed = Arrays.copyOf(placed, 2 * length);
      }
    }

    void sort() {
      int[] order =
          sortedIndices(
              length,
              (a, b) -> {
                int byTime = times[a].compareTo(times[b]);
                return byTime != 0 ? byTime : ids[a].compareTo(ids[b]);
              });
      Instant[] t = new Instant[times.length];
      String[] i = new String[times.length];
      int[] c = new int[times.length];
      boolean[] p = new boolean[times.length];
      for (int r = 0; r < length; r++) {
        t[r] = times[order[r]];
        i[r] = ids[order[r]];
        c[r] = slices[order[r]];
        p[r] = placed[order[r]];
      }
      times = t;
      ids = i;
      slices = c;
      placed = p;
    }

    /** Where a post at a time with an id goes in calendar order. */
    int positionOf(Instant time, String id) {
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        int byTime = times[mid].compareTo(time);
        if (byTime < 0 || (byTime == 0 && ids[mid].compareTo(id) < 0)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * Tells whether a placed post of a slice may go in at a position: every window ending at a
     * placed post, from it to {@code window - 1} posts after it, keeps to the mix afterwards.
     */
    boolean acceptsAt(int at, int slice) {
      long[] counts = new long[shares.length];
      int last = Math.min(at + window - 1, length);
      for (int end = Math.max(at, window - 1); end <= last; end++) {
        if (end != at && !placed[end - 1]) {
          continue;
        }
        Arrays.fill(counts, 0);
        for (int p = Math.max(0, end - window + 1); p <= end; p++) {
          counts[p == at ? slice : slices[p < at ? p : p - 1]]++;
        }
        if (end + 1 >= window && !withinTolerance(counts)) {
          return false;
        }
      }
      return true;
    }

    /** Tells whether every full window ending at a placed post keeps to the mix. */
    boolean holds() {
      long[] counts = new long[shares.length];
      for (int p = 0; p < length; p++) {
        counts[slices[p]]++;
        if (p >= window) {
          counts[slices[p - window]]--;
        }
        if (p >= window - 1 && placed[p] && !withinTolerance(counts)) {
          return false;
        }
      }
      return true;
    }

    void insert(int at, Instant time, String id, int slice) {
      grow();
      System.arraycopy(times, at, times, at + 1, length - at);
      System.arraycopy(ids, at, ids, at + 1, length - at);
      System.arraycopy(slices, at, slices, at + 1, length - at);
      System.arraycopy(placed, at, placed, at + 1, length - at);
      times[at] = time;
      ids[at] = id;
      slices[at] = slice;
      placed[at] = true;
      length++;
    }
  }

  /** The queue of a draft on schedule k: by slice, then binding class. */
  private int queueOf(int k, int d) {
    return records[d].slice * board.classCount(k) + records[d].bindingClass;
  }

  private Instant eventTime(int event, int[] eventSchedule, int[] eventSlot) {
    return board.slotTime(eventSchedule[event], eventSlot[event]);
  }

  /** The sequence a post on a platform belongs to. Only looked up, never iterated. */
  private Group group(Platform platform) {
    if (target.scope() == MixScope.CALENDAR) {
      return wholeCalendar;
    }
    return groups.computeIfAbsent(platform, p -> new Group(p.id()));
  }

  private void lostToMix(int d) {
    DraftRecord record = records[d];
    record.unplaced(
        UnplacedReason.MIX_OFF_TARGET,
        "no slot of the schedule for "
            + Channel.of(board.schedule(record.home))
            + " that was free for it kept the "
            + mix.name()
            + " mix within tolerance in every rolling window of "
            + window
            + " posts ("
            + (target.scope() == MixScope.CALENDAR ? "whole calendar" : record.draft.platform().id())
            + ") with a "
            + mix.slices().get(record.slice).name()
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
