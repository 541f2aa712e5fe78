package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.competition} package: handles, observed
 * presences, SWOT analyses and competitors. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class CompetitionGenerators {

  private static final List<String> NAMES =
      List.of("rivaltea", "glow_co", "bubble.bar", "小紅茶", "café-42", "UPPERCASE", "x");
  private static final List<String> POINTS =
      List.of(
          "viral short videos", "slow replies", "no live shopping yet", "rising ad costs",
          "strong UGC", "weak LinkedIn presence", "新市場", "🚀 fast growth");

  private CompetitionGenerators() {}

  /**
   * Generates handles on well-known and custom platforms.
   *
   * @return handles
   */
  public static Gen<Handle> handles() {
    Gen<Platform> platform =
        Generate.pick(Platform.wellKnown()).mix(Generate.pick(List.of(Platform.of("xiaohongshu"), Platform.of("line"))), 20);
    Gen<String> prefix = Generate.pick(List.of("", "@", " @"));
    return platform.zip(
        Generate.pick(NAMES), prefix, (p, n, at) -> Handle.of(p, at + n));
  }

  /**
   * Generates observed presences, each figure present or not.
   *
   * @return presences
   */
  public static Gen<SocialPresence> presences() {
    Gen<Handle> handle = handles();
    Gen<Optional<Long>> followers =
        longs().between(0, 10_000_000_000L).mix(longs().between(0, 1_000), 30).toOptionals(30);
    Gen<Optional<Double>> perWeek = doubles().between(0, 100).toOptionals(30);
    Gen<Optional<Ratio>> rate =
        longs().between(0, 1_000_000).zip(longs().between(0, 10_000_000), Ratio::of).toOptionals(30);
    Gen<Optional<Double>> perPost = doubles().between(0, 1e6).toOptionals(30);
    Gen<Optional<LocalDate>> observed = GoalGenerators.dates().toOptionals(30);
    return in -> {
      SocialPresence.Builder b = SocialPresence.builder().handle(handle.generate(in));
      followers.generate(in).ifPresent(b::followers);
      perWeek.generate(in).ifPresent(b::postsPerWeek);
      rate.generate(in).ifPresent(b::engagementRate);
      perPost.generate(in).ifPresent(b::engagementsPerPost);
      observed.generate(in).ifPresent(b::observedOn);
      return b.build();
    };
  }

  /**
   * Generates SWOT analyses with zero to three entries per quadrant.
   *
   * @return SWOT analyses, the empty one included
   */
  public static Gen<Swot> swots() {
    Gen<List<String>> quadrant = texts(3);
    return quadrant.zip(
        quadrant,
        quadrant,
        quadrant,
        (s, w, o, t) ->
            Swot.builder().strengths(s).weaknesses(w).opportunities(o).threats(t).build());
  }

  /**
   * Generates competitors with zero to four presences, with or without notes and SWOT.
   *
   * @return competitors
   */
  public static Gen<Competitor> competitors() {
    Gen<Integer> serial = integers().between(1, 99);
    Gen<Integer> count = integers().between(0, 4);
    Gen<SocialPresence> presence = presences();
    Gen<Optional<String>> notes = Generate.pick(POINTS).toOptionals(50);
    Gen<Optional<Swot>> swot = swots().toOptionals(30);
    return in -> {
      Competitor.Builder b = Competitor.builder().name("Competitor " + serial.generate(in));
      for (int i = count.generate(in); i > 0; i--) {
        b.addPresence(presence.generate(in));
      }
      notes.generate(in).ifPresent(b::notes);
      swot.generate(in).ifPresent(b::swot);
      return b.build();
    };
  }

  /**
   * Generates lists of competitors, up to a size (the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) says list five; rules flag more).
   *
   * @param maxSize the largest list, zero or more
   * @return lists of zero to {@code maxSize} competitors
   */
  public static Gen<List<Competitor>> competitorLists(int maxSize) {
    Gen<Competitor> competitor = competitors();
    return integers()
        .between(0, maxSize)
        .flatMap(
            size ->
                in -> {
                  List<Competitor> list = new ArrayList<>(size);
                  for (int i = 0; i < size; i++) {
                    list.add(competitor.generate(in));
                  }
                  return List.copyOf(list);
                });
  }

  private static Gen<List<String>> texts(int max) {
    Gen<String> text = Generate.pick(POINTS);
    return integers()
        .between(0, max)
        .flatMap(
            size ->
                in -> {
                  List<String> list = new ArrayList<>(size);
                  for (int i = 0; i < size; i++) {
                    list.add(text.generate(in));
                  }
                  return List.copyOf(list);
                });
  }
}
