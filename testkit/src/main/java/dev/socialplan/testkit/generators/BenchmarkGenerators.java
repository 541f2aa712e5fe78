package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.analytics.benchmark.BenchmarkEntry;
import dev.socialplan.analytics.benchmark.CompetitiveBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the {@code dev.socialplan.analytics.benchmark} package: entries
 * with any figure known or unknown (zero included), and benchmarks of a brand and up to a given
 * number of competitors with distinct names. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class BenchmarkGenerators {

  private BenchmarkGenerators() {}

  /**
   * Generates entries with the given name; each figure is unknown about one time in five.
   *
   * @param name the entry's name, not blank
   * @return constructible entries
   */
  public static Gen<BenchmarkEntry> entries(String name) {
    // toOptionals(p) gives an empty Optional p % of the time.
    Gen<Optional<Long>> count = longs().between(0, 10_000_000).mix(longs().between(0, 5), 20).toOptionals(20);
    return in -> {
      BenchmarkEntry.Builder b = BenchmarkEntry.builder().name(name);
      count.generate(in).ifPresent(b::mentions);
      count.generate(in).ifPresent(b::engagements);
      count.generate(in).ifPresent(b::posts);
      count.generate(in).ifPresent(b::followersAtStart);
      count.generate(in).ifPresent(b::followersAtEnd);
      return b.build();
    };
  }

  /**
   * Generates entries whose mentions and engagements are always known.
   *
   * @param name the entry's name, not blank
   * @return constructible entries with both share-of-voice counts
   */
  public static Gen<BenchmarkEntry> entriesWithVoice(String name) {
    return entries(name)
        .zip(
            longs().between(0, 10_000_000),
            longs().between(0, 10_000_000),
            (e, m, g) -> BenchmarkEntry.builder().from(e).mentions(m).engagements(g).build());
  }

  /**
   * Generates benchmarks of a brand named {@code "Brand"} and zero to {@code maxCompetitors}
   * competitors named {@code C1}, {@code C2}, ….
   *
   * @param maxCompetitors the largest number of competitors
   * @param withVoice whether every entry's mentions and engagements are known
   * @return constructible benchmarks
   */
  public static Gen<CompetitiveBenchmark> benchmarks(int maxCompetitors, boolean withVoice) {
    Gen<Integer> size = integers().between(0, maxCompetitors);
    return in -> {
      BenchmarkEntry brand = (withVoice ? entriesWithVoice("Brand") : entries("Brand")).generate(in);
      int n = size.generate(in);
      List<BenchmarkEntry> competitors = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        competitors.add((withVoice ? entriesWithVoice("C" + i) : entries("C" + i)).generate(in));
      }
      return CompetitiveBenchmark.of(brand, competitors);
    };
  }
}
