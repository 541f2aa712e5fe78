package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.benchmark.BenchmarkEntry;
import dev.socialplan.analytics.benchmark.CompetitiveBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BenchmarkGeneratorsTest {
  private static final long SEED = 20261124L;
  private static final long MAX_COUNT = 10_000_000;
  private static final List<Function<BenchmarkEntry, OptionalLong>> FIGURES =
      List.of(
          BenchmarkEntry::mentions,
          BenchmarkEntry::engagements,
          BenchmarkEntry::posts,
          BenchmarkEntry::followersAtStart,
          BenchmarkEntry::followersAtEnd);

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void entriesKeepTheirNameAndHaveEachFigureKnownOrUnknown() {
    List<BenchmarkEntry> entries = sample(BenchmarkGenerators.entries("Glow"), 300);
    assertThat(entries).allSatisfy(e -> assertThat(e.name()).isEqualTo("Glow"));
    for (Function<BenchmarkEntry, OptionalLong> figure : FIGURES) {
      assertThat(entries).anyMatch(e -> figure.apply(e).isEmpty());
      assertThat(entries).anyMatch(e -> figure.apply(e).isPresent());
      assertThat(entries).anyMatch(e -> figure.apply(e).orElse(-1) == 0);
      assertThat(entries)
          .allSatisfy(e -> assertThat(figure.apply(e).orElse(0)).isBetween(0L, MAX_COUNT));
    }
    long unknown =
        entries.stream().filter(e -> e.mentions().isEmpty()).count();
    // Unknown about one time in five: well away from never and always.
    assertThat(unknown).isBetween(20L, 120L);
  }

  @Test
  void entriesWithVoiceAlwaysKnowMentionsAndEngagements() {
    List<BenchmarkEntry> entries = sample(BenchmarkGenerators.entriesWithVoice("Rival"), 200);
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.name()).isEqualTo("Rival");
              assertThat(e.mentions()).isPresent();
              assertThat(e.engagements()).isPresent();
            });
    assertThat(entries).anyMatch(e -> e.posts().isEmpty());
  }

  @Test
  void benchmarksNameTheBrandAndNumberTheCompetitors() {
    List<CompetitiveBenchmark> benchmarks = sample(BenchmarkGenerators.benchmarks(4, false), 200);
    assertThat(benchmarks)
        .allSatisfy(
            b -> {
              assertThat(b.brand().name()).isEqualTo("Brand");
              assertThat(b.competitors()).hasSizeLessThanOrEqualTo(4);
              List<String> names =
                  b.competitors().stream().map(BenchmarkEntry::name).collect(Collectors.toList());
              for (int i = 0; i < names.size(); i++) {
                assertThat(names.get(i)).isEqualTo("C" + (i + 1));
              }
            });
    assertThat(benchmarks).anyMatch(b -> b.competitors().isEmpty());
    assertThat(benchmarks).anyMatch(b -> b.competitors().size() == 4);
    assertThat(benchmarks).anyMatch(b -> b.entries().stream().anyMatch(e -> e.mentions().isEmpty()));
  }

  @Test
  void benchmarksWithVoiceAlwaysHaveAShareOfVoiceInput() {
    List<CompetitiveBenchmark> benchmarks = sample(BenchmarkGenerators.benchmarks(3, true), 200);
    assertThat(benchmarks)
        .allSatisfy(
            b ->
                assertThat(b.entries())
                    .allSatisfy(
                        e -> {
                          assertThat(e.mentions()).isPresent();
                          assertThat(e.engagements()).isPresent();
                        }));
  }
}
