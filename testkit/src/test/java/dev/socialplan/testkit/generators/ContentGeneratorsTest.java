package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.content.MixSlice;
import dev.socialplan.content.PostPurpose;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ContentGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void purposesSourcesAndKindsCoverEveryCombination() {
    assertThat(EnumSet.copyOf(sample(ContentGenerators.purposes(), 100)))
        .isEqualTo(EnumSet.allOf(PostPurpose.class));
    assertThat(EnumSet.copyOf(sample(ContentGenerators.sources(), 100)))
        .isEqualTo(EnumSet.allOf(ContentSource.class));
    Set<ContentKind> kinds = Set.copyOf(sample(ContentGenerators.kinds(), 400));
    assertThat(kinds).hasSize(PostPurpose.values().length * ContentSource.values().length);
  }

  @Test
  void kindSequencesAreUpToTheirLength() {
    List<List<ContentKind>> sequences = sample(ContentGenerators.kindSequences(12), 200);
    assertThat(sequences).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(12));
    assertThat(sequences).anyMatch(List::isEmpty);
    assertThat(sequences).anyMatch(s -> s.size() == 12);
  }

  @Test
  void tolerancesAreFromZeroToThirtyPercent() {
    assertThat(sample(ContentGenerators.tolerances(), 200))
        .allSatisfy(t -> assertThat(t).isBetween(0.0, 0.3))
        .anyMatch(t -> t > 0.2);
  }

  @Test
  void mixesAreTheClassicsOrCustomMixesWhoseSharesAddUpToOne() {
    List<ContentMix> mixes = sample(ContentGenerators.mixes(), 400);
    assertThat(mixes)
        .allSatisfy(
            m -> {
              assertThat(m.slices().stream().mapToDouble(MixSlice::share).sum()).isCloseTo(1.0, within(1e-9));
              assertThat(m.slices()).allSatisfy(s -> assertThat(s.share()).isBetween(0.0, 1.0));
              assertThat(m.tolerance()).isBetween(0.0, 0.3);
            });
    assertThat(mixes).anyMatch(m -> m.name().equals(ContentMix.EIGHTY_TWENTY.name()));
    assertThat(mixes).anyMatch(m -> m.name().equals(ContentMix.RULE_OF_THIRDS.name()));
    assertThat(mixes).anyMatch(m -> m.name().equals(ContentMix.FIVE_THREE_TWO.name()));
    assertThat(mixes).anyMatch(m -> m.name().startsWith("custom purposes"));
    assertThat(mixes).anyMatch(m -> m.name().startsWith("custom sources"));
  }

  @Test
  void pillarsHaveAHexColourAndUpToFiveKeywords() {
    List<ContentPillar> pillars = sample(ContentGenerators.pillars(), 200);
    assertThat(pillars)
        .allSatisfy(
            p -> {
              assertThat(p.colour()).matches("#[0-9a-fA-F]{6}");
              assertThat(p.keywords()).hasSizeLessThanOrEqualTo(5);
              assertThat(p.rgb()).isBetween(0, 0xFFFFFF);
            });
    assertThat(pillars).anyMatch(p -> p.keywords().isEmpty());
    assertThat(pillars).anyMatch(p -> p.name().equals("美妝"));
  }

  @Test
  void keywordSetsAreForWellKnownPlatforms() {
    List<KeywordSet> sets = sample(ContentGenerators.keywordSets(), 200);
    assertThat(sets).allSatisfy(s -> assertThat(s.platform().isWellKnown()).isTrue());
    assertThat(sets).allSatisfy(s -> assertThat(s.keywords()).hasSizeLessThanOrEqualTo(6));
    assertThat(sets).anyMatch(s -> s.keywords().isEmpty());
    assertThat(sets).anyMatch(s -> s.keywords().size() > 2);
  }

  @Test
  void strategiesHoldUpToTheirPillarsAndKeywordSets() {
    List<ContentStrategy> strategies = sample(ContentGenerators.strategies(3), 200);
    assertThat(strategies)
        .allSatisfy(
            s -> {
              assertThat(s.pillars()).hasSizeLessThanOrEqualTo(3);
              assertThat(s.keywordSets()).hasSizeLessThanOrEqualTo(3);
            });
    assertThat(strategies).anyMatch(s -> s.pillars().isEmpty());
    assertThat(strategies).anyMatch(s -> s.pillars().size() == 3);
    assertThat(strategies.stream().map(ContentStrategy::platformAdaptation).distinct().count())
        .isGreaterThan(1);
  }
}
