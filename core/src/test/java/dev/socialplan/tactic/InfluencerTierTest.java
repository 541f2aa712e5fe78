package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InfluencerTierTest {

  @Test
  void theStandardSchemeGivesEachTierTheNextBandUp() {
    // Declaration order is size order: the standard bands ascend with it and leave no gap.
    List<TierBand> bands = TierScheme.STANDARD.bands();
    assertThat(bands).extracting(TierBand::tier).containsExactly(InfluencerTier.values());
    for (int i = 1; i < bands.size(); i++) {
      assertThat(bands.get(i - 1).until()).hasValue(bands.get(i).from());
    }
    assertThat(bands.get(bands.size() - 1).until()).isEmpty();
  }
}
