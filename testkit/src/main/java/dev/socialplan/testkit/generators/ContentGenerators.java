package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.content.PlatformAdaptation;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.content} package: purposes, sources, post
 * kinds, content mixes (the three classic ones and random custom mixes), pillars, keyword sets and
 * strategies. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class ContentGenerators {
  private static final List<String> WORDS =
      List.of(
          "skincare", "routine", "single mom life", "#selfcare", "recipes", "B2B", "本地", "美妝",
          "behind the scenes", "tips", "how-to", "#momtok", "SaaS", "bakery");

  private ContentGenerators() {}

  /**
   * Generates post purposes.
   *
   * @return every purpose
   */
  public static Gen<PostPurpose> purposes() {
    return Generate.enumValues(PostPurpose.class);
  }

  /**
   * Generates content sources.
   *
   * @return every source
   */
  public static Gen<ContentSource> sources() {
    return Generate.enumValues(ContentSource.class);
  }

  /**
   * Generates post kinds, every purpose with every source.
   *
   * @return content kinds
   */
  public static Gen<ContentKind> kinds() {
    return purposes().zip(sources(), ContentKind::of);
  }

  /**
   * Generates sequences of post kinds, as a calendar would hold them.
   *
   * @param maxSize the longest sequence, not negative
   * @return sequences of zero to {@code maxSize} kinds
   */
  public static Gen<List<ContentKind>> kindSequences(int maxSize) {
    return lists().of(kinds()).ofSizeBetween(0, maxSize);
  }

  /**
   * Generates tolerances from 0 to 0.3.
   *
   * @return tolerances accepted by {@link ContentMix#withTolerance(double)}
   */
  public static Gen<Double> tolerances() {
    return doubles().between(0, 0.3);
  }

  /**
   * Generates content mixes: the 80/20 rule, the rule of thirds, 5-3-2, and custom mixes over
   * purposes or over sources with random whole-number weights, each with a random tolerance.
   *
   * @return constructible mixes
   */
  public static Gen<ContentMix> mixes() {
    Gen<ContentMix> classic =
        Generate.pick(
            List.of(ContentMix.EIGHTY_TWENTY, ContentMix.RULE_OF_THIRDS, ContentMix.FIVE_THREE_TWO));
    Gen<ContentMix> byPurpose =
        lists()
            .of(integers().between(0, 10))
            .ofSize(PostPurpose.values().length)
            .map(
                ws -> {
                  double[] shares = shares(ws);
                  Map<PostPurpose, Double> m = new EnumMap<>(PostPurpose.class);
                  for (PostPurpose p : PostPurpose.values()) {
                    m.put(p, shares[p.ordinal()]);
                  }
                  return ContentMix.ofPurposes("custom purposes " + ws, m);
                });
    Gen<ContentMix> bySource =
        lists()
            .of(integers().between(0, 10))
            .ofSize(ContentSource.values().length)
            .map(
                ws -> {
                  double[] shares = shares(ws);
                  Map<ContentSource, Double> m = new EnumMap<>(ContentSource.class);
                  for (ContentSource s : ContentSource.values()) {
                    m.put(s, shares[s.ordinal()]);
                  }
                  return ContentMix.ofSources("custom sources " + ws, m);
                });
    return classic
        .mix(byPurpose, 40)
        .mix(bySource, 25)
        .zip(tolerances(), ContentMix::withTolerance);
  }

  /**
   * Generates content pillars with random colours and up to five keywords.
   *
   * @return constructible pillars
   */
  public static Gen<ContentPillar> pillars() {
    return Generate.pick(WORDS)
        .zip(
            integers().between(0, 0xFFFFFF),
            lists().of(Generate.pick(WORDS)).ofSizeBetween(0, 5),
            (name, rgb, keywords) ->
                ContentPillar.builder()
                    .name(name)
                    .colour(String.format(Locale.ROOT, "#%06x", rgb))
                    .addAllKeywords(keywords)
                    .build());
  }

  /**
   * Generates keyword sets for the well-known platforms.
   *
   * @return constructible keyword sets
   */
  public static Gen<KeywordSet> keywordSets() {
    return Generate.pick(Platform.wellKnown())
        .zip(
            lists().of(Generate.pick(WORDS)).ofSizeBetween(0, 6),
            (p, ks) -> KeywordSet.builder().platform(p).addAllKeywords(ks).build());
  }

  /**
   * Generates content strategies with up to {@code maxPillars} pillars and as many keyword sets.
   *
   * @param maxPillars the largest number of pillars and of keyword sets, not negative
   * @return constructible strategies
   */
  public static Gen<ContentStrategy> strategies(int maxPillars) {
    return lists()
        .of(pillars())
        .ofSizeBetween(0, maxPillars)
        .zip(
            mixes(),
            lists().of(keywordSets()).ofSizeBetween(0, maxPillars),
            Generate.enumValues(PlatformAdaptation.class),
            (pillars, mix, keywordSets, adaptation) ->
                ContentStrategy.builder()
                    .addAllPillars(pillars)
                    .mix(mix)
                    .addAllKeywordSets(keywordSets)
                    .platformAdaptation(adaptation)
                    .build());
  }

  /** Shares proportional to whole-number weights, the last one absorbing rounding. */
  private static double[] shares(List<Integer> weights) {
    int sum = weights.stream().mapToInt(Integer::intValue).sum();
    double[] shares = new double[weights.size()];
    if (sum == 0) {
      shares[0] = 1.0;
      return shares;
    }
    double used = 0;
    for (int i = 0; i < shares.length - 1; i++) {
      shares[i] = (double) weights.get(i) / sum;
      used += shares[i];
    }
    shares[shares.length - 1] = Math.max(0.0, 1.0 - used);
    return shares;
  }
}
