package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TierSchemeTest {
  private static final TierScheme AGENCY =
      TierScheme.of(
          "agency",
          TierBand.of(InfluencerTier.MICRO, 5_000, 50_000),
          TierBand.atLeast(InfluencerTier.MACRO, 250_000));

  @Test
  void classifiesTheStandardTiersAtTheirBoundaries() {
    TierScheme s = TierScheme.STANDARD;
    assertThat(s.classify(999)).isEmpty();
    assertThat(s.classify(1_000)).contains(InfluencerTier.NANO);
    assertThat(s.classify(9_999)).contains(InfluencerTier.NANO);
    assertThat(s.classify(10_000)).contains(InfluencerTier.MICRO);
    assertThat(s.classify(99_999)).contains(InfluencerTier.MICRO);
    assertThat(s.classify(100_000)).contains(InfluencerTier.MID);
    assertThat(s.classify(499_999)).contains(InfluencerTier.MID);
    assertThat(s.classify(500_000)).contains(InfluencerTier.MACRO);
    assertThat(s.classify(999_999)).contains(InfluencerTier.MACRO);
    assertThat(s.classify(1_000_000)).contains(InfluencerTier.MEGA);
  }

  @Test
  void theArticlesMicroRunsFromOneThousandToUnderOneHundredThousand() {
    TierScheme s = TierScheme.ARTICLE;
    assertThat(s.classify(999)).isEmpty();
    assertThat(s.classify(1_000)).contains(InfluencerTier.MICRO);
    assertThat(s.classify(5_000)).contains(InfluencerTier.MICRO);
    assertThat(s.classify(99_999)).contains(InfluencerTier.MICRO);
    assertThat(s.classify(100_000)).contains(InfluencerTier.MID);
    assertThat(s.tiers()).doesNotContain(InfluencerTier.NANO);
    assertThat(s.band(InfluencerTier.MICRO)).contains(TierBand.of(InfluencerTier.MICRO, 1_000, 100_000));
    assertThat(s.band(InfluencerTier.NANO)).isEmpty();
  }

  @Test
  void usersDefineTheirOwnSchemesWithGaps() {
    assertThat(AGENCY.classify(5_000)).contains(InfluencerTier.MICRO);
    assertThat(AGENCY.classify(100_000)).isEmpty();
    assertThat(AGENCY.classify(250_000)).contains(InfluencerTier.MACRO);
    assertThat(AGENCY.tiers()).containsExactly(InfluencerTier.MICRO, InfluencerTier.MACRO);
  }

  @Test
  void usersDefineTheirOwnSchemesOfAdjacentBands() {
    // Bands are half-open, so one may start where the previous ends.
    TierScheme adjacent =
        TierScheme.of(
            "adjacent",
            TierBand.of(InfluencerTier.NANO, 1_000, 20_000),
            TierBand.of(InfluencerTier.MICRO, 20_000, 200_000));
    assertThat(adjacent.classify(19_999)).contains(InfluencerTier.NANO);
    assertThat(adjacent.classify(20_000)).contains(InfluencerTier.MICRO);
    assertThat(adjacent.classify(200_000)).isEmpty();
  }

  @Test
  void equalByValue() {
    TierScheme same =
        TierScheme.builder()
            .name("agency")
            .addBands(
                TierBand.of(InfluencerTier.MICRO, 5_000, 50_000),
                TierBand.atLeast(InfluencerTier.MACRO, 250_000))
            .build();
    assertThat(same).isEqualTo(AGENCY).hasSameHashCodeAs(AGENCY);
    assertThat(TierScheme.STANDARD).isNotEqualTo(TierScheme.ARTICLE);
    assertThat(AGENCY.toString()).contains("MICRO [5000, 50000)");
  }

  @Test
  void refusesOverlapsDisorderRepeatsAndEmptiness() {
    assertThatThrownBy(
            () ->
                TierScheme.of(
                    "overlap",
                    TierBand.of(InfluencerTier.NANO, 1_000, 20_000),
                    TierBand.of(InfluencerTier.MICRO, 10_000, 100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bands of scheme \"overlap\" must be in ascending order without overlap:"
                + " NANO [1000, 20000) then MICRO [10000, 100000)");
    assertThatThrownBy(
            () ->
                TierScheme.of(
                    "after infinity",
                    TierBand.atLeast(InfluencerTier.MEGA, 1_000_000),
                    TierBand.of(InfluencerTier.NANO, 1_000, 10_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bands of scheme \"after infinity\" must be in ascending order");
    assertThatThrownBy(
            () ->
                TierScheme.of(
                    "twice",
                    TierBand.of(InfluencerTier.MICRO, 1_000, 10_000),
                    TierBand.of(InfluencerTier.MICRO, 10_000, 100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands of scheme \"twice\" must not repeat a tier: MICRO");
    assertThatThrownBy(() -> TierScheme.of("none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bands of scheme \"none\" must not be empty");
    assertThatThrownBy(() -> TierScheme.STANDARD.classify(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followers must not be negative: -1");
  }
}
