package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

/** The scheduler's int heap against java.util.PriorityQueue. */
class IntHeapTest {

  @Test
  void pollsInTheOrderOfAPriorityQueue() {
    // Non-negative values add, -1 polls (when not empty); small values make duplicates common.
    qt().withExamples(500)
        .forAll(lists().of(integers().between(-1, 20)).ofSizeBetween(0, 60))
        .checkAssert(
            ops -> {
              IntHeap heap = new IntHeap();
              PriorityQueue<Integer> reference = new PriorityQueue<>();
              for (int op : ops) {
                if (op >= 0) {
                  heap.add(op);
                  reference.add(op);
                } else if (!reference.isEmpty()) {
                  assertThat(heap.peek()).isEqualTo(reference.peek());
                  assertThat(heap.poll()).isEqualTo(reference.poll());
                }
                assertThat(heap.size()).isEqualTo(reference.size());
                assertThat(heap.isEmpty()).isEqualTo(reference.isEmpty());
              }
              while (!reference.isEmpty()) {
                assertThat(heap.poll()).isEqualTo(reference.poll());
              }
              assertThat(heap.isEmpty()).isTrue();
            });
  }

  @Test
  void growsPastItsFirstCapacity() {
    IntHeap heap = new IntHeap();
    for (int v = 20; v >= 0; v--) {
      heap.add(v);
    }
    assertThat(heap.size()).isEqualTo(21);
    for (int v = 0; v <= 20; v++) {
      assertThat(heap.poll()).isEqualTo(v);
    }
    assertThat(heap.isEmpty()).isTrue();
  }
}
