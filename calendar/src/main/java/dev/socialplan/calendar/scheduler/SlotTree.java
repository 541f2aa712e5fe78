package dev.socialplan.calendar.scheduler;

/**
 * A segment tree over the weights of one schedule's slots (in time order) answering "the
 * highest-weighted slot still free in [lo, hi), the earliest on ties" in O(log n). Blocking a slot
 * (taken, or too close to a post, or on a full day) is permanent, as posts are never removed while a
 * request is scheduled. Not thread-safe: one instance per scheduling run.
 */
final class SlotTree {
  private final int leaves;
  private final double[] best;
  private final int[] at;
  private final boolean[] blocked;

  SlotTree(double[] weights) {
    int size = 1;
    while (size < weights.length) {
      size <<= 1;
    }
    this.leaves = size;
    this.best = new double[2 * size];
    this.at = new int[2 * size];
    this.blocked = new boolean[weights.length];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    java.util.Arrays.fill(at, -1);
    for (int i = 0; i < weights.length; i++) {
      best[size + i] = weights[i];
      at[size + i] = i;
    }
    for (int node = size - 1; node >= 1; node--) {
      pull(node);
    }
  }

  boolean isBlocked(int slot) {
    return blocked[slot];
  }

  /** Blocks a slot; returns false if it was blocked already. */
  boolean block(int slot) {
    if (blocked[slot]) {
      return false;
    }
    blocked[slot] = true;
    int node = leaves + slot;
    best[node] = Double.NEGATIVE_INFINITY;
    for (node >>= 1; node >= 1; node >>= 1) {
      pull(node);
    }
    return true;
  }

  /** Blocks every slot in [lo, hi). */
  void blockRange(int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      block(i);
    }
  }

  /** Returns the free slot in [lo, hi) with the highest weight, the earliest on ties, or -1. */
  int best(int lo, int hi) {
    double bestWeight = Double.NEGATIVE_INFINITY;
    int bestSlot = -1;
    int l = lo + leaves;
    int r = hi + leaves;
    while (l < r) {
      if ((l & 1) == 1) {
        if (better(best[l], at[l], bestWeight, bestSlot)) {
          bestWeight = best[l];
          bestSlot = at[l];
        }
        l++;
      }
      if ((r & 1) == 1) {
        r--;
        if (better(best[r], at[r], bestWeight, bestSlot)) {
          bestWeight = best[r];
          bestSlot = at[r];
        }
      }
      l >>= 1;
      r >>= 1;
    }
    return bestWeight == Double.NEGATIVE_INFINITY ? -1 : bestSlot;
  }

  private void pull(int node) {
    int left = 2 * node;
    int right = left + 1;
    if (better(best[right], at[right], best[left], at[left])) {
      best[node] = best[right];
      at[node] = at[right];
    } else {
      best[node] = best[left];
      at[node] = at[left];
    }
  }

  /** Higher weight wins; on equal weights the earlier (smaller, non-negative) slot wins. */
  private static boolean better(double weight, int slot, double otherWeight, int otherSlot) {
    if (weight != otherWeight) {
      return weight > otherWeight;
    }
    return slot >= 0 && (otherSlot < 0 || slot < otherSlot);
  }
}
