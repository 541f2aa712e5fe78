package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.testkit.generators.PerformanceGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Summaries are an exact commutative monoid that keeps missing counts. */
class PerformanceSummaryPropertiesTest {
  private static final Gen<PerformanceSummary> SUMMARIES =
      PerformanceGenerators.mixedRecordLists(30).map(PerformanceSummary::of);

  @Test
  void anySplitMergedInAnyOrderAndShapeEqualsTheWholeExactly() {
    qt().withExamples(300)
        .forAll(PerformanceGenerators.mixedRecordLists(200), longs().all())
        .checkAssert(
            (records, seed) ->
                assertThat(
                        Merging.splitAggregateMerge(
                            records, seed, PerformanceSummary::of, PerformanceSummary::merge))
                    .isEqualTo(PerformanceSummary.of(records)));
  }

  @Test
  void mergeIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().forAll(SUMMARIES, SUMMARIES, SUMMARIES)
        .checkAssert(
            (a, b, c) -> {
              assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
              assertThat(a.merge(b)).isEqualTo(b.merge(a));
              assertThat(a.merge(PerformanceSummary.empty())).isEqualTo(a);
              assertThat(PerformanceSummary.empty().merge(a)).isEqualTo(a);
            });
  }

  @Test
  void accumulatorsInAnyOrderAndParallelStreamsAgree() {
    qt().withExamples(300)
        .forAll(PerformanceGenerators.mixedRecordLists(200), longs().all())
        .checkAssert(
            (records, seed) -> {
              List<PerformanceRecord> shuffled = new ArrayList<>(records);
              Collections.shuffle(shuffled, new Random(seed));
              PerformanceAccumulator a = new PerformanceAccumulator();
              shuffled.forEach(a::add);
              PerformanceSummary expected = PerformanceSummary.of(records);
              assertThat(a.snapshot()).isEqualTo(expected);
              assertThat(records.parallelStream().collect(PerformanceSummary.collector()))
                  .isEqualTo(expected);
              PerformanceSummary folded = PerformanceSummary.empty();
              for (PerformanceRecord r : shuffled) {
                folded = folded.plus(r);
              }
              assertThat(folded).isEqualTo(expected);
            });
  }

  @Test
  void missingPlusPresentIsTheCountAndSumsIgnoreMissingValues() {
    qt().forAll(PerformanceGenerators.mixedRecordLists(100))
        .checkAssert(
            records -> {
              PerformanceSummary s = PerformanceSummary.of(records);
              assertThat(s.count()).isEqualTo(records.size());
              for (Measure m : Measure.values()) {
                assertThat(s.present(m) + s.missing(m)).isEqualTo(s.count());
                assertThat(s.missing(m)).isEqualTo(records.stream().filter(r -> !r.has(m)).count());
                assertThat(s.sum(m))
                    .isEqualTo(
                        records.stream().mapToLong(r -> r.count(m).orElse(0)).sum());
              }
              for (MoneyMeasure m : MoneyMeasure.values()) {
                assertThat(s.missing(m))
                    .isEqualTo(records.stream().filter(r -> r.amount(m).isEmpty()).count());
              }
            });
  }

  @Test
  void survivesJavaSerialisation() {
    qt().forAll(SUMMARIES).checkAssert(s -> assertThat(roundTrip(s)).isEqualTo(s));
  }

  static Object roundTrip(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
