package dev.socialplan.analytics.aggregate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The UTC offsets of a zone over a range of epoch seconds, as a sorted table of windows, so the
 * columnar path can turn millions of instants into local times without creating objects. Agrees
 * with {@link Instant#atZone(ZoneId)}, which uses {@link ZoneRules#getOffset(Instant)}. Not
 * thread-safe (it remembers the last window); one per aggregation.
 */
final class OffsetTable {
  /** Window starts, ascending; the first is {@link Long#MIN_VALUE}. */
  private final long[] starts;

  /** The offset in seconds in each window. */
  private final int[] offsets;

  /** The smallest and largest offsets in the table. */
  final int minOffset;

  final int maxOffset;

  private int last;

  private OffsetTable(long[] starts, int[] offsets) {
    this.starts = starts;
    this.offsets = offsets;
    this.minOffset = Arrays.stream(offsets).min().orElse(0);
    this.maxOffset = Arrays.stream(offsets).max().orElse(0);
  }

  static OffsetTable of(ZoneId zone, long minEpochSecond, long maxEpochSecond) {
    ZoneRules rules = zone.getRules();
    Instant first = Instant.ofEpochSecond(minEpochSecond);
    long[] starts = new long[8];
    int[] offsets = new int[8];
    starts[0] = Long.MIN_VALUE;
    offsets[0] = rules.getOffset(first).getTotalSeconds();
    int n = 1;
    if (!rules.isFixedOffset()) {
      ZoneOffsetTransition t = rules.nextTransition(first);
      while (t != null && t.toEpochSecond() <= maxEpochSecond) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          offsets = Arrays.copyOf(offsets, n * 2);
        }
        starts[n] = t.toEpochSecond();
        offsets[n] = t.getOffsetAfter().getTotalSeconds();
        n++;
        t = rules.nextTransition(t.getInstant());
      }
    }
    return new OffsetTable(Arrays.copyOf(starts, n), Arrays.copyOf(offsets, n));
  }

  int offsetAt(long epochSecond) {
    int w = last;
    if (epochSecond >= starts[w] && (w + 1 == starts.length || epochSecond < starts[w + 1])) {
      return offsets[w];
    }
    int i = Arrays.binarySearch(starts, epochSecond);
    w = i >= 0 ? i : -i - 2;
    last = w;
    return offsets[w];
  }

  /** Tables with at most this many windows are read without branches ({@link #localTimes}). */
  private static final int BRANCH_FREE_WINDOWS = 8;

  /**
   * Writes {@code out[i] = epoch[from + i] + offset − origin} for {@code n} instants. Instants in
   * no particular order make the window test of {@link #offsetAt} mispredict about every other
   * time; a short table (a year has three windows) is instead summed branch-free: the first
   * window's offset plus the change at each later window start the instant has reached.
   */
  void localTimes(long[] epoch, int from, int n, long[] out, long origin) {
    int windows = starts.length;
    if (windows > BRANCH_FREE_WINDOWS) {
      for (int i = 0; i < n; i++) {
        long s = epoch[from + i];
        out[i] = s + offsetAt(s) - origin;
      }
      return;
    }
    long first = offsets[0] - origin;
    for (int i = 0; i < n; i++) {
      out[i] = epoch[from + i] + first;
    }
    // One pass per window start, each adding the offset's change where the instant has reached
    // it. The mask (all ones from the start on: starts and instants are within ±10^12 s, so the
    // difference does not overflow) keeps each pass free of branches and multiplications, so that
    // it runs on vector instructions.
    for (int k = 1; k < windows; k++) {
      long before = starts[k] - 1;
      long change = offsets[k] - offsets[k - 1];
      for (int i = 0; i < n; i++) {
        out[i] += -((before - epoch[from + i]) >>> 63) & change;
      }
    }
  }
}
