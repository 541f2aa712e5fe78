package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.testkit.generators.TacticGenerators;
import org.junit.jupiter.api.Test;

class TierSchemePropertiesTest {

  @Test
  void aCountHasATierExactlyWhenOneBandContainsIt() {
    qt().forAll(TacticGenerators.tierSchemes(), longs().between(0, 20_000_000))
        .checkAssert(
            (scheme, followers) -> {
              long containing = scheme.bands().stream().filter(b -> b.contains(followers)).count();
              assertThat(containing).isLessThanOrEqualTo(1);
              assertThat(scheme.classify(followers).isPresent()).isEqualTo(containing == 1);
              scheme
                  .classify(followers)
                  .ifPresent(t -> assertThat(scheme.band(t).orElseThrow().contains(followers)).isTrue());
            });
  }

  @Test
  void tiersNeverGoDownAsFollowersGrowInTheProvidedSchemes() {
    qt().forAll(longs().between(0, 5_000_000), longs().between(0, 5_000_000))
        .checkAssert(
            (a, b) -> {
              long low = Math.min(a, b);
              long high = Math.max(a, b);
              for (TierScheme s : new TierScheme[] {TierScheme.STANDARD, TierScheme.ARTICLE}) {
                if (s.classify(low).isPresent()) {
                  assertThat(s.classify(high).orElseThrow()).isGreaterThanOrEqualTo(s.classify(low).get());
                }
              }
            });
  }

  @Test
  void theArticlesMicroIsTheStandardNanoAndMicroTogether() {
    qt().forAll(longs().between(0, 2_000_000))
        .checkAssert(
            f -> {
              boolean articleMicro =
                  TierScheme.ARTICLE.classify(f).filter(InfluencerTier.MICRO::equals).isPresent();
              boolean standardNanoOrMicro =
                  TierScheme.STANDARD
                      .classify(f)
                      .filter(t -> t == InfluencerTier.NANO || t == InfluencerTier.MICRO)
                      .isPresent();
              assertThat(articleMicro).isEqualTo(standardNanoOrMicro);
            });
  }
}
