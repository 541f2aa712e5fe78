package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.testkit.generators.ContentGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ContentMixPropertiesTest {
  private static final Instant START = Instant.parse("2027-01-04T00:00:00Z");

  @Test
  void everyPostIsCountedInExactlyOneSlice() {
    qt().forAll(ContentGenerators.mixes(), ContentGenerators.kindSequences(60))
        .checkAssert(
            (mix, posts) -> {
              MixEvaluation e = mix.evaluate(posts);
              assertThat(e.shares().stream().mapToLong(SliceShare::count).sum())
                  .isEqualTo(posts.size());
              for (ContentKind k : posts) {
                assertThat(mix.slices().stream().filter(s -> s.contains(k))).hasSize(1);
              }
            });
  }

  @Test
  void tallyAgreesWithEvaluationAndMinusUndoesPlus() {
    qt().forAll(ContentGenerators.mixes(), ContentGenerators.kindSequences(40), ContentGenerators.kinds())
        .checkAssert(
            (mix, posts, extra) -> {
              MixTally tally = mix.emptyTally();
              for (ContentKind k : posts) {
                tally = tally.plus(k);
              }
              assertThat(tally.evaluate()).isEqualTo(mix.evaluate(posts));
              assertThat(tally.plus(extra).minus(extra)).isEqualTo(tally);
              assertThat(tally.isWithinTolerance()).isEqualTo(tally.evaluate().isWithinTolerance());
            });
  }

  @Test
  void slidingCountWindowsAgreeWithEvaluatingEveryWindowAnew() {
    qt().forAll(
            ContentGenerators.mixes(), ContentGenerators.kindSequences(80), integers().between(1, 15))
        .checkAssert(
            (mix, posts, size) -> {
              List<Integer> expected = new ArrayList<>();
              for (int k = size - 1; k < posts.size(); k++) {
                if (!mix.evaluate(posts.subList(k - size + 1, k + 1)).isWithinTolerance()) {
                  expected.add(k);
                }
              }
              List<MixWindow> off = mix.offTargetWindows(posts, Function.identity(), size);
              assertThat(off).extracting(MixWindow::last).containsExactlyElementsOf(expected);
              for (MixWindow w : off) {
                assertThat(w.evaluation())
                    .isEqualTo(mix.evaluate(posts.subList(w.first(), w.last() + 1)));
              }
            });
  }

  @Test
  void slidingTimeWindowsAgreeWithEvaluatingEveryWindowAnew() {
    Gen<List<Integer>> gaps = lists().of(integers().between(0, 48)).ofSizeBetween(0, 60);
    qt().forAll(ContentGenerators.mixes(), gaps, integers().between(1, 96), integers().between(1, 6))
        .checkAssert(
            (mix, hoursBetween, windowHours, minimum) -> {
              List<Instant> times = new ArrayList<>();
              Instant t = START;
              for (int h : hoursBetween) {
                t = t.plus(Duration.ofHours(h));
                times.add(t);
              }
              ContentKind[] kinds = new ContentKind[times.size()];
              for (int i = 0; i < kinds.length; i++) {
                kinds[i] =
                    ContentKind.of(
                        PostPurpose.values()[(i * 7 + hoursBetween.get(i)) % 4],
                        ContentSource.values()[(i + hoursBetween.get(i)) % 3]);
              }
              List<Integer> index = new ArrayList<>();
              for (int i = 0; i < kinds.length; i++) {
                index.add(i);
              }
              Duration window = Duration.ofHours(windowHours);
              List<Integer> expected = new ArrayList<>();
              for (int k = 0; k < kinds.length; k++) {
                List<ContentKind> in = new ArrayList<>();
                for (int j = 0; j <= k; j++) {
                  if (times.get(j).isAfter(times.get(k).minus(window))) {
                    in.add(kinds[j]);
                  }
                }
                if (in.size() >= minimum && !mix.evaluate(in).isWithinTolerance()) {
                  expected.add(k);
                }
              }
              List<MixWindow> off =
                  mix.offTargetWindows(index, i -> kinds[i], times::get, window, minimum);
              assertThat(off).extracting(MixWindow::last).containsExactlyElementsOf(expected);
            });
  }
}
