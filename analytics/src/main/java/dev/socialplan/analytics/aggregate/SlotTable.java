package dev.socialplan.analytics.aggregate;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative long keys to dense slot numbers 0, 1, 2, … in order of
 * first appearance, for group keys too many to index directly.
 */
final class SlotTable {
  private static final long EMPTY = -1;

  private long[] keys;
  private int[] slots;
  private long[] keyOfSlot;
  private int size;
  private int mask;

  SlotTable() {
    keys = new long[1024];
    Arrays.fill(keys, EMPTY);
    slots = new int[1024];
    keyOfSlot = new long[512];
    mask = 1023;
  }

  int size() {
    return size;
  }

  long keyAt(int slot) {
    return keyOfSlot[slot];
  }

  int slotOf(long key) {
    int i = mix(key) & mask;
    while (true) {
      long k = keys[i];
      if (k == key) {
        return slots[i];
      }
      if (k == EMPTY) {
        keys[i] = key;
        slots[i] = size;
        if (size == keyOfSlot.length) {
          keyOfSlot = Arrays.copyOf(keyOfSlot, size * 2);
        }
        keyOfSlot[size] = key;
        int slot = size++;
        if (size * 2 > keys.length) {
          grow();
        }
        return slot;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    slots = new int[keys.length];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = mix(oldKeys[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
