package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.platform.Strength;
import org.junit.jupiter.api.Test;

class ProductTraitTest {
  @Test
  void eachTraitAsksForTheStrengthsTheArticleNames() {
    PriorityTable table = PriorityTable.standard();
    assertThat(table.strengthsFor(ProductTrait.VISUAL)).containsExactly(Strength.VISUAL);
    assertThat(table.strengthsFor(ProductTrait.SOLD_ONLINE)).containsExactly(Strength.SHOPPING);
    assertThat(table.strengthsFor(ProductTrait.TRY_ON)).containsExactly(Strength.AR_EFFECTS);
    assertThat(table.strengthsFor(ProductTrait.DEMONSTRATED))
        .containsExactly(Strength.LIVE, Strength.LONG_VIDEO);
    for (ProductTrait trait : ProductTrait.values()) {
      assertThat(table.strengthsFor(trait)).as(trait.name()).isNotEmpty();
    }
  }
}
