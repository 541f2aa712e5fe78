package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The slot table against a {@link HashMap} numbering keys in order of first appearance. */
class SlotTableTest {
  @Test
  void numbersKeysInOrderOfFirstAppearanceThroughSeveralGrowths() {
    SlotTable table = new SlotTable();
    Map<Long, Integer> oracle = new HashMap<>();
    Random random = new Random(99);
    for (int i = 0; i < 20_000; i++) {
      // Keys from a small range repeat; large and zero keys appear too.
      long key =
          switch (i % 4) {
            case 0 -> random.nextInt(3_000);
            case 1 -> (long) random.nextInt(3_000) << 32;
            case 2 -> Long.MAX_VALUE - random.nextInt(50);
            default -> random.nextInt(5);
          };
      Integer expected = oracle.computeIfAbsent(key, k -> oracle.size());
      assertThat(table.slotOf(key)).as("key %s", key).isEqualTo(expected);
    }
    assertThat(table.size()).isEqualTo(oracle.size());
    oracle.forEach((key, slot) -> assertThat(table.keyAt(slot)).isEqualTo(key));
    oracle.forEach((key, slot) -> assertThat(table.slotOf(key)).isEqualTo(slot));
    assertThat(table.size()).isEqualTo(oracle.size());
  }

  @Test
  void theFirstKeysTakeSlotsZeroOneTwo() {
    SlotTable table = new SlotTable();
    assertThat(table.slotOf(42)).isZero();
    assertThat(table.slotOf(7)).isEqualTo(1);
    assertThat(table.slotOf(42)).isZero();
    assertThat(table.slotOf(0)).isEqualTo(2);
    assertThat(table.slotOf(7)).isEqualTo(1);
    assertThat(table.size()).isEqualTo(3);
    assertThat(table.keyAt(2)).isZero();
  }
}
