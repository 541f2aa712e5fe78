package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/** The scheduler's segment tree against a linear scan of the same weights. */
class SlotTreeTest {

  /** The free slot in [lo, hi) with the highest weight, the earliest on ties, or -1. */
  private static int scan(double[] weights, boolean[] blocked, int lo, int hi) {
    int best = -1;
    for (int i = lo; i < hi; i++) {
      if (!blocked[i] && (best < 0 || weights[i] > weights[best])) {
        best = i;
      }
    }
    return best;
  }

  @Test
  void answersEveryRangeAsALinearScanWhileSlotsAreBlocked() {
    // Few distinct weights, so ties are common; sizes around powers of two.
    qt().withExamples(400)
        .forAll(
            lists().of(integers().between(0, 3)).ofSizeBetween(0, 37),
            lists().of(integers().between(0, 36)).ofSizeBetween(0, 40))
        .checkAssert(
            (weightList, blocks) -> {
              int n = weightList.size();
              double[] weights = new double[n];
              for (int i = 0; i < n; i++) {
                weights[i] = weightList.get(i);
              }
              SlotTree tree = new SlotTree(weights);
              boolean[] blocked = new boolean[n];
              assertEveryRange(tree, weights, blocked);
              for (int b : blocks) {
                if (b >= n) {
                  continue;
                }
                assertThat(tree.block(b)).as("block %d", b).isEqualTo(!blocked[b]);
                blocked[b] = true;
                assertThat(tree.isBlocked(b)).isTrue();
                assertEveryRange(tree, weights, blocked);
              }
            });
  }

  private static void assertEveryRange(SlotTree tree, double[] weights, boolean[] blocked) {
    for (int lo = 0; lo <= weights.length; lo++) {
      for (int hi = lo; hi <= weights.length; hi++) {
        assertThat(tree.best(lo, hi)).as("best(%d, %d) of %s", lo, hi, java.util.Arrays.toString(weights))
            .isEqualTo(scan(weights, blocked, lo, hi));
      }
    }
  }

  @Test
  void aBlockedRangeIsNeverTheBestAndEarlierSlotsWinTies() {
    SlotTree tree = new SlotTree(new double[] {1, 5, 5, 2, 5});
    assertThat(tree.best(0, 5)).isEqualTo(1);
    assertThat(tree.isBlocked(1)).isFalse();
    tree.blockRange(1, 3);
    assertThat(tree.isBlocked(1)).isTrue();
    assertThat(tree.isBlocked(2)).isTrue();
    assertThat(tree.isBlocked(3)).isFalse();
    assertThat(tree.best(0, 5)).isEqualTo(4);
    assertThat(tree.best(0, 4)).isEqualTo(3);
    assertThat(tree.best(1, 3)).isEqualTo(-1);
    assertThat(tree.block(1)).isFalse();
    assertThat(new SlotTree(new double[0]).best(0, 0)).isEqualTo(-1);
    SlotTree single = new SlotTree(new double[] {0});
    assertThat(single.best(0, 1)).isZero();
    assertThat(single.block(0)).isTrue();
    assertThat(single.best(0, 1)).isEqualTo(-1);
  }

  @Test
  void theFirstSlotWinsATieToo() {
    // Slot 0 is the one index the tie rule's "non-negative" check could wrongly leave out.
    assertThat(new SlotTree(new double[] {3, 3}).best(0, 2)).isZero();
    assertThat(new SlotTree(new double[] {3, 1, 3}).best(0, 3)).isZero();
  }

  @Test
  void negativeAndInfiniteWeightsAreWeightsLikeAnyOther() {
    SlotTree tree = new SlotTree(new double[] {-3, -1, Double.NEGATIVE_INFINITY, -1});
    assertThat(tree.best(0, 4)).isEqualTo(1);
    tree.block(1);
    assertThat(tree.best(0, 4)).isEqualTo(3);
    tree.block(3);
    assertThat(tree.best(0, 4)).isZero();
    tree.block(0);
    // Only a slot weighted minus infinity is left: indistinguishable from none.
    assertThat(tree.best(0, 4)).isEqualTo(-1);
  }
}
